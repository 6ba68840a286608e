## Ulazni test
pre-test = Ulazni test
    .instructions = Odgovarajte bez pripreme: rezultat samo pokazuje šta već znate i poredi se s rezultatom završnog testa.
pt-grounds = Šta od navedenog NIJE jedan od osnova progona prema Konvenciji o statusu izbjeglica iz 1951. godine?
pt-grounds_religion = vjera
pt-grounds_political-opinion = političko mišljenje
pt-grounds_economic-hardship = teška ekonomska situacija
pt-grounds_nationality = nacionalnost
pt-protocol = Protokol iz 1967. godine ukinuo je vremensko ograničenje Konvencije o statusu izbjeglica iz 1951. godine.
pt-refugee-agency = Napišite skraćenicu agencije UN-a koja nadzire primjenu Konvencije o statusu izbjeglica iz 1951. godine.
pt-smuggling = Koji je element neophodan za krivično djelo krijumčarenja migranata?
pt-smuggling_illegal-entry-benefit = omogućavanje nezakonitog ulaska u drugu državu radi finansijske ili druge materijalne koristi
pt-smuggling_exploitation = iskorištavanje osobe nakon dolaska
pt-smuggling_coercion = upotreba sile ili prinude
pt-gcm-count = Koliko ciljeva ima Globalni sporazum o sigurnim, urednim i regularnim migracijama?
    .unit = ciljeva
pt-gcm-binding = Globalni sporazum o migracijama je pravno obavezujući međunarodni ugovor.
pt-gcr-objectives = Koji su ciljevi Globalnog sporazuma o izbjeglicama? Označite sve tačne odgovore.
pt-gcr-objectives_ease-pressure = smanjiti pritisak na zemlje domaćine
pt-gcr-objectives_self-reliance = osnažiti samostalnost izbjeglica
pt-gcr-objectives_visa-free = omogućiti izbjeglicama putovanje bez viza
pt-gcr-objectives_third-country = proširiti pristup rješenjima u trećim zemljama
pt-pact-acts = Koji od navedenih akata pripadaju Paktu EU-a o migracijama i azilu? Označite sve tačne odgovore.
pt-pact-acts_screening = Uredba o skriningu
pt-pact-acts_ammr = Uredba o upravljanju azilom i migracijama
pt-pact-acts_eurodac = Uredba o Eurodacu
pt-pact-acts_blue-card = Direktiva o plavoj karti EU-a
pt-pact-acts_schengen-convention = Konvencija o primjeni Šengenskog sporazuma
pt-timeline = Poredajte ove korake u razvoju prava EU-a o azilu hronološkim redom.
pt-timeline_dublin-iii = Usvojena je Uredba Dublin III
pt-timeline_pact-proposal = Evropska komisija predlaže Pakt o migracijama i azilu
pt-timeline_pact-adoption = Pakt je usvojen
pt-timeline_pact-application = Veći dio Pakta počinje se primjenjivati
pt-readmission-scope = Prema sporazumima o readmisiji između EU-a i zemalja Zapadnog Balkana, zamoljena država mora prihvatiti…
pt-readmission-scope_own-only = samo svoje državljane
pt-readmission-scope_own-and-third = svoje državljane i, pod određenim uslovima, državljane trećih zemalja i osobe bez državljanstva
pt-readmission-scope_asylum-seekers = samo osobe čiji je zahtjev za azil odbijen
pt-readmission-asylum = Sporazum o readmisiji omogućava da se osoba preda drugoj državi bez razmatranja zahtjeva za azil koji je podnijela.
pt-bodies = Povežite svako tijelo ili proces s odgovarajućim opisom.
pt-bodies_marri = MARRI
pt-bodies_budapest = Budimpeštanski proces
pt-bodies_frontex = Frontex
pt-bodies_skopje-centre = regionalna inicijativa s Regionalnim centrom u Skoplju
pt-bodies_icmpd-forum = konsultativni forum više od 50 vlada, čiji je sekretarijat ICMPD
pt-bodies_eu-agency = Evropska agencija za graničnu i obalnu stražu
pt-bodies_un-agency = agencija UN-a za izbjeglice

## Kviz za modul 1
quiz-international = Kviz: međunarodni pravni okvir
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o lekcijama iz ovog modula. Za prolaz je potrebno { $pass }%, a imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        }.
q1-grounds = Koji su osnovi progona prema Konvenciji o statusu izbjeglica iz 1951. godine? Označite sve tačne odgovore.
    .feedback = Pet osnova su rasa, vjera, nacionalnost, pripadnost određenoj društvenoj grupi i političko mišljenje.
q1-grounds_religion = vjera
q1-grounds_social-group = pripadnost određenoj društvenoj grupi
q1-grounds_political-opinion = političko mišljenje
q1-grounds_unemployment = nezaposlenost
    .feedback = Sama nezaposlenost nije osnov progona.
