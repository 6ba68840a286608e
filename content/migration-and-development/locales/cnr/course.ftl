course = Migracije i razvoj
    .summary = Kako migracije doprinose razvoju Zapadnog Balkana: doznake i troškovi njihovog slanja, saradnja s dijasporom, odliv mozgova i cirkularna migracija, sporazumi o radnoj migraciji, podcilj 10.7 Ciljeva održivog razvoja i migracije u nacionalnom razvojnom planiranju.

## Ishodi učenja
lo-remittances = Objasniti ulogu doznaka u razvoju, izračunati trošak slanja doznake i povezati ga s podciljem 10.c Ciljeva održivog razvoja.
lo-diaspora = Opisati politike saradnje s dijasporom i institucije koje su za njih nadležne u regionu.
lo-mobility = Razlikovati odliv mozgova, priliv mozgova, rasipanje znanja i cirkularnu migraciju te prepoznati odgovarajuće javne politike.
lo-labour = Objasniti kako funkcionišu sporazumi i programi radne migracije i prepoznati znakove prevare pri zapošljavanju u inostranstvu.
lo-mainstreaming = Primijeniti podcilj 10.7 i njegove pokazatelje, kao i migracione profile, radi uključivanja migracija u razvojno planiranje.

## Moduli i lekcije
m-remittances-diaspora = Doznake i dijaspora
    .summary = Koliko vrijede doznake, koliko košta njihovo slanje i kako države sarađuju sa svojim iseljenicima.
m-mobility = Radna mobilnost i vještine
    .summary = Odliv i cirkulacija mozgova i zakoniti putevi radne migracije.
m-policy = Migracije u razvojnim politikama
    .summary = Podcilj 10.7, migracioni profili i pristup cijele vlade.
l-remittances = Doznake i troškovi njihovog slanja
l-diaspora = Saradnja s dijasporom
l-brain-drain = Odliv mozgova, priliv mozgova i cirkularna migracija
l-labour-agreements = Sporazumi o radnoj migraciji
l-sdg-10-7 = Podcilj 10.7: dobro vođene migracione politike
l-mainstreaming = Uključivanje migracija u razvojno planiranje i migracioni profili

## Evaluacioni upitnik
eval-relevant = Kurs je relevantan za moj svakodnevni posao.
    .low = Uopšte se ne slažem
    .high = U potpunosti se slažem
eval-clear = Lekcije su bile jasne i dobro strukturirane.
    .low = Uopšte se ne slažem
    .high = U potpunosti se slažem
eval-cases = Studije slučaja i scenariji odražavali su situacije iz regiona.
    .low = Uopšte se ne slažem
    .high = U potpunosti se slažem
eval-assessments = Kvizovi i završni test odgovarali su sadržaju lekcija.
    .low = Uopšte se ne slažem
    .high = U potpunosti se slažem
eval-recommend = Preporučio/la bih ovaj kurs kolegama.
    .low = Uopšte se ne slažem
    .high = U potpunosti se slažem
eval-comments = Šta bi trebalo poboljšati u ovom kursu?
