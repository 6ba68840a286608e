## Testi hyrës
pre-test = Testi hyrës
    .instructions = Përgjigjuni pa u përgatitur: testi hyrës tregon se çfarë dini tashmë. Rezultati nuk llogaritet për certifikatën.
pre-remit-target = Sipas synimit 10.c të Objektivave të Zhvillimit të Qëndrueshëm, deri në vitin 2030 kostoja mesatare e dërgimit të remitancave të migrantëve duhet të jetë më e ulët se sa për qind e shumës së dërguar?
    .unit = %
pre-remit-cost = Cilët elementë përbëjnë koston totale të dërgimit të një remitance? Zgjidhni të gjitha përgjigjet e sakta.
pre-remit-cost_fee = tarifa që ngarkon ofruesi i shërbimit
pre-remit-cost_fx-margin = marzhi i kursit të këmbimit
pre-remit-cost_income-tax = tatimi mbi të ardhurat i marrësit
pre-remit-cost_customs = detyrimi doganor për transferimin e parave
pre-remit-oda = Në nivel botëror, remitancat që shkojnë në vendet me të ardhura të ulëta dhe të mesme janë më të mëdha se ndihma zyrtare për zhvillim.
pre-diaspora-def = Cili përshkrim i përshtatet më mirë termit „diasporë”?
pre-diaspora-def_ties = emigrantët dhe pasardhësit e tyre që ruajnë lidhje me vendin e origjinës
pre-diaspora-def_tourists = turistët e huaj që e vizitojnë rregullisht vendin
pre-diaspora-def_foreigners = të huajt me qëndrim të përhershëm në vend
pre-diaspora-def_refugees-only = vetëm refugjatët që e lanë vendin gjatë një lufte
pre-diaspora-mapping = Cili është qëllimi kryesor i hartëzimit të diasporës?
pre-diaspora-mapping_knowledge = të dihet ku jeton diaspora, me çfarë merret dhe çfarë mund të ofrojë
pre-diaspora-mapping_control = të mbikëqyren emigrantët për arsye sigurie
pre-diaspora-mapping_taxation = të mblidhen tatime nga emigrantët
pre-circular = Cili përshkrim i përshtatet më mirë migracionit qarkor?
pre-circular_repeated = lëvizje e përsëritur dhe e ligjshme ndërmjet vendit të origjinës dhe vendit të destinacionit
pre-circular_permanent = një zhvendosje e vetme dhe e përhershme në një vend tjetër
pre-circular_irregular = kalime të përsëritura të parregullta të të njëjtit kufi
pre-brain-terms = Lidhni secilën situatë me konceptin që ajo ilustron.
pre-brain-terms_loss = Specialistët, shkollimi i të cilëve është paguar në vend, largohen për të punuar jashtë
pre-brain-terms_return-skills = Një inxhinier që kthehet sjell njohuri dhe kontakte të reja
pre-brain-terms_underuse = Një infermiere e kualifikuar punon jashtë si pastruese sepse diploma e saj nuk është njohur
pre-brain-terms_drain = ikja e trurit
pre-brain-terms_gain = fitimi i trurit
pre-brain-terms_waste = shpërdorimi i trurit
pre-wb-regulation = Cili vend ka një „rregullore të veçantë për Ballkanin Perëndimor” për qasjen në tregun e tij të punës?
pre-wb-regulation_germany = Gjermania
pre-wb-regulation_italy = Italia
pre-wb-regulation_sweden = Suedia
pre-wb-regulation_croatia = Kroacia
pre-employer-pays = Sipas parimit „paguan punëdhënësi”, punëtorët nuk duhet të paguajnë tarifa rekrutimi.
pre-sdg-target = Cili synim i Objektivave të Zhvillimit të Qëndrueshëm bën thirrje për migracion të rregullt, të sigurt, të ligjshëm dhe të përgjegjshëm përmes politikave migracioni të planifikuara dhe të mirëmenaxhuara? Shkruani numrin e tij (për shembull 4.1).
pre-mainstream-order = Renditni sipas radhës së duhur hapat e përfshirjes së migracionit në planifikimin e zhvillimit.
pre-mainstream-order_evidence = Mbledhja e provave (profili i migracionit)
pre-mainstream-order_links = Identifikimi i sektorëve që preken nga migracioni
pre-mainstream-order_measures = Përcaktimi i masave dhe treguesve në plan
pre-mainstream-order_budget = Sigurimi i buxhetit dhe zbatimi i masave
pre-mainstream-order_monitor = Monitorimi dhe vlerësimi
pre-profile = Çfarë është profili i migracionit?
pre-profile_evidence = një raport i rregullt që bashkon të dhënat për migracionin dhe efektet e tij, si bazë për politikat publike
pre-profile_passport = një dosje personale për secilin migrant që e mban policia kufitare
pre-profile_risk-list = një listë e vendeve të origjinës që konsiderohen me rrezik të lartë