q1-grounds_natural-disaster = prirodna katastrofa
    .feedback = Sama prirodna katastrofa ne čini osobu izbjeglicom, iako se mogu primijeniti drugi oblici zaštite.
q1-exclusion = Prema članu 1F osoba je isključena iz izbjegličke zaštite kada postoje ozbiljni razlozi za sumnju da je…
q1-exclusion_war-crime = počinila ratni zločin
    .feedback = Tačno: ratni zločini, zločini protiv čovječnosti i teška nepolitička krivična djela dovode do isključenja.
q1-exclusion_irregular-entry = nezakonito ušla u zemlju
    .feedback = Ne: prema članu 31 nezakonit ulazak ne smije se uzeti kao razlog protiv izbjeglice.
q1-exclusion_no-documents = nema lične dokumente
    .feedback = Ne: mnoge izbjeglice bježe bez dokumenata; to nije osnov za isključenje.
q1-non-penalisation = Izbjeglice koje dolaze direktno s teritorije na kojoj su bile ugrožene ne smiju se kažnjavati zbog nezakonitog ulaska ako se bez odlaganja jave vlastima i navedu opravdan razlog.
    .if-true = Tačno: to je pravilo o nekažnjavanju iz člana 31.
    .if-false = Tvrdnja je tačna: član 31 Konvencije štiti izbjeglice od kazni zbog nezakonitog ulaska ili boravka.
q1-features = Povežite svako obilježje s krivičnim djelom koje ono označava.
    .feedback = Krijumčarenje migranata je djelo protiv graničnog režima države; trgovina ljudima je djelo protiv osobe.
q1-features_border = uvijek uključuje prelazak međunarodne granice
q1-features_exploitation = cilj je iskorištavanje osobe
q1-features_entry-benefit = počinilac stiče korist omogućavanjem nezakonitog ulaska
q1-features_consent-irrelevant = pristanak osobe nema značaja kada su upotrijebljeni sila, obmana ili slična sredstva
q1-features_smuggling = krijumčarenje migranata
q1-features_trafficking = trgovina ljudima
q1-icrmw-year = Koje je godine Generalna skupština UN-a usvojila Međunarodnu konvenciju o zaštiti prava svih radnika migranata i članova njihovih porodica?
    .feedback = Usvojena je 18. decembra 1990. godine; taj se datum danas obilježava kao Međunarodni dan migranata.
q1-smuggled-prosecution = Prema Protokolu protiv krijumčarenja migranata, migranti mogu krivično odgovarati zbog toga što su bili krijumčareni.
    .if-true = Ne: prema članu 5 Protokola migranti ne smiju krivično odgovarati zbog toga što su bili predmet krijumčarenja.
    .if-false = Tačno: član 5 štiti krijumčarene migrante; gone se krijumčari.

## Kviz za modul 2
quiz-compacts = Kviz: globalni sporazumi
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o lekcijama iz ovog modula. Za prolaz je potrebno { $pass }%, a imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        }.
q2-nature = Kakva je pravna priroda Globalnog sporazuma o migracijama?
q2-nature_cooperative-framework = pravno neobavezujući okvir saradnje
    .feedback = Tačno: ne stvara nove pravne obaveze i poštuje državni suverenitet.
q2-nature_treaty = međunarodni ugovor koji mora biti ratificiran
    .feedback = Ne: sporazum nije međunarodni ugovor i ne ratificira se.
q2-nature_eu-regulation = uredba EU-a koja se direktno primjenjuje u državama članicama
    .feedback = Ne: sporazum je okvir UN-a, a ne pravo EU-a.
q2-objectives = Povežite svaku temu s odgovarajućim ciljem Globalnog sporazuma o migracijama.
    .feedback = Cilj 9: krijumčarenje; 11: integrisano upravljanje granicom; 13: zadržavanje kao krajnja mjera; 21: povratak, readmisija i reintegracija.
q2-objectives_smuggling = ojačati transnacionalni odgovor na krijumčarenje migranata
q2-objectives_borders = upravljati granicama na integrisan, siguran i koordiniran način
q2-objectives_detention = koristiti zadržavanje migranata samo kao krajnju mjeru
q2-objectives_return = siguran i dostojanstven povratak, readmisija i održiva reintegracija
q2-objectives_obj-9 = Cilj 9
q2-objectives_obj-11 = Cilj 11
q2-objectives_obj-13 = Cilj 13
q2-objectives_obj-21 = Cilj 21
q2-objectives_obj-20 = Cilj 20
q2-gcr-objectives = Koji su ciljevi Globalnog sporazuma o izbjeglicama? Označite sve tačne odgovore.
    .feedback = Globalni sporazum o izbjeglicama ima četiri cilja; ne nameće obavezujuće kvote.
