course = Migracije i rod
    .summary = Kako rod oblikuje migracije i šta to znači za službenike za migracije, graničnu policiju i azil: rodno odgovorno upravljanje i podaci, opće preporuke CEDAW br. 26 i br. 32, rodno zasnovano nasilje na migracijskim rutama, trgovina ljudima iz rodne perspektive i rodno osjetljiv postupak azila.

## Ishodi učenja
lo-frameworks = Objasniti međunarodne i evropske standarde o rodu u migracijama, uključujući opće preporuke CEDAW br. 26, br. 32 i br. 38 i Istanbulsku konvenciju.
lo-governance = Primijeniti rodno odgovoran pristup i podatke razvrstane po spolu u migracijskoj politici i svakodnevnom operativnom radu.
lo-gbv = Prepoznati rizike od rodno zasnovanog nasilja na migracijskim rutama i sigurno uputiti žrtve, u skladu s pristupom usmjerenim na žrtvu.
lo-trafficking = Prepoznati indikatore trgovine ljudima iz rodne perspektive i primijeniti princip nekažnjavanja žrtava.
lo-interview = Voditi rodno osjetljivo saslušanje u postupku azila i ocijeniti zahtjeve za međunarodnu zaštitu zasnovane na rodu.

## Moduli i lekcije
m-frameworks = Rod u upravljanju migracijama
    .summary = Osnovni pojmovi, podaci razvrstani po spolu i međunarodni standardi: CEDAW i Istanbulska konvencija.
m-gbv = Rodno zasnovano nasilje i trgovina ljudima
    .summary = Rizici na migracijskim rutama, pristup usmjeren na žrtvu, upućivanje, indikatori trgovine ljudima i nekažnjavanje žrtava.
m-asylum = Rodno osjetljiv postupak azila
    .summary = Proganjanje zasnovano na rodu, pripadnost određenoj društvenoj grupi i kako pripremiti i voditi rodno osjetljivo saslušanje.
l-gender-concepts = Rod i migracije: pojmovi i podaci
l-cedaw = Međunarodni standardi: CEDAW i Istanbulska konvencija
l-gbv-routes = Rodno zasnovano nasilje na migracijskim rutama
l-trafficking = Trgovina ljudima iz rodne perspektive
l-gender-claims = Proganjanje zasnovano na rodu u zahtjevima za azil
l-interviewing = Rodno osjetljivo saslušanje i postupak

## Evaluacija
eval-relevant = Kurs je važan za moj svakodnevni rad.
    .low = Uopće se ne slažem
    .high = Potpuno se slažem
eval-clear = Lekcije su bile jasne i dobro organizovane.
    .low = Uopće se ne slažem
    .high = Potpuno se slažem
eval-assessments = Kvizovi i završni test odgovarali su sadržaju lekcija.
    .low = Uopće se ne slažem
    .high = Potpuno se slažem
eval-apply = Moći ću primijeniti naučeno u svom radu.
    .low = Uopće se ne slažem
    .high = Potpuno se slažem
eval-recommend = Preporučio/la bih ovaj kurs kolegama.
    .low = Uopće se ne slažem
    .high = Potpuno se slažem
eval-comments = Šta trebamo poboljšati u ovom kursu i o kojoj temi biste željeli saznati više?