## Kuizi i modulit: remitancat dhe diaspora
quiz-remittances-diaspora = Kuiz: remitancat dhe diaspora
    .instructions =
        { $questions } pyetje për këtë modul. Për të kaluar ju nevojiten { $pass }% dhe keni { $attempts } përpjekje.
rd-channel = Cili kanal është zakonisht më i liri për dërgimin e një remitance?
    .feedback = Transferimi dixhital në llogari zakonisht kushton më pak se paratë në dorë që marrësi i tërheq te një agjent.
rd-channel_digital = transferimi dixhital nga llogaria në llogari përmes një ofruesi të licencuar
rd-channel_cash-agent = para në dorë të paguara dhe të tërhequra te një agjent
rd-channel_courier = para në dorë që i mbart një shofer autobusi
    .feedback = Transferimi joformal mund të duket i lirë, por nuk jep as dëftesë as mbrojtje.
rd-gcm = Objektivi 20 i Kompaktit Global për Migracion të Sigurt, të Rregullt dhe të Ligjshëm ka të bëjë me transferimin më të shpejtë, më të sigurt dhe më të lirë të remitancave dhe me përfshirjen financiare të migrantëve.
    .if-true = E saktë.
    .if-false = Pohimi është i saktë: Objektivi 20 trajton remitancat dhe përfshirjen financiare.
rd-cost = Një migrant dërgon 200 euro. Tarifa është 5 euro, ndërsa marzhi i kursit të këmbimit kushton edhe 3 euro. Sa është kostoja totale si përqindje e shumës së dërguar?
    .unit = %
    .feedback = (5 + 3) / 200 = 4%: nën kufirin e sipërm prej 5% për korridor, por mbi synimin mesatar prej 3%.
rd-barriers = Cilat masa i ulin pengesat për investimet dhe kthimin e diasporës? Zgjidhni të gjitha përgjigjet e sakta.
rd-barriers_one-stop = një pikë informacioni me një ndalesë për investitorët
rd-barriers_recognition = njohja e kualifikimeve të fituara jashtë vendit
rd-barriers_pensions = transferueshmëria e pensioneve dhe e të drejtave të sigurimeve shoqërore
rd-barriers_renounce = detyrimi që të kthyerit të heqin dorë nga shtetësia e huaj
    .feedback = Një kusht i tillë do ta dekurajonte kthimin në vend që ta nxiste.
rd-institution = Në cilin vend Zyra Qendrore Shtetërore për Kroatët jashtë Republikës së Kroacisë është përgjegjëse për marrëdhëniet me diasporën?
rd-institution_croatia = Kroacia
rd-institution_north-macedonia = Maqedonia e Veriut
rd-institution_albania = Shqipëria

## Kuizi i modulit: lëvizshmëria e punës dhe aftësitë
quiz-mobility = Kuiz: lëvizshmëria e punës dhe aftësitë
    .instructions =
        { $questions } pyetje për këtë modul. Për të kaluar ju nevojiten { $pass }% dhe keni { $attempts } përpjekje.
mo-schemes = Lidhni secilën rrugë të migracionit të punës me vendin e destinacionit.
mo-schemes_wb-regulation = Rregullorja për Ballkanin Perëndimor
mo-schemes_rwr-card = Karta Kuq-Bardhë-Kuq
mo-schemes_bilateral = Marrëveshjet dypalëshe për punësim me Bosnjë e Hercegovinën dhe me Serbinë
mo-schemes_germany = Gjermania
mo-schemes_austria = Austria
mo-schemes_slovenia = Sllovenia
mo-schemes_sweden = Suedia
mo-quota = Që nga qershori i vitit 2024, deri në sa miratime në vit janë të mundshme sipas rregullores gjermane për Ballkanin Perëndimor?
    .feedback = Kufiri vjetor u dyfishua nga 25 000 në 50 000.
mo-circular = Migracioni qarkor do të thotë një zhvendosje e vetme dhe e përhershme në vendin e destinacionit.
    .if-true = Jo saktësisht: migracioni qarkor është lëvizje e përsëritur dhe e ligjshme ndërmjet dy vendeve.
    .if-false = E saktë: migracioni qarkor është lëvizje e përsëritur dhe e ligjshme ndërmjet dy vendeve.
