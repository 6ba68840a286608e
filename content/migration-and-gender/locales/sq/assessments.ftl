## Testi paraprak
pre-test = Testi paraprak
    .instructions = Përgjigjuni pa u përgatitur: testi paraprak tregon se çfarë dini tashmë. Rezultati nuk llogaritet për përfundimin e kursit, ndërsa testi përfundimtar do të tregojë sa keni mësuar.
pt-gender-meaning = Në qeverisjen e migracionit, termi „gjini“ i referohet…
pt-gender-meaning_social-roles = roleve, sjelljeve dhe marrëdhënieve të pushtetit të ndërtuara shoqërisht që u atribuohen grave, burrave, vajzave dhe djemve
pt-gender-meaning_biology = karakteristikave biologjike të grave dhe burrave
pt-gender-meaning_women-only = çështjeve që kanë të bëjnë vetëm me gratë
pt-gr26-year = Në cilin vit e miratoi Komiteti CEDAW Rekomandimin e Përgjithshëm nr. 26 për gratë punëtore migrante?
pt-gr32 = Rekomandimi i Përgjithshëm nr. 32 i CEDAW trajton…
pt-gr32_refugee-asylum = dimensionet gjinore të statusit të refugjatit, azilit, shtetësisë dhe pashtetësisë së grave
pt-gr32_domestic-work = pagën minimale të punëtoreve shtëpiake
pt-gr32_trade = pjesëmarrjen e grave në tregtinë ndërkombëtare
pt-sufficient-data = Mbledhja e të dhënave të ndara sipas seksit dhe moshës, në vetvete, mjafton për një politikë migracioni të përgjegjshme ndaj gjinisë.
pt-survivor-principles = Cilat janë parimet udhëheqëse të qasjes së përqendruar te viktima e dhunës me bazë gjinore? Zgjidhni të gjitha përgjigjet e sakta.
pt-survivor-principles_safety = Siguria
pt-survivor-principles_confidentiality = Konfidencialiteti
pt-survivor-principles_respect = Respektimi i dëshirave dhe vendimeve të viktimës
pt-survivor-principles_mandatory-reporting = Raportimi në polici i çdo zbulimi të dhunës, me ose pa pëlqim
pt-survivor-principles_confrontation = Ballafaqimi i viktimës me autorin e supozuar
pt-referral-order = Një grua ju tregon se ka përjetuar dhunë seksuale. Renditini veprimet tuaja sipas radhës së duhur.
pt-referral-order_safety = Siguroni sigurinë e saj të menjëhershme dhe privatësinë
pt-referral-order_listen-inform = Dëgjojeni pa gjykuar dhe informojeni për shërbimet në dispozicion
pt-referral-order_consent = Kërkoni pëlqimin e saj të informuar për referimin
pt-referral-order_refer = Referojeni te ofruesi i shërbimit i rënë dakord
pt-elements = Lidhni çdo shembull me elementin e përkufizimit të trafikimit të qenieve njerëzore që ai ilustron.
pt-elements_transport = Transportimi i një personi dhe strehimi i tij në një apartament
pt-elements_deception = Gënjeshtra për llojin e punës dhe pagën
pt-elements_forced-labour = Punë e detyruar ose shfrytëzim seksual
pt-elements_act = Veprimi
pt-elements_means = Mjeti
pt-elements_purpose = Qëllimi
pt-child-means = Kur viktima e trafikimit është fëmijë, duhet të provohet edhe përdorimi i mjeteve si kërcënimi ose mashtrimi.
pt-trafficking-monitor = Shkruani akronimin e grupit të ekspertëve të Këshillit të Evropës që monitoron zbatimin e Konventës për veprimin kundër trafikimit të qenieve njerëzore.
pt-non-punishment = Parimi i mosndëshkimit do të thotë se viktimat e trafikimit…
pt-non-punishment_compelled-acts = nuk duhet të ndëshkohen për veprime të paligjshme që u detyruan t'i kryejnë si pasojë e drejtpërdrejtë e trafikimit
pt-non-punishment_immunity = gëzojnë imunitet nga ndjekja penale për çdo vepër penale
pt-non-punishment_no-return = nuk mund të kthehen kurrë në vendin e origjinës
pt-same-sex = Kur është e mundur, azilkërkuesi që e kërkon duhet të intervistohet nga një nëpunës i të njëjtit seks, me përkthyes të të njëjtit seks.
pt-gender-claims = Cilat situata mund të përbëjnë bazë për një kërkesë për statusin e refugjatit të lidhur me gjininë? Zgjidhni të gjitha përgjigjet e sakta.
pt-gender-claims_forced-marriage = Frika nga martesa e detyruar
pt-gender-claims_fgm = Frika nga gjymtimi i organeve gjenitale femërore
pt-gender-claims_domestic-violence = Dhuna në familje nga e cila shteti nuk mund ose nuk dëshiron të japë mbrojtje
pt-gender-claims_economic-hardship = Vështirësi e përgjithshme ekonomike në vendin e origjinës
pt-gender-claims_random-crime = Krim i rastësishëm në rrugë që prek të gjithë njëlloj

