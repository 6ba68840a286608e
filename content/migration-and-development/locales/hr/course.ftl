course = Migracije i razvoj
    .summary = Kako migracije pridonose razvoju Zapadnog Balkana: doznake i troškovi njihova slanja, suradnja s iseljeništvom, odljev mozgova i cirkularna migracija, sporazumi o radnim migracijama, podcilj 10.7 Ciljeva održivog razvoja i migracije u nacionalnom razvojnom planiranju.

## Ishodi učenja
lo-remittances = Objasniti ulogu doznaka u razvoju, izračunati trošak slanja doznake i povezati ga s podciljem 10.c Ciljeva održivog razvoja.
lo-diaspora = Opisati politike suradnje s iseljeništvom (dijasporom) i institucije koje su za njih nadležne u regiji.
lo-mobility = Razlikovati odljev mozgova, priljev mozgova, rasipanje znanja i cirkularnu migraciju te prepoznati odgovarajuće javne politike.
lo-labour = Objasniti kako funkcioniraju sporazumi i programi radnih migracija i prepoznati znakove prijevare pri zapošljavanju u inozemstvu.
lo-mainstreaming = Primijeniti podcilj 10.7 i njegove pokazatelje te migracijske profile radi uključivanja migracija u razvojno planiranje.

## Moduli i lekcije
m-remittances-diaspora = Doznake i iseljeništvo
    .summary = Koliko vrijede doznake, koliko stoji njihovo slanje i kako države surađuju sa svojim iseljenicima.
m-mobility = Radna mobilnost i vještine
    .summary = Odljev i cirkulacija mozgova te zakoniti putovi radnih migracija.
m-policy = Migracije u razvojnim politikama
    .summary = Podcilj 10.7, migracijski profili i pristup cijele vlade.
l-remittances = Doznake i troškovi njihova slanja
l-diaspora = Suradnja s iseljeništvom
l-brain-drain = Odljev mozgova, priljev mozgova i cirkularna migracija
l-labour-agreements = Sporazumi o radnim migracijama
l-sdg-10-7 = Podcilj 10.7: dobro vođene migracijske politike
l-mainstreaming = Uključivanje migracija u razvojno planiranje i migracijski profili

## Evaluacijski upitnik
eval-relevant = Tečaj je relevantan za moj svakodnevni posao.
    .low = Uopće se ne slažem
    .high = U potpunosti se slažem
eval-clear = Lekcije su bile jasne i dobro strukturirane.
    .low = Uopće se ne slažem
    .high = U potpunosti se slažem
eval-cases = Studije slučaja i scenariji odražavali su situacije iz regije.
    .low = Uopće se ne slažem
    .high = U potpunosti se slažem
eval-assessments = Kvizovi i završni ispit odgovarali su sadržaju lekcija.
    .low = Uopće se ne slažem
    .high = U potpunosti se slažem
eval-recommend = Preporučio/la bih ovaj tečaj kolegama.
    .low = Uopće se ne slažem
    .high = U potpunosti se slažem
eval-comments = Što bi trebalo poboljšati u ovom tečaju?
