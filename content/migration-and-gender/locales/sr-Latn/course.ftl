course = Migracije i rod
    .summary = Kako rod oblikuje migracije i šta to znači za službenike za migracije, graničnu policiju i azil: rodno odgovorno upravljanje i podaci, opšte preporuke CEDAW br. 26 i br. 32, rodno zasnovano nasilje na migracionim rutama, trgovina ljudima iz rodne perspektive i rodno osetljiv postupak azila.

## Ishodi učenja
lo-frameworks = Objasniti međunarodne i evropske standarde o rodu u migracijama, uključujući opšte preporuke CEDAW br. 26, br. 32 i br. 38 i Istanbulsku konvenciju.
lo-governance = Primeniti rodno odgovoran pristup i podatke razvrstane po polu u migracionoj politici i svakodnevnom operativnom radu.
lo-gbv = Prepoznati rizike od rodno zasnovanog nasilja na migracionim rutama i bezbedno uputiti žrtve, u skladu s pristupom usmerenim na žrtvu.
lo-trafficking = Prepoznati indikatore trgovine ljudima iz rodne perspektive i primeniti načelo nekažnjavanja žrtava.
lo-interview = Voditi rodno osetljivo saslušanje u postupku azila i oceniti zahteve za međunarodnu zaštitu zasnovane na rodu.

## Moduli i lekcije
m-frameworks = Rod u upravljanju migracijama
    .summary = Osnovni pojmovi, podaci razvrstani po polu i međunarodni standardi: CEDAW i Istanbulska konvencija.
m-gbv = Rodno zasnovano nasilje i trgovina ljudima
    .summary = Rizici na migracionim rutama, pristup usmeren na žrtvu, upućivanje, indikatori trgovine ljudima i nekažnjavanje žrtava.
m-asylum = Rodno osetljiv postupak azila
    .summary = Progon zasnovan na rodu, pripadnost određenoj društvenoj grupi i kako pripremiti i voditi rodno osetljivo saslušanje.
l-gender-concepts = Rod i migracije: pojmovi i podaci
l-cedaw = Međunarodni standardi: CEDAW i Istanbulska konvencija
l-gbv-routes = Rodno zasnovano nasilje na migracionim rutama
l-trafficking = Trgovina ljudima iz rodne perspektive
l-gender-claims = Progon zasnovan na rodu u zahtevima za azil
l-interviewing = Rodno osetljivo saslušanje i postupak

## Evaluacija
eval-relevant = Kurs je važan za moj svakodnevni rad.
    .low = Uopšte se ne slažem
    .high = Potpuno se slažem
eval-clear = Lekcije su bile jasne i dobro organizovane.
    .low = Uopšte se ne slažem
    .high = Potpuno se slažem
eval-assessments = Kvizovi i završni test odgovarali su sadržaju lekcija.
    .low = Uopšte se ne slažem
    .high = Potpuno se slažem
eval-apply = Moći ću da primenim ono što sam naučio/la u svom radu.
    .low = Uopšte se ne slažem
    .high = Potpuno se slažem
eval-recommend = Preporučio/la bih ovaj kurs kolegama.
    .low = Uopšte se ne slažem
    .high = Potpuno se slažem
eval-comments = Šta treba da poboljšamo u ovom kursu i o kojoj temi biste želeli da saznate više?