## Kuizi i modulit 1
quiz-frameworks = Kuiz: gjinia në qeverisjen e migracionit
    .instructions =
        { $questions } pyetje për këtë modul. Për të kaluar ju duhen { $pass }%; keni { $attempts } përpjekje dhe nga { $minutes ->
            [one] { $minutes } minutë
           *[other] { $minutes } minuta
        } për secilën.
qf-intersectionality = Mënyra se si gjinia ndërthuret me moshën, aftësinë e kufizuar, përkatësinë etnike, orientimin seksual dhe statusin ligjor dhe krijon rreziqe të veçanta quhet…
    .feedback = Ndërsektorialiteti i ndihmon nëpunësit të shohin se, për shembull, një djalë i pashoqëruar dhe një grua shtatzënë që udhëton vetëm përballen me rreziqe të ndryshme.
qf-intersectionality_intersectionality = ndërsektorialitet
qf-intersectionality_assimilation = asimilim
qf-intersectionality_integration = integrim
qf-gcm = Përgjegjshmëria ndaj gjinisë është një nga parimet udhëheqëse të Kompaktit Global për Migracion të Sigurt, të Rregullt dhe të Ligjshëm (2018).
    .if-true = E saktë: Kompakti Global e rendit përgjegjshmërinë ndaj gjinisë ndër parimet e tij udhëheqëse të përgjithshme.
    .if-false = Pohimi është i saktë: përgjegjshmëria ndaj gjinisë është një nga parimet udhëheqëse të Kompaktit Global.
qf-disaggregated = Cili tregues është i ndarë sipas gjinisë?
qf-disaggregated_by-sex-age = Numri i kërkesave për azil sipas seksit dhe moshës së kërkuesit
    .feedback = E saktë: shifra mund të ndahet sipas seksit dhe moshës.
qf-disaggregated_total = Numri i përgjithshëm i kërkesave për azil gjatë vitit
    .feedback = Një shifër e përgjithshme nuk tregon asgjë për gratë, burrat, vajzat dhe djemtë.
qf-disaggregated_centres = Numri i qendrave të pritjes në vend
qf-recommendations = Lidhni çdo rekomandim të përgjithshëm të CEDAW me temën e tij.
qf-recommendations_gr26 = Rekomandimi i Përgjithshëm nr. 26 (2008)
qf-recommendations_gr32 = Rekomandimi i Përgjithshëm nr. 32 (2014)
qf-recommendations_gr38 = Rekomandimi i Përgjithshëm nr. 38 (2020)
qf-recommendations_workers = Gratë punëtore migrante
qf-recommendations_asylum = Statusi i refugjatit, azili, shtetësia dhe pashtetësia e grave
qf-recommendations_trafficking = Trafikimi i grave dhe vajzave në kontekstin e migracionit global
qf-recommendations_trade = Gratë në tregtinë ndërkombëtare
qf-istanbul = Sipas kapitullit VII të Konventës së Stambollit, shtetet duhet… Zgjidhni të gjitha përgjigjet e sakta.
    .feedback = Nenet 59–61 rregullojnë statusin e qëndrimit, kërkesat për azil të bazuara në gjini dhe mosrikthimin.
qf-istanbul_persecution = të njohin dhunën me bazë gjinore ndaj grave si formë persekutimi
qf-istanbul_procedures = të zhvillojnë procedura pritjeje dhe procedura azili të ndjeshme ndaj gjinisë
qf-istanbul_non-refoulement = të respektojnë parimin e mosrikthimit (non-refoulement) për viktimat e dhunës ndaj grave
qf-istanbul_detention = t'i mbajnë në paraburgim gratë azilkërkuese për sigurinë e tyre
qf-istanbul_dependent-permit = ta lidhin gjithmonë lejen e qëndrimit të viktimës me bashkëshortin e saj

