course = Globalno i regionalno upravljanje migracijama
    .summary = Međunarodni, evropski i regionalni okvir koji oblikuje svakodnevni rad policijskih i graničnih službenika i službenika za azil i migracije na Zapadnom Balkanu: Konvencija o statusu izbjeglica iz 1951. godine, Konvencija UN o radnicima migrantima i Protokoli iz Palerma, globalni sporazumi o migracijama i o izbjeglicama, pravna tekovina EU i Pakt o migracijama i azilu, sporazumi o readmisiji i regionalna saradnja.

## Ishodi učenja
lo-instruments = Prepoznati ključne međunarodne instrumente o izbjeglicama, radnicima migrantima, trgovini ljudima i krijumčarenju migranata i obaveze koje iz njih proističu za službenike.
lo-compacts = Objasniti prirodu, načela i ciljeve Globalnog sporazuma o migracijama i Globalnog sporazuma o izbjeglicama.
lo-eu = Opisati pravnu tekovinu EU u oblasti migracija i azila i glavne promjene koje donosi Pakt o migracijama i azilu.
lo-readmission = Primjenjivati sporazume o readmisiji i pravila o vraćanju uz poštovanje načela zabrane vraćanja (non-refoulement).
lo-regional = Koristiti mehanizme regionalne saradnje na Zapadnom Balkanu u svakodnevnom radu.

## Moduli i lekcije
m-international = Međunarodni pravni okvir
    .summary = Definicija izbjeglice i zabrana vraćanja, prava radnika migranata i razlika između trgovine ljudima i krijumčarenja migranata.
m-compacts = Globalni sporazumi
    .summary = Dva pravno neobavezujuća okvira usvojena 2018. godine koji usmjeravaju međunarodnu saradnju u oblasti migracija i izbjeglica.
m-europe-region = Upravljanje na nivou EU i regiona
    .summary = Pravna tekovina EU, Pakt o migracijama i azilu, readmisija i saradnja na Zapadnom Balkanu.
l-refugee-convention = Konvencija o statusu izbjeglica iz 1951. i Protokol iz 1967. godine
l-migrant-workers-palermo = Radnici migranti, trgovina ljudima i krijumčarenje migranata u pravu UN
l-gcm = Globalni sporazum o bezbjednim, urednim i regularnim migracijama
l-gcr = Globalni sporazum o izbjeglicama
l-eu-pact = Pravna tekovina EU i Pakt o migracijama i azilu
l-readmission-regional = Readmisija i regionalna saradnja na Zapadnom Balkanu

## Evaluacija
eval-relevant = Kurs je važan za moj svakodnevni rad.
    .low = Uopšte se ne slažem
    .high = U potpunosti se slažem
eval-clear = Lekcije su bile jasne i dobro strukturirane.
    .low = Uopšte se ne slažem
    .high = U potpunosti se slažem
eval-assessments = Kvizovi i završni test odgovarali su sadržaju lekcija.
    .low = Uopšte se ne slažem
    .high = U potpunosti se slažem
eval-apply = Moći ću da primijenim naučeno u svojoj instituciji.
    .low = Uopšte se ne slažem
    .high = U potpunosti se slažem
eval-comments = Šta treba da poboljšamo u ovom kursu i koje biste teme željeli detaljnije da proučite?
