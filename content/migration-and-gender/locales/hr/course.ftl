course = Migracije i rod
    .summary = Kako rod oblikuje migracije i što to znači za službenike za migracije, graničnu policiju i međunarodnu zaštitu: rodno odgovorno upravljanje i podaci, opće preporuke CEDAW br. 26 i br. 32, rodno uvjetovano nasilje na migracijskim rutama, trgovanje ljudima iz rodne perspektive te rodno osjetljiv postupak međunarodne zaštite.

## Ishodi učenja
lo-frameworks = Objasniti međunarodne i europske standarde o rodu u migracijama, uključujući opće preporuke CEDAW br. 26, br. 32 i br. 38 te Istanbulsku konvenciju.
lo-governance = Primijeniti rodno odgovoran pristup i podatke razvrstane po spolu u migracijskoj politici i svakodnevnom operativnom radu.
lo-gbv = Prepoznati rizike od rodno uvjetovanog nasilja na migracijskim rutama i sigurno uputiti žrtve, u skladu s pristupom usmjerenim na žrtvu.
lo-trafficking = Prepoznati pokazatelje trgovanja ljudima iz rodne perspektive i primijeniti načelo nekažnjavanja žrtava.
lo-interview = Voditi rodno osjetljiv osobni razgovor u postupku međunarodne zaštite i ocijeniti zahtjeve utemeljene na rodu.

## Moduli i lekcije
m-frameworks = Rod u upravljanju migracijama
    .summary = Temeljni pojmovi, podaci razvrstani po spolu i međunarodni standardi: CEDAW i Istanbulska konvencija.
m-gbv = Rodno uvjetovano nasilje i trgovanje ljudima
    .summary = Rizici na migracijskim rutama, pristup usmjeren na žrtvu, upućivanje, pokazatelji trgovanja ljudima i nekažnjavanje žrtava.
m-asylum = Rodno osjetljiv postupak međunarodne zaštite
    .summary = Progon utemeljen na rodu, pripadnost određenoj društvenoj skupini te kako pripremiti i voditi rodno osjetljiv osobni razgovor.
l-gender-concepts = Rod i migracije: pojmovi i podaci
l-cedaw = Međunarodni standardi: CEDAW i Istanbulska konvencija
l-gbv-routes = Rodno uvjetovano nasilje na migracijskim rutama
l-trafficking = Trgovanje ljudima iz rodne perspektive
l-gender-claims = Progon utemeljen na rodu u zahtjevima za međunarodnu zaštitu
l-interviewing = Rodno osjetljiv osobni razgovor i postupak

## Evaluacija
eval-relevant = Tečaj je važan za moj svakodnevni rad.
    .low = Uopće se ne slažem
    .high = Potpuno se slažem
eval-clear = Lekcije su bile jasne i dobro strukturirane.
    .low = Uopće se ne slažem
    .high = Potpuno se slažem
eval-assessments = Kvizovi i završni ispit odgovarali su sadržaju lekcija.
    .low = Uopće se ne slažem
    .high = Potpuno se slažem
eval-apply = Moći ću primijeniti naučeno u svojem radu.
    .low = Uopće se ne slažem
    .high = Potpuno se slažem
eval-recommend = Preporučio/la bih ovaj tečaj kolegama.
    .low = Uopće se ne slažem
    .high = Potpuno se slažem
eval-comments = Što bismo trebali poboljšati u ovom tečaju i o kojoj biste temi željeli saznati više?
