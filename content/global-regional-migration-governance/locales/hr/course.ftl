course = Globalno i regionalno upravljanje migracijama
    .summary = Međunarodni, europski i regionalni okvir koji oblikuje svakodnevni rad policijskih i graničnih službenika te službenika za azil i migracije na Zapadnom Balkanu: Konvencija o statusu izbjeglica iz 1951., Konvencija UN-a o radnicima migrantima i Protokoli iz Palerma, globalni sporazumi o migracijama i o izbjeglicama, pravna stečevina EU-a i Pakt o migracijama i azilu, sporazumi o ponovnom prihvatu i regionalna suradnja.

## Ishodi učenja
lo-instruments = Prepoznati ključne međunarodne instrumente o izbjeglicama, radnicima migrantima, trgovanju ljudima i krijumčarenju migranata te obveze koje iz njih proizlaze za službenike.
lo-compacts = Objasniti prirodu, načela i ciljeve Globalnog sporazuma o migracijama i Globalnog sporazuma o izbjeglicama.
lo-eu = Opisati pravnu stečevinu EU-a u području migracija i azila te glavne promjene koje donosi Pakt o migracijama i azilu.
lo-readmission = Primjenjivati sporazume o ponovnom prihvatu i pravila o vraćanju uz poštovanje načela zabrane prisilnog udaljenja ili vraćanja (non-refoulement).
lo-regional = Koristiti mehanizme regionalne suradnje na Zapadnom Balkanu u svakodnevnom radu.

## Moduli i lekcije
m-international = Međunarodni pravni okvir
    .summary = Definicija izbjeglice i zabrana vraćanja, prava radnika migranata te razlika između trgovanja ljudima i krijumčarenja migranata.
m-compacts = Globalni sporazumi
    .summary = Dva pravno neobvezujuća okvira donesena 2018. koji usmjeravaju međunarodnu suradnju u području migracija i izbjeglica.
m-europe-region = Upravljanje na razini EU-a i regije
    .summary = Pravna stečevina EU-a, Pakt o migracijama i azilu, ponovni prihvat i suradnja na Zapadnom Balkanu.
l-refugee-convention = Konvencija o statusu izbjeglica iz 1951. i Protokol iz 1967.
l-migrant-workers-palermo = Radnici migranti, trgovanje ljudima i krijumčarenje migranata u pravu UN-a
l-gcm = Globalni sporazum o sigurnim, urednim i zakonitim migracijama
l-gcr = Globalni sporazum o izbjeglicama
l-eu-pact = Pravna stečevina EU-a i Pakt o migracijama i azilu
l-readmission-regional = Ponovni prihvat i regionalna suradnja na Zapadnom Balkanu

## Evaluacija
eval-relevant = Tečaj je važan za moj svakodnevni rad.
    .low = Uopće se ne slažem
    .high = U potpunosti se slažem
eval-clear = Lekcije su bile jasne i dobro strukturirane.
    .low = Uopće se ne slažem
    .high = U potpunosti se slažem
eval-assessments = Kvizovi i završna provjera odgovarali su sadržaju lekcija.
    .low = Uopće se ne slažem
    .high = U potpunosti se slažem
eval-apply = Moći ću primijeniti naučeno u svojoj instituciji.
    .low = Uopće se ne slažem
    .high = U potpunosti se slažem
eval-comments = Što bismo trebali poboljšati u ovom tečaju i koje biste teme željeli detaljnije proučiti?
