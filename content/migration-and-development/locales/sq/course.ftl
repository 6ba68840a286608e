course = Migracioni dhe zhvillimi
    .summary = Si kontribuon migracioni në zhvillimin e Ballkanit Perëndimor: remitancat dhe kostot e dërgimit të tyre, bashkëpunimi me diasporën, ikja e trurit dhe migracioni qarkor, marrëveshjet për migracionin e punës, synimi 10.7 i Objektivave të Zhvillimit të Qëndrueshëm dhe migracioni në planifikimin kombëtar të zhvillimit.

## Rezultatet e të nxënit
lo-remittances = Të shpjegojë rolin e remitancave në zhvillim, të llogarisë koston e dërgimit të një remitance dhe ta lidhë atë me synimin 10.c të Objektivave të Zhvillimit të Qëndrueshëm.
lo-diaspora = Të përshkruajë politikat e bashkëpunimit me diasporën dhe institucionet përgjegjëse për to në rajon.
lo-mobility = Të dallojë ikjen e trurit, fitimin e trurit, shpërdorimin e trurit dhe migracionin qarkor, si dhe të identifikojë përgjigjet e duhura të politikave.
lo-labour = Të shpjegojë si funksionojnë marrëveshjet dhe programet e migracionit të punës dhe të njohë shenjat e mashtrimit në rekrutim.
lo-mainstreaming = Të zbatojë synimin 10.7, treguesit e tij dhe profilet e migracionit për përfshirjen e migracionit në planifikimin e zhvillimit.

## Modulet dhe mësimet
m-remittances-diaspora = Remitancat dhe diaspora
    .summary = Sa vlejnë remitancat, sa kushton dërgimi i tyre dhe si bashkëpunojnë shtetet me emigrantët e tyre.
m-mobility = Lëvizshmëria e punës dhe aftësitë
    .summary = Ikja dhe qarkullimi i trurit dhe rrugët e ligjshme të migracionit të punës.
m-policy = Migracioni në politikat e zhvillimit
    .summary = Synimi 10.7, profilet e migracionit dhe qasja e gjithë qeverisë.
l-remittances = Remitancat dhe kostot e dërgimit të tyre
l-diaspora = Bashkëpunimi me diasporën
l-brain-drain = Ikja e trurit, fitimi i trurit dhe migracioni qarkor
l-labour-agreements = Marrëveshjet për migracionin e punës
l-sdg-10-7 = Synimi 10.7: politika migracioni të mirëmenaxhuara
l-mainstreaming = Përfshirja e migracionit në planifikimin e zhvillimit dhe profilet e migracionit

## Pyetësori i vlerësimit
eval-relevant = Kursi është i rëndësishëm për punën time të përditshme.
    .low = Aspak dakord
    .high = Plotësisht dakord
eval-clear = Mësimet ishin të qarta dhe të strukturuara mirë.
    .low = Aspak dakord
    .high = Plotësisht dakord
eval-cases = Rastet studimore dhe skenarët pasqyronin situata nga rajoni.
    .low = Aspak dakord
    .high = Plotësisht dakord
eval-assessments = Kuizet dhe testi përfundimtar përputheshin me përmbajtjen e mësimeve.
    .low = Aspak dakord
    .high = Plotësisht dakord
eval-recommend = Do t'ua rekomandoja këtë kurs kolegëve.
    .low = Aspak dakord
    .high = Plotësisht dakord
eval-comments = Çfarë duhet të përmirësojmë në këtë kurs?