mo-who-code = Çfarë u kërkon vendeve të destinacionit Kodi Global i Praktikës i Organizatës Botërore të Shëndetësisë për rekrutimin ndërkombëtar të personelit shëndetësor?
mo-who-code_ethical = të rekrutojnë në mënyrë etike dhe të mbështesin formimin e punonjësve shëndetësorë në vendet e origjinës
mo-who-code_ban = të ndalojnë punësimin e të gjithë punonjësve shëndetësorë nga vendet e treta
mo-who-code_quota = të pranojnë punonjës shëndetësorë vetëm brenda një kuote globale të caktuar
mo-agreement = Çfarë duhet të përmbajë një marrëveshje e mirë dypalëshe për migracionin e punës? Zgjidhni të gjitha përgjigjet e sakta.
mo-agreement_equal-pay = trajtim i barabartë me shtetasit vendas për pagën dhe kushtet e punës
mo-agreement_social-security = koordinimin e sigurimeve shoqërore
mo-agreement_pre-departure = informim para nisjes dhe kontratë në një gjuhë që punëtori e kupton
mo-agreement_lifetime-tie = ndalimin që punëtori të ndryshojë ndonjëherë punëdhënësin
    .feedback = Lidhja e përhershme e punëtorit me një punëdhënës të vetëm e rrit rrezikun e shfrytëzimit.

## Kuizi i modulit: migracioni në politikat e zhvillimit
quiz-policy = Kuiz: migracioni në politikat e zhvillimit
    .instructions =
        { $questions } pyetje për këtë modul. Për të kaluar ju nevojiten { $pass }% dhe keni { $attempts } përpjekje.
po-indicators = Lidhni secilin tregues të synimit 10.7 me atë që mat.
po-indicators_i1 = 10.7.1
po-indicators_i2 = 10.7.2
po-indicators_i3 = 10.7.3
po-indicators_i4 = 10.7.4
po-indicators_recruitment-cost = kostoja e rekrutimit që përballon punonjësi si pjesë e të ardhurave mujore
po-indicators_policies = vendet me politika migracioni të mirëmenaxhuara
po-indicators_deaths = personat që vdiqën ose u zhdukën gjatë migracionit
po-indicators_refugees = përqindja e refugjatëve në popullsi
po-sources = Cilat janë burimet e zakonshme të të dhënave për një profil migracioni? Zgjidhni të gjitha përgjigjet e sakta.
po-sources_border = statistikat e kalimeve të kufirit shtetëror
po-sources_permits = lejet e qëndrimit dhe të punës të lëshuara për të huajt
po-sources_asylum = kërkesat për azil dhe vendimet për to
po-sources_census = regjistrimet e popullsisë dhe anketat e fuqisë punëtore
po-sources_rumours = postimet e paverifikuara në rrjetet sociale
po-sectors = Përfshirja e migracionit në politikat e zhvillimit do të thotë që migracioni merret parasysh në sektorë si punësimi, arsimi dhe shëndetësia, jo vetëm në politikën kufitare.
    .if-true = E saktë: kjo është qasja e gjithë qeverisë.
    .if-false = Pohimi është i saktë: përfshirja e migracionit nënkupton qasjen e gjithë qeverisë.
po-serbia-profile = Cili institucion e koordinon hartimin e Profilit vjetor të Migracionit të Republikës së Serbisë?
po-serbia-profile_commissariat = Komisariati për Refugjatë dhe Migracion
po-serbia-profile_statistics = Enti Republikan i Statistikave
po-serbia-profile_central-bank = Banka Kombëtare e Serbisë
po-disaggregation = Synimi 17.18 kërkon të dhëna të ndara sipas disa karakteristikave. Cilën nga këto përmend ai?
po-disaggregation_migratory-status = statusin migrator
po-disaggregation_religion = besimin fetar
po-disaggregation_party = anëtarësinë në parti politike

## Testi përfundimtar
final = Testi përfundimtar
    .instructions =
        { $questions } pyetje për të gjithë kursin. Për të kaluar ju nevojiten { $pass }% dhe keni { $attempts } përpjekje nga { $minutes ->
            [one] { $minutes } minutë
           *[other] { $minutes } minuta
        } secila.
fin-cost-calc = Një punëtor në Gjermani dërgon 200 euro në Bosnjë e Hercegovinë. Tarifa është 7 euro, ndërsa marzhi i kursit të këmbimit kushton edhe 5 euro. Sa është kostoja totale si përqindje e shumës së dërguar?
    .unit = %
    .feedback = (7 + 5) / 200 = 6%: mbi kufirin e sipërm prej 5% që synimi 10.c vendos për çdo korridor.