q2-gcr-objectives_ease-pressure = smanjiti pritisak na zemlje domaćine
q2-gcr-objectives_self-reliance = osnažiti samostalnost izbjeglica
q2-gcr-objectives_third-country = proširiti pristup rješenjima u trećim zemljama
q2-gcr-objectives_return-conditions = podržati uslove u zemljama porijekla za povratak u sigurnosti i dostojanstvu
q2-gcr-objectives_binding-quotas = nametnuti svim državama obavezujuće kvote za izbjeglice
    .feedback = Ne: sporazum nije pravno obavezujući i ne utvrđuje kvote.
q2-imrf = Napredak u provođenju Globalnog sporazuma o migracijama razmatra se na Međunarodnom forumu za pregled migracija svake četiri godine.
    .if-true = Tačno: prvi forum održan je 2022, a drugi 2026. godine.
    .if-false = Tvrdnja je tačna: Međunarodni forum za pregled migracija sastaje se svake četiri godine.
q2-timeline = Poredajte ove događaje hronološkim redom.
q2-timeline_new-york = Njujorška deklaracija o izbjeglicama i migrantima
q2-timeline_marrakech = Globalni sporazum o migracijama usvojen je u Marakešu
q2-timeline_first-imrf = Prvi Međunarodni forum za pregled migracija
q2-timeline_second-grf = Drugi Globalni forum o izbjeglicama

## Kviz za modul 3
quiz-europe = Kviz: upravljanje na nivou EU-a i regiona
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o lekcijama iz ovog modula. Za prolaz je potrebno { $pass }%, a imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        }.
q3-acts = Povežite svaki akt Pakta o migracijama i azilu s njegovom glavnom funkcijom.
q3-acts_ammr = Uredba o upravljanju azilom i migracijama
q3-acts_eurodac = Uredba o Eurodacu
q3-acts_screening = Uredba o skriningu
q3-acts_apr = Uredba o postupku azila
q3-acts_responsibility = određuje odgovornu državu članicu i organizuje solidarnost
q3-acts_biometrics = čuva otiske prstiju i fotografije lica
q3-acts_pre-entry-checks = provjere identiteta, zdravlja, ranjivosti i sigurnosti na vanjskoj granici
q3-acts_border-procedure = zajednički postupak, uključujući granični postupak
q3-acts_work-permit = jedinstvena dozvola za rad i boravak
q3-recognition-rate = Granični postupak je obavezan za podnosioce zahtjeva koji su državljani zemlje čija stopa priznavanja na nivou EU-a iznosi najviše…
    .feedback = Prag je 20%; neke grupe, kao što su djeca bez pratnje, u principu su izuzete.
q3-recognition-rate_rate-5 = 5%
q3-recognition-rate_rate-20 = 20%
q3-recognition-rate_rate-50 = 50%
q3-readmission-asylum = Ako postoji sporazum o readmisiji, osoba koja je zatražila azil može se predati drugoj državi a da njen zahtjev ne bude razmotren.
    .if-true = Ne: readmisija nikada ne zamjenjuje razmatranje zahtjeva za azil, a princip zabrane vraćanja primjenjuje se na svaku predaju.
    .if-false = Tačno: zahtjev za azil mora biti razmotren, a princip zabrane vraćanja primjenjuje se na svaku predaju.
q3-visa-timeline = Poredajte ove događaje hronološkim redom.
q3-visa-timeline_ra-albania = Stupa na snagu sporazum o readmisiji između EU-a i Albanije
q3-visa-timeline_ra-four = Stupaju na snagu sporazumi EU-a o readmisiji s Bosnom i Hercegovinom, Crnom Gorom, Sjevernom Makedonijom i Srbijom
q3-visa-timeline_visa-free-2009 = Putovanje u šengenski prostor bez viza za državljane Crne Gore, Sjeverne Makedonije i Srbije
q3-visa-timeline_visa-free-2010 = Putovanje bez viza za državljane Albanije te Bosne i Hercegovine
q3-visa-timeline_visa-free-kosovo = Putovanje bez viza za nosioce kosovskih pasoša
q3-forums = Koji su od navedenih okvira oblici regionalne saradnje u oblasti migracija u kojima učestvuju države Zapadnog Balkana? Označite sve tačne odgovore.
q3-forums_marri = MARRI
q3-forums_budapest = Budimpeštanski proces
q3-forums_brdo = Brdo proces
q3-forums_mercosur = Mercosur
    .feedback = Mercosur je južnoamerički trgovinski blok.
q3-forums_ecowas = ECOWAS
    .feedback = ECOWAS je Ekonomska zajednica zapadnoafričkih država.
q3-frontex-first = U kojoj je zemlji 2019. godine počela prva zajednička operacija Frontexa na teritoriji države koja nije članica EU-a?
    .feedback = Prva operacija počela je u Albaniji u maju 2019. godine, na osnovu sporazuma o statusu između EU-a i Albanije.