## Kuizi i modulit 2
quiz-gbv = Kuiz: dhuna me bazë gjinore dhe trafikimi i qenieve njerëzore
    .instructions =
        { $questions } pyetje për këtë modul. Për të kaluar ju duhen { $pass }%; keni { $attempts } përpjekje dhe nga { $minutes ->
            [one] { $minutes } minutë
           *[other] { $minutes } minuta
        } për secilën.
qg-men-boys = Edhe burrat dhe djemtë në lëvizje mund të jenë viktima të dhunës seksuale.
    .if-true = E saktë: burrat dhe djemtë shpesh janë viktima, në paraburgim ose nga kontrabandistët, dhe rrallë flasin për këtë.
    .if-false = Pohimi është i saktë: edhe burrat dhe djemtë janë viktima të dhunës seksuale dhe rrallë flasin për këtë.
qg-first-step = Në një qendër tranziti, një grua i tregon një polici kufitar se një kontrabandist e ka përdhunuar. Çfarë duhet të bëjë polici së pari?
qg-first-step_safety-referral = Të sigurojë sigurinë e saj dhe, me pëlqimin e saj, ta referojë te shërbimet shëndetësore dhe te shërbimet mbështetëse për viktimat e dhunës me bazë gjinore
    .feedback = E saktë: së pari siguria, pastaj referimi me pëlqim të informuar.
qg-first-step_statement = Të marrë menjëherë një deklaratë të hollësishme për sulmin
    .feedback = Mos kërkoni hollësi që viktima nuk i jep vetë; siguroni sigurinë dhe referojeni.
qg-first-step_mediate = T'i kërkojë bashkëshortit të saj ta mbështesë dhe ta mbyllë çështjen
    .feedback = Kjo shkel konfidencialitetin dhe të drejtën e viktimës për të vendosur vetë.
qg-nrm-order = Renditni fazat e mekanizmit kombëtar të referimit për viktimat e trafikimit sipas radhës së duhur.
qg-nrm-order_detect = Zbulimi i një viktime të mundshme
qg-nrm-order_refer = Referimi për ndihmë dhe periudha e rimëkëmbjes dhe e reflektimit
qg-nrm-order_identify = Identifikimi formal si viktimë
qg-nrm-order_assist = Ndihma dhe mbrojtja afatgjatë
qg-nrm-order_durable = Riintegrimi shoqëror ose kthimi i sigurt dhe vullnetar
qg-directive-forms = Cilat forma shfrytëzimi i shtoi Direktiva (BE) 2024/1712 në legjislacionin e BE-së kundër trafikimit? Zgjidhni të gjitha përgjigjet e sakta.
qg-directive-forms_forced-marriage = Martesa e detyruar
qg-directive-forms_illegal-adoption = Birësimi i paligjshëm
qg-directive-forms_surrogacy = Shfrytëzimi i lindjes me zëvendësim (surrogacisë)
qg-directive-forms_smuggling = Kontrabandimi i migrantëve
    .feedback = Kontrabandimi i migrantëve është një vepër tjetër penale, e drejtuar kundër kufirit të shtetit.
qg-directive-forms_irregular-work = Çdo punë e padeklaruar
qg-gr38-year = Në cilin vit e miratoi Komiteti CEDAW Rekomandimin e Përgjithshëm nr. 38 për trafikimin e grave dhe vajzave në kontekstin e migracionit global?

## Kuizi i modulit 3
quiz-asylum = Kuiz: procedura e azilit e ndjeshme ndaj gjinisë
    .instructions =
        { $questions } pyetje për këtë modul. Për të kaluar ju duhen { $pass }%; keni { $attempts } përpjekje dhe nga { $minutes ->
            [one] { $minutes } minutë
           *[other] { $minutes } minuta
        } për secilën.
