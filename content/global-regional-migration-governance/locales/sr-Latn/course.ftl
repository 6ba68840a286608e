course = Globalno i regionalno upravljanje migracijama
    .summary = Međunarodni, evropski i regionalni okvir koji oblikuje svakodnevni rad policijskih, graničnih službenika i službenika za azil i migracije na Zapadnom Balkanu: Konvencija o statusu izbeglica iz 1951. godine, Konvencija UN o radnicima migrantima i Protokoli iz Palerma, globalni dogovori o migracijama i o izbeglicama, pravne tekovine EU i Pakt o migracijama i azilu, sporazumi o readmisiji i regionalna saradnja.

## Ishodi učenja
lo-instruments = Prepoznati ključne međunarodne instrumente o izbeglicama, radnicima migrantima, trgovini ljudima i krijumčarenju migranata i obaveze koje iz njih proističu za službenike.
lo-compacts = Objasniti prirodu, načela i ciljeve Globalnog dogovora o migracijama i Globalnog dogovora o izbeglicama.
lo-eu = Opisati pravne tekovine EU u oblasti migracija i azila i glavne promene koje donosi Pakt o migracijama i azilu.
lo-readmission = Primenjivati sporazume o readmisiji i pravila o vraćanju uz poštovanje načela zabrane vraćanja (non-refoulement).
lo-regional = Koristiti mehanizme regionalne saradnje na Zapadnom Balkanu u svakodnevnom radu.

## Moduli i lekcije
m-international = Međunarodni pravni okvir
    .summary = Definicija izbeglice i zabrana vraćanja, prava radnika migranata i razlika između trgovine ljudima i krijumčarenja migranata.
m-compacts = Globalni dogovori
    .summary = Dva pravno neobavezujuća okvira usvojena 2018. godine koja usmeravaju međunarodnu saradnju u oblasti migracija i izbeglica.
m-europe-region = Upravljanje na nivou EU i regiona
    .summary = Pravne tekovine EU, Pakt o migracijama i azilu, readmisija i saradnja na Zapadnom Balkanu.
l-refugee-convention = Konvencija o statusu izbeglica iz 1951. i Protokol iz 1967. godine
l-migrant-workers-palermo = Radnici migranti, trgovina ljudima i krijumčarenje migranata u pravu UN
l-gcm = Globalni dogovor o bezbednim, uređenim i regularnim migracijama
l-gcr = Globalni dogovor o izbeglicama
l-eu-pact = Pravne tekovine EU i Pakt o migracijama i azilu
l-readmission-regional = Readmisija i regionalna saradnja na Zapadnom Balkanu

## Evaluacija
eval-relevant = Kurs je važan za moj svakodnevni rad.
    .low = Uopšte se ne slažem
    .high = Potpuno se slažem
eval-clear = Lekcije su bile jasne i dobro strukturirane.
    .low = Uopšte se ne slažem
    .high = Potpuno se slažem
eval-assessments = Kvizovi i završni test odgovarali su sadržaju lekcija.
    .low = Uopšte se ne slažem
    .high = Potpuno se slažem
eval-apply = Moći ću da primenim ono što sam naučio/naučila u svojoj instituciji.
    .low = Uopšte se ne slažem
    .high = Potpuno se slažem
eval-comments = Šta treba da poboljšamo u ovom kursu i koje teme biste želeli da detaljnije proučite?