fin-informal = Cili është problemi kryesor i dërgimit të parave në dorë përmes një shoferi autobusi?
fin-informal_protection = dërguesi nuk ka dëftesë as mbrojtje si konsumator, dhe paratë mbeten jashtë sistemit financiar
fin-informal_cheaper-always = është gjithmonë më e shtrenjtë se transferimi bankar
fin-informal_illegal-everywhere = është vepër penale në çdo vend të rajonit
fin-institutions = Lidhni secilin vend me institucionin përgjegjës për marrëdhëniet me diasporën e tij.
fin-institutions_croatia = Kroacia
fin-institutions_serbia = Serbia
fin-institutions_north-macedonia = Maqedonia e Veriut
fin-institutions_bosnia = Bosnja e Hercegovina
fin-institutions_hr-office = Zyra Qendrore Shtetërore për Kroatët jashtë Republikës së Kroacisë
fin-institutions_rs-administration = Drejtoria për Bashkëpunim me Diasporën dhe Serbët në Rajon
fin-institutions_mk-agency = Agjencia për Emigracion
fin-institutions_ba-ministry = Ministria për të Drejtat e Njeriut dhe Refugjatët
fin-diaspora-step = Një komunë dëshiron të tërheqë investime nga diaspora. Çfarë duhet të bëjë së pari?
fin-diaspora-step_mapping = të hartëzojë diasporën e saj: ku jetojnë njerëzit, me çfarë merren dhe çfarë mund të ofrojnë
fin-diaspora-step_bond = të emetojë obligacione komunale për diasporën
fin-diaspora-step_advert = të blejë reklama jashtë vendit
fin-brain-waste = Një infermiere e kualifikuar që jashtë vendit punon si pastruese sepse diploma e saj nuk është njohur është shembull i shpërdorimit të trurit.
fin-circular = Çfarë i bën programet e migracionit qarkor të funksionojnë? Zgjidhni të gjitha përgjigjet e sakta.
fin-circular_re-entry = e drejta për t'u kthyer përsëri në vendin e destinacionit brenda programit
fin-circular_portability = transferueshmëria e pensioneve dhe e të drejtave të sigurimeve shoqërore
fin-circular_recognition = njohja e aftësive të fituara jashtë vendit
fin-circular_passport-kept = punëdhënësi e mban pasaportën e punëtorit
fin-circular_ten-years = detyrimi për të qëndruar jashtë vendit të paktën dhjetë vjet
fin-wbr-order = Renditni sipas radhës së duhur hapat e punësimit në Gjermani sipas rregullores për Ballkanin Perëndimor.
fin-wbr-order_offer = Një punëdhënës gjerman bën një ofertë konkrete pune
fin-wbr-order_approval = Agjencia Federale e Punësimit jep pëlqimin për vendin e punës
fin-wbr-order_visa = Përfaqësia diplomatike-konsullore gjermane lëshon vizën e punës
fin-wbr-order_work = Punëtori hyn në Gjermani dhe fillon punën
fin-red-flags = Cilat janë shenjat paralajmëruese të mashtrimit në rekrutim ose të trafikimit të qenieve njerëzore për shfrytëzim në punë? Zgjidhni të gjitha përgjigjet e sakta.
fin-red-flags_high-fee = punëtori i ka paguar agjencisë një tarifë të lartë
fin-red-flags_passport = dikush tjetër do ta mbajë pasaportën e punëtorit
fin-red-flags_language = kontrata është në një gjuhë që punëtori nuk e kupton
fin-red-flags_registered = kontrata është nënshkruar para nisjes dhe është regjistruar në shërbimin publik të punësimit
fin-mgi = Cila organizatë ndërkombëtare i zhvilloi Treguesit e Qeverisjes së Migracionit? Shkruani shkurtesën e saj.
fin-security-only = Në strategjinë kombëtare të zhvillimit, migracioni ka vend vetëm në kapitullin për sigurinë.
    .if-true = Jo: migracioni ndikon në punësim, arsim, shëndetësi, financa dhe zhvillimin vendor.
    .if-false = E saktë: migracioni duhet të përfshihet në të gjithë sektorët.
fin-recruitment-indicator = Treguesi 10.7.1 mat koston e rekrutimit që përballon punëtori si pjesë e…
fin-recruitment-indicator_monthly-income = të ardhurave mujore të fituara në vendin e destinacionit
fin-recruitment-indicator_gdp = PBB-së së vendit të origjinës
fin-recruitment-indicator_remittances = remitancave të dërguara gjatë vitit