qa-guidelines = Udhëzimet e UNHCR-së për mbrojtjen ndërkombëtare nr. 1 (2002) trajtojnë…
qa-guidelines_gender = persekutimin e lidhur me gjininë
qa-guidelines_exclusion = klauzolat e përjashtimit
qa-guidelines_cessation = ndërprerjen e statusit të refugjatit
qa-separate = Bashkëshortëve duhet t'u ofrohet mundësia të intervistohen veçmas, pa praninë e anëtarëve të familjes.
    .if-true = E saktë: intervista e veçantë i lejon secilit të flasë lirshëm për arsyet e veta të largimit.
    .if-false = Pohimi është i saktë: çdo personi të rritur duhet t'i ofrohet një intervistë e veçantë.
qa-practices = Cilat praktika ndihmojnë në një intervistë të ndjeshme ndaj gjinisë? Zgjidhni të gjitha përgjigjet e sakta.
qa-practices_breaks = Ofrimi i pushimeve kur kërkuesi është i shqetësuar
qa-practices_childcare = Organizimi i kujdesit për fëmijët, që fëmijët të mos jenë të pranishëm
qa-practices_open-questions = Pyetje të hapura, pa këmbëngulur për hollësi grafike
qa-practices_husband-interprets = Lejimi i bashkëshortit që të përkthejë për gruan e tij
    .feedback = Një anëtar i familjes nuk duhet të përkthejë kurrë: kërkuesja mund të mos jetë në gjendje të flasë lirshëm.
qa-practices_shared-office = Zhvillimi i intervistës në një zyrë të përbashkët për të kursyer kohë
qa-non-state = Persekutimi nga një aktor joshtetëror, për shembull nga një anëtar i familjes, mund të përbëjë bazë për statusin e refugjatit kur shteti nuk mund ose nuk dëshiron të japë mbrojtje.
    .if-true = E saktë: vendimtare është mungesa e mbrojtjes efektive nga shteti.
    .if-false = Pohimi është i saktë: persekutimi nga aktorë joshtetërorë merret parasysh kur shteti nuk ofron mbrojtje efektive.
qa-grounds = Lidhni situatën e secilit kërkues me bazën e Konventës që ka më shumë gjasa të zbatohet.
qa-grounds_lesbian = Një grua lesbike që ka frikë nga dhuna e familjes dhe e komunitetit të saj
qa-grounds_activist = Një aktiviste për të drejtat e grave e arrestuar për organizimin e një proteste kundër ligjeve diskriminuese
qa-grounds_dress-code = Një grua e ndëshkuar sepse refuzon të zbatojë rregullat fetare të veshjes
qa-grounds_social-group = Anëtarësia në një grup të caktuar shoqëror
qa-grounds_political-opinion = Mendimi politik
qa-grounds_religion = Feja
qa-grounds_nationality = Kombësia

## Testi përfundimtar
final = Testi përfundimtar
    .instructions =
        { $questions } pyetje për të gjithë kursin. Për të kaluar ju duhen { $pass }%; keni { $attempts } përpjekje dhe nga { $minutes ->
            [one] { $minutes } minutë
           *[other] { $minutes } minuta
        } për secilën.
