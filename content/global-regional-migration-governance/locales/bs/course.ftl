course = Globalno i regionalno upravljanje migracijama
    .summary = Međunarodni, evropski i regionalni okvir koji oblikuje svakodnevni rad policijskih i graničnih službenika te službenika za azil i migracije na Zapadnom Balkanu: Konvencija o statusu izbjeglica iz 1951. godine, Konvencija UN-a o radnicima migrantima i Protokoli iz Palerma, globalni sporazumi o migracijama i o izbjeglicama, pravna stečevina EU-a i Pakt o migracijama i azilu, sporazumi o readmisiji i regionalna saradnja.

## Ishodi učenja
lo-instruments = Prepoznati ključne međunarodne instrumente o izbjeglicama, radnicima migrantima, trgovini ljudima i krijumčarenju migranata te obaveze koje iz njih proizlaze za službenike.
lo-compacts = Objasniti prirodu, principe i ciljeve Globalnog sporazuma o migracijama i Globalnog sporazuma o izbjeglicama.
lo-eu = Opisati pravnu stečevinu EU-a u oblasti migracija i azila te glavne promjene koje donosi Pakt o migracijama i azilu.
lo-readmission = Primjenjivati sporazume o readmisiji i pravila o povratku uz poštivanje principa zabrane vraćanja (non-refoulement).
lo-regional = Koristiti mehanizme regionalne saradnje na Zapadnom Balkanu u svakodnevnom radu.

## Moduli i lekcije
m-international = Međunarodni pravni okvir
    .summary = Definicija izbjeglice i zabrana vraćanja, prava radnika migranata te razlika između trgovine ljudima i krijumčarenja migranata.
m-compacts = Globalni sporazumi
    .summary = Dva pravno neobavezujuća okvira usvojena 2018. godine koji usmjeravaju međunarodnu saradnju u oblasti migracija i izbjeglica.
m-europe-region = Upravljanje na nivou EU-a i regiona
    .summary = Pravna stečevina EU-a, Pakt o migracijama i azilu, readmisija i saradnja na Zapadnom Balkanu.
l-refugee-convention = Konvencija o statusu izbjeglica iz 1951. i Protokol iz 1967. godine
l-migrant-workers-palermo = Radnici migranti, trgovina ljudima i krijumčarenje migranata u pravu UN-a
l-gcm = Globalni sporazum o sigurnim, urednim i regularnim migracijama
l-gcr = Globalni sporazum o izbjeglicama
l-eu-pact = Pravna stečevina EU-a i Pakt o migracijama i azilu
l-readmission-regional = Readmisija i regionalna saradnja na Zapadnom Balkanu

## Evaluacija
eval-relevant = Kurs je važan za moj svakodnevni rad.
    .low = Uopće se ne slažem
    .high = U potpunosti se slažem
eval-clear = Lekcije su bile jasne i dobro strukturirane.
    .low = Uopće se ne slažem
    .high = U potpunosti se slažem
eval-assessments = Kvizovi i završni test odgovarali su sadržaju lekcija.
    .low = Uopće se ne slažem
    .high = U potpunosti se slažem
eval-apply = Moći ću primijeniti naučeno u svojoj instituciji.
    .low = Uopće se ne slažem
    .high = U potpunosti se slažem
eval-comments = Šta trebamo poboljšati u ovom kursu i koje biste teme željeli detaljnije proučiti?
