course = Migrimi dhe zhvillimi
    .summary = Si kontribuon migrimi në zhvillimin e Ballkanit Perëndimor: remitancat dhe kostot e dërgimit të tyre, bashkëpunimi me diasporën, ikja e trurit dhe migrimi qarkor, marrëveshjet për migrimin e punës, synimi 10.7 i Objektivave të Zhvillimit të Qëndrueshëm dhe migrimi në planifikimin kombëtar të zhvillimit.

## Rezultatet e të nxënit
lo-remittances = Të shpjegojë rolin e remitancave në zhvillim, të llogarisë koston e dërgimit të një remitance dhe ta lidhë atë me synimin 10.c të Objektivave të Zhvillimit të Qëndrueshëm.
lo-diaspora = Të përshkruajë politikat e bashkëpunimit me diasporën dhe institucionet përgjegjëse për to në rajon.
lo-mobility = Të dallojë ikjen e trurit, fitimin e trurit, shpërdorimin e trurit dhe migrimin qarkor, si dhe të identifikojë përgjigjet e duhura të politikave.
lo-labour = Të shpjegojë si funksionojnë marrëveshjet dhe programet e migrimit të punës dhe të njohë shenjat e mashtrimit në rekrutim.
lo-mainstreaming = Të zbatojë synimin 10.7, treguesit e tij dhe profilet e migrimit për përfshirjen e migrimit në planifikimin e zhvillimit.

## Modulet dhe mësimet
m-remittances-diaspora = Remitancat dhe diaspora
    .summary = Sa vlejnë remitancat, sa kushton dërgimi i tyre dhe si bashkëpunojnë shtetet me emigrantët e tyre.
m-mobility = Lëvizshmëria e punës dhe aftësitë
    .summary = Ikja dhe qarkullimi i trurit dhe rrugët e ligjshme të migrimit të punës.
m-policy = Migrimi në politikat e zhvillimit
    .summary = Synimi 10.7, profilet e migrimit dhe qasja e gjithë qeverisë.
l-remittances = Remitancat dhe kostot e dërgimit të tyre
l-diaspora = Bashkëpunimi me diasporën
l-brain-drain = Ikja e trurit, fitimi i trurit dhe migrimi qarkor
l-labour-agreements = Marrëveshjet për migrimin e punës
l-sdg-10-7 = Synimi 10.7: politika migracioni të mirëmenaxhuara
l-mainstreaming = Përfshirja e migrimit në planifikimin e zhvillimit dhe profilet e migrimit

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