fa-responsive = Cili është një shembull i qeverisjes së migracionit të përgjegjshme ndaj gjinisë?
fa-responsive_impact-analysis = Analiza se si një masë e planifikuar do të ndikojë ndryshe te gratë, burrat, vajzat dhe djemtë, dhe përshtatja e saj
fa-responsive_separate-policy = Miratimi i një politike të veçantë për gratë, duke i lënë të pandryshuara të gjitha politikat e tjera
fa-responsive_identical = Trajtimi i të gjithëve njësoj, pavarësisht nevojave të tyre të ndryshme
fa-data-sharing = Informacioni për viktimat e dhunës me bazë gjinore duhet të shkëmbehet ndërmjet institucioneve vetëm në formë të anonimizuar dhe të përmbledhur, përveç rastit kur viktima ka dhënë pëlqimin e informuar.
fa-gr32-year = Në cilin vit e miratoi Komiteti CEDAW Rekomandimin e Përgjithshëm nr. 32 për dimensionet gjinore të statusit të refugjatit, azilit, shtetësisë dhe pashtetësisë së grave?
fa-istanbul-monitor = Shkruani akronimin e organit të ekspertëve që monitoron zbatimin e Konventës së Stambollit.
fa-gr26-bans = Sipas Rekomandimit të Përgjithshëm nr. 26 të CEDAW, ndalimet e emigrimit që zbatohen vetëm për gratë janë…
fa-gr26-bans_discriminatory = diskriminuese dhe duhet të hiqen
fa-gr26-bans_protective = një masë e pranueshme për mbrojtjen e grave
fa-gr26-bans_required = të detyrueshme për gratë nën 25 vjeç
fa-gbv-risks = Cilët faktorë e rrisin rrezikun e dhunës me bazë gjinore për njerëzit në lëvizje në rrugën e Ballkanit Perëndimor? Zgjidhni të gjitha përgjigjet e sakta.
fa-gbv-risks_smugglers = Varësia nga kontrabandistët
fa-gbv-risks_unsafe-facilities = Tualete të përbashkëta, pa ndriçim dhe pa kyçe, në qendrat e pritjes
fa-gbv-risks_irregular-status = Statusi i parregullt dhe frika nga kontakti me autoritetet
fa-gbv-risks_registration = Regjistrimi dhe pajisja me dokumente në kohë
fa-gbv-risks_female-staff = Prania e punonjëseve dhe përkthyeseve femra
fa-services = Me pëlqimin e viktimës, lidhni çdo nevojë me shërbimin ku e referoni.
fa-services_after-rape = Kujdes mjekësor urgjent menjëherë pas përdhunimit
fa-services_accommodation = Strehim i sigurt larg autorit të dhunës
fa-services_rights = Këshillim për të drejtat e saj dhe për paraqitjen e një kallëzimi penal
fa-services_health = Shërbimi shëndetësor
fa-services_safe-house = Shtëpi e sigurt ose strehëz
fa-services_legal-aid = Ofrues i ndihmës juridike falas
fa-services_detention = Qendër e mbajtjes së të huajve (paraburgim imigracioni)
fa-indicators = Cilët nga këta janë tregues të një trafikimi të mundshëm të qenieve njerëzore? Zgjidhni të gjitha përgjigjet e sakta.
fa-indicators_documents-held = Dikush tjetër i mban dokumentet e identitetit të personit
fa-indicators_growing-debt = Një borxh ndaj rekrutuesit që rritet vazhdimisht
fa-indicators_rehearsed-story = Një histori e mësuar përmendësh, ose dikush tjetër përgjigjet në vend të personit
fa-indicators_own-phone = Personi ka telefonin e vet dhe lëviz lirshëm
fa-indicators_regular-salary = Personi ka leje pune të vlefshme dhe merr rregullisht pagë
fa-reflection-days = Sa ditë zgjat të paktën periudha e rimëkëmbjes dhe e reflektimit sipas Konventës së Këshillit të Evropës për veprimin kundër trafikimit të qenieve njerëzore?
    .unit = ditë
fa-false-passport = Një grua e identifikuar si viktimë e trafikimit hyri në vend me një pasaportë të falsifikuar që ia dhanë trafikantët. Si rregull, ajo nuk duhet të ndëshkohet për përdorimin e asaj pasaporte.
fa-interview-order = Renditni hapat e një interviste azili të ndjeshme ndaj gjinisë sipas radhës së duhur.
fa-interview-order_preferences = Kontrolloni nëse kërkuesja parapëlqen nëpunës dhe përkthyes të një seksi të caktuar
fa-interview-order_explain = Shpjegoni qëllimin e intervistës, konfidencialitetin dhe rolin e secilit të pranishëm
fa-interview-order_open-questions = Bëni pyetje të hapura dhe lëreni kërkuesen të rrëfejë historinë e saj
fa-interview-order_clarify = Sqaroni me kujdes mospërputhjet dhe jepini mundësi t'i shpjegojë
fa-interview-order_read-back = Lexojeni procesverbalin dhe konfirmoni që është i saktë
fa-late-disclosure = Nëse kërkuesja e zbulon dhunën seksuale vetëm në një fazë të vonë të procedurës, kjo në vetvete është arsye e mjaftueshme për ta konsideruar kërkesën e saj si të pabesueshme.
fa-forced-marriage-ground = Një grua ka frikë nga dhuna në emër të nderit sepse refuzoi një martesë të detyruar, dhe autoritetet e vendit të saj nuk i mbrojnë gratë e tilla. Cila bazë e Konventës është më shpesh e rëndësishme?
fa-forced-marriage-ground_social-group = Anëtarësia në një grup të caktuar shoqëror
fa-forced-marriage-ground_nationality = Kombësia
fa-forced-marriage-ground_none = Asnjëra: dhuna brenda familjes nuk mund të jetë kurrë persekutim
