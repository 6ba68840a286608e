course = Qeverisja globale dhe rajonale e migracionit
    .summary = Korniza ndërkombëtare, evropiane dhe rajonale që formëson punën e përditshme të zyrtarëve të policisë, të kufirit, të azilit dhe të migracionit në Ballkanin Perëndimor: Konventa e vitit 1951 për statusin e refugjatëve, Konventa e OKB-së për punëtorët migrantë dhe Protokollet e Palermos, kompaktet globale për migracionin dhe për refugjatët, legjislacioni i BE-së (acquis) dhe Pakti për Migracionin dhe Azilin, marrëveshjet e ripranimit dhe bashkëpunimi rajonal.

## Rezultatet e të nxënit
lo-instruments = Të identifikojë instrumentet kryesore ndërkombëtare për refugjatët, punëtorët migrantë, trafikimin e qenieve njerëzore dhe kontrabandën me migrantë, si dhe detyrimet që ato u krijojnë zyrtarëve.
lo-compacts = Të shpjegojë natyrën, parimet dhe objektivat e Kompaktit Global për Migracionin dhe të Kompaktit Global për Refugjatët.
lo-eu = Të përshkruajë legjislacionin e BE-së (acquis) për migracionin dhe azilin dhe ndryshimet kryesore që sjell Pakti për Migracionin dhe Azilin.
lo-readmission = Të zbatojë marrëveshjet e ripranimit dhe rregullat për kthimin, duke respektuar parimin e moskthimit (non-refoulement).
lo-regional = Të përdorë mekanizmat e bashkëpunimit rajonal në Ballkanin Perëndimor në punën e përditshme.

## Modulet dhe mësimet
m-international = Korniza juridike ndërkombëtare
    .summary = Përkufizimi i refugjatit dhe ndalimi i kthimit, të drejtat e punëtorëve migrantë dhe dallimi ndërmjet trafikimit të qenieve njerëzore dhe kontrabandës me migrantë.
m-compacts = Kompaktet globale
    .summary = Dy korniza juridikisht jo të detyrueshme, të miratuara në vitin 2018, që udhëheqin bashkëpunimin ndërkombëtar për migracionin dhe refugjatët.
m-europe-region = Qeverisja në nivel të BE-së dhe të rajonit
    .summary = Legjislacioni i BE-së (acquis), Pakti për Migracionin dhe Azilin, ripranimi dhe bashkëpunimi në Ballkanin Perëndimor.
l-refugee-convention = Konventa e vitit 1951 për statusin e refugjatëve dhe Protokolli i vitit 1967
l-migrant-workers-palermo = Punëtorët migrantë, trafikimi i qenieve njerëzore dhe kontrabanda me migrantë në të drejtën e OKB-së
l-gcm = Kompakti Global për Migracion të Sigurt, të Rregullt dhe të Rregullsuar
l-gcr = Kompakti Global për Refugjatët
l-eu-pact = Legjislacioni i BE-së (acquis) dhe Pakti për Migracionin dhe Azilin
l-readmission-regional = Ripranimi dhe bashkëpunimi rajonal në Ballkanin Perëndimor

## Vlerësimi i kursit
eval-relevant = Kursi është i rëndësishëm për punën time të përditshme.
    .low = Nuk pajtohem aspak
    .high = Pajtohem plotësisht
eval-clear = Mësimet ishin të qarta dhe të strukturuara mirë.
    .low = Nuk pajtohem aspak
    .high = Pajtohem plotësisht
eval-assessments = Kuizet dhe testi përfundimtar përputheshin me përmbajtjen e mësimeve.
    .low = Nuk pajtohem aspak
    .high = Pajtohem plotësisht
eval-apply = Do të mund ta zbatoj atë që mësova në institucionin tim.
    .low = Nuk pajtohem aspak
    .high = Pajtohem plotësisht
eval-comments = Çfarë duhet të përmirësojmë në këtë kurs dhe cilat tema do të dëshironit t'i studionit më në thellësi?
