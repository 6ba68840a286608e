course = Migracioni dhe gjinia
    .summary = Si e formëson gjinia migracionin dhe çfarë do të thotë kjo për nëpunësit e migracionit, policinë kufitare dhe azilin: qeverisja e përgjegjshme ndaj gjinisë dhe të dhënat, Rekomandimet e Përgjithshme nr. 26 dhe nr. 32 të CEDAW, dhuna me bazë gjinore në rrugët e migracionit, trafikimi i qenieve njerëzore nga perspektiva gjinore dhe procedura e azilit e ndjeshme ndaj gjinisë.

## Rezultatet e të nxënit
lo-frameworks = Të shpjegojë standardet ndërkombëtare dhe evropiane për gjininë në migracion, përfshirë Rekomandimet e Përgjithshme nr. 26, nr. 32 dhe nr. 38 të CEDAW dhe Konventën e Stambollit.
lo-governance = Të zbatojë një qasje të përgjegjshme ndaj gjinisë dhe të dhëna të ndara sipas gjinisë në politikat e migracionit dhe në punën e përditshme operative.
lo-gbv = Të njohë rreziqet e dhunës me bazë gjinore në rrugët e migracionit dhe t'i referojë në mënyrë të sigurt viktimat, sipas qasjes së përqendruar te viktima.
lo-trafficking = Të identifikojë treguesit e trafikimit të qenieve njerëzore nga perspektiva gjinore dhe të zbatojë parimin e mosndëshkimit.
lo-interview = Të zhvillojë intervista të ndjeshme ndaj gjinisë në procedurën e azilit dhe të vlerësojë kërkesat për mbrojtje ndërkombëtare të bazuara në gjini.

## Modulet dhe mësimet
m-frameworks = Gjinia në qeverisjen e migracionit
    .summary = Konceptet kryesore, të dhënat e ndara sipas gjinisë dhe standardet ndërkombëtare: CEDAW dhe Konventa e Stambollit.
m-gbv = Dhuna me bazë gjinore dhe trafikimi i qenieve njerëzore
    .summary = Rreziqet në rrugët e migracionit, qasja e përqendruar te viktima, referimi, treguesit e trafikimit dhe mosndëshkimi i viktimave.
m-asylum = Procedura e azilit e ndjeshme ndaj gjinisë
    .summary = Persekutimi i lidhur me gjininë, anëtarësia në një grup të caktuar shoqëror dhe si të përgatitet e të zhvillohet një intervistë e ndjeshme ndaj gjinisë.
l-gender-concepts = Gjinia dhe migracioni: koncepte dhe të dhëna
l-cedaw = Standardet ndërkombëtare: CEDAW dhe Konventa e Stambollit
l-gbv-routes = Dhuna me bazë gjinore në rrugët e migracionit
l-trafficking = Trafikimi i qenieve njerëzore nga perspektiva gjinore
l-gender-claims = Persekutimi i lidhur me gjininë në kërkesat për azil
l-interviewing = Intervista dhe procedura e ndjeshme ndaj gjinisë

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
eval-apply = Do të jem në gjendje ta zbatoj në punën time atë që mësova.
    .low = Nuk pajtohem aspak
    .high = Pajtohem plotësisht
eval-recommend = Do t'ua rekomandoja këtë kurs kolegëve të mi.
    .low = Nuk pajtohem aspak
    .high = Pajtohem plotësisht
eval-comments = Çfarë duhet të përmirësojmë në këtë kurs dhe për cilën temë do të dëshironit të mësonit më shumë?