q3-frontex-first_albania = Albanija
q3-frontex-first_serbia = Srbija
q3-frontex-first_montenegro = Crna Gora

## Završni test
final = Završni test
    .instructions =
        Završni test obuhvata sve module. Za prolaz je potrebno { $pass }%, a imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        } od po { $minutes ->
            [one] { $minutes } minuta
            [few] { $minutes } minute
           *[other] { $minutes } minuta
        }.
fq-article = Koji član Konvencije o statusu izbjeglica iz 1951. godine utvrđuje princip zabrane vraćanja (non-refoulement)?
fq-article_art-31 = Član 31
fq-article_art-33 = Član 33
fq-article_art-1f = Član 1F
fq-article_art-35 = Član 35
fq-trafficking-elements = Povežite svaki element definicije trgovine ljudima s odgovarajućim primjerom.
fq-trafficking-elements_act = radnja
fq-trafficking-elements_means = sredstvo
fq-trafficking-elements_purpose = cilj
fq-trafficking-elements_recruitment = vrbovanje putem lažnog oglasa za posao
fq-trafficking-elements_deception = obmana o vrsti posla i plati
fq-trafficking-elements_forced-labour = prinudni rad na gradilištu
fq-trafficking-elements_paid-entry = plaćanje za nezakonit prelazak granice
fq-child = Kada je žrtva dijete, sredstva (sila, obmana, zloupotreba teškog položaja i slično) ne moraju se dokazivati da bi radnja predstavljala trgovinu ljudima.
fq-gcm-objectives = Koji su ciljevi Globalnog sporazuma o migracijama? Označite sve tačne odgovore.
fq-gcm-objectives_detention-last-resort = koristiti zadržavanje migranata samo kao krajnju mjeru
fq-gcm-objectives_remittances = podsticati brže, sigurnije i jeftinije doznake
fq-gcm-objectives_return-reintegration = sarađivati na sigurnom i dostojanstvenom povratku, readmisiji i održivoj reintegraciji
fq-gcm-objectives_close-borders = zatvoriti granice za neregularne migrante
fq-gcm-objectives_mandatory-quotas = utvrditi obavezne kvote za prijem migranata
fq-grf = Koliko se često saziva Globalni forum o izbjeglicama?
fq-grf_every-year = svake godine
fq-grf_every-four = svake četiri godine
fq-grf_every-ten = svakih deset godina
fq-gcm-city = U kojem je gradu u decembru 2018. godine usvojen Globalni sporazum o migracijama?
fq-pact-year = Od koje se godine primjenjuje veći dio Pakta o migracijama i azilu?
fq-screening = Koliko najduže može trajati skrining na vanjskoj granici EU-a?
fq-screening_one-day = 24 sata
fq-screening_seven-days = sedam dana
fq-screening_three-months = tri mjeseca
fq-solidarity = Koje oblike solidarnosti države članice mogu izabrati prema Uredbi o upravljanju azilom i migracijama? Označite sve tačne odgovore.
fq-solidarity_relocation = premještanje podnosilaca zahtjeva
fq-solidarity_financial = finansijski doprinosi
fq-solidarity_alternative = alternativne mjere solidarnosti, kao što je operativna podrška
fq-solidarity_visa-suspension = suspenzija bezviznog režima
fq-solidarity_border-closure = zatvaranje unutrašnjih granica
fq-return-steps = Poredajte korake povratka na osnovu sporazuma o readmisiji pravilnim redom.
fq-return-steps_protection-check = provjeriti da li osoba želi zatražiti azil ili ima druge potrebe za zaštitom
fq-return-steps_return-decision = donijeti rješenje o povratku
fq-return-steps_request = uputiti zahtjev za readmisiju s dokazima o državljanstvu ili tranzitu
fq-return-steps_reply = primiti odgovor zamoljene države
fq-return-steps_handover = predati osobu na dogovorenom graničnom prelazu
fq-ra-2008 = Sporazumi EU-a o readmisiji s Bosnom i Hercegovinom, Crnom Gorom, Sjevernom Makedonijom i Srbijom stupili su na snagu 2008. godine, zajedno sa sporazumima o olakšanju izdavanja viza.
fq-marri-centre = U kojem se gradu nalazi Regionalni centar MARRI-ja?
fq-frontex = Šta omogućava sporazum o statusu između Frontexa i države Zapadnog Balkana?
fq-frontex_joint-operations = raspoređivanje timova Frontexa u zajedničkim operacijama na teritoriji te države, uz njenu saglasnost
fq-frontex_membership = članstvo te države u Upravnom odboru Frontexa s pravom glasa
fq-frontex_asylum-decisions = odlučivanje službenika Frontexa o zahtjevima za azil
