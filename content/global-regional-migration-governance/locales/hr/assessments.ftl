## Ulazni test
pre-test = Ulazni test
    .instructions = Odgovarajte bez pripreme: rezultat samo pokazuje što već znate i uspoređuje se s rezultatom završne provjere.
pt-grounds = Što od navedenoga NIJE jedan od razloga progona prema Konvenciji o statusu izbjeglica iz 1951.?
pt-grounds_religion = vjera
pt-grounds_political-opinion = političko mišljenje
pt-grounds_economic-hardship = teške gospodarske prilike
pt-grounds_nationality = nacionalnost
pt-protocol = Protokol iz 1967. ukinuo je vremensko ograničenje Konvencije o statusu izbjeglica iz 1951.
pt-refugee-agency = Napišite kraticu agencije UN-a koja nadzire primjenu Konvencije o statusu izbjeglica iz 1951.
pt-smuggling = Koji je element nužan za kazneno djelo krijumčarenja migranata?
pt-smuggling_illegal-entry-benefit = omogućavanje nezakonitog ulaska u drugu državu radi financijske ili druge materijalne koristi
pt-smuggling_exploitation = iskorištavanje osobe nakon dolaska
pt-smuggling_coercion = uporaba sile ili prisile
pt-gcm-count = Koliko ciljeva ima Globalni sporazum o sigurnim, urednim i zakonitim migracijama?
    .unit = ciljeva
pt-gcm-binding = Globalni sporazum o migracijama pravno je obvezujući međunarodni ugovor.
pt-gcr-objectives = Koji su ciljevi Globalnog sporazuma o izbjeglicama? Označite sve točne odgovore.
pt-gcr-objectives_ease-pressure = smanjiti pritisak na zemlje domaćine
pt-gcr-objectives_self-reliance = osnažiti samostalnost izbjeglica
pt-gcr-objectives_visa-free = omogućiti izbjeglicama putovanje bez viza
pt-gcr-objectives_third-country = proširiti pristup rješenjima u trećim zemljama
pt-pact-acts = Koji od navedenih akata pripadaju Paktu EU-a o migracijama i azilu? Označite sve točne odgovore.
pt-pact-acts_screening = Uredba o probiru
pt-pact-acts_ammr = Uredba o upravljanju azilom i migracijama
pt-pact-acts_eurodac = Uredba o Eurodacu
pt-pact-acts_blue-card = Direktiva o plavoj karti EU-a
pt-pact-acts_schengen-convention = Konvencija o provedbi Schengenskog sporazuma
pt-timeline = Poredajte ove korake u razvoju prava EU-a o azilu kronološkim redom.
pt-timeline_dublin-iii = Donesena je Uredba Dublin III
pt-timeline_pact-proposal = Europska komisija predlaže Pakt o migracijama i azilu
pt-timeline_pact-adoption = Pakt je donesen
pt-timeline_pact-application = Veći dio Pakta počinje se primjenjivati
pt-readmission-scope = Prema sporazumima o ponovnom prihvatu između EU-a i zemalja Zapadnog Balkana, zamoljena država mora ponovno prihvatiti…
pt-readmission-scope_own-only = samo vlastite državljane
pt-readmission-scope_own-and-third = vlastite državljane te, pod određenim uvjetima, državljane trećih zemalja i osobe bez državljanstva
pt-readmission-scope_asylum-seekers = samo osobe čiji je zahtjev za međunarodnu zaštitu odbijen
pt-readmission-asylum = Sporazum o ponovnom prihvatu dopušta da se osoba preda drugoj državi bez razmatranja zahtjeva za međunarodnu zaštitu koji je podnijela.
pt-bodies = Povežite svako tijelo ili proces s odgovarajućim opisom.
pt-bodies_marri = MARRI
pt-bodies_budapest = Budimpeštanski proces
pt-bodies_frontex = Frontex
pt-bodies_skopje-centre = regionalna inicijativa s Regionalnim centrom u Skoplju
pt-bodies_icmpd-forum = savjetodavni forum više od 50 vlada, čije je tajništvo ICMPD
pt-bodies_eu-agency = Europska agencija za graničnu i obalnu stražu
pt-bodies_un-agency = agencija UN-a za izbjeglice

## Kviz za modul 1
quiz-international = Kviz: međunarodni pravni okvir
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o lekcijama iz ovog modula. Za prolaz je potrebno { $pass } %, a imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        }.
q1-grounds = Koji su razlozi progona prema Konvenciji o statusu izbjeglica iz 1951.? Označite sve točne odgovore.
    .feedback = Pet razloga su rasa, vjera, nacionalnost, pripadnost određenoj društvenoj skupini i političko mišljenje.
q1-grounds_religion = vjera
q1-grounds_social-group = pripadnost određenoj društvenoj skupini
q1-grounds_political-opinion = političko mišljenje
q1-grounds_unemployment = nezaposlenost
    .feedback = Sama nezaposlenost nije razlog progona.
q1-grounds_natural-disaster = prirodna katastrofa
    .feedback = Sama prirodna katastrofa ne čini osobu izbjeglicom, iako se mogu primijeniti drugi oblici zaštite.
q1-exclusion = Prema članku 1.F osoba je isključena iz izbjegličke zaštite kada postoje ozbiljni razlozi za sumnju da je…
q1-exclusion_war-crime = počinila ratni zločin
    .feedback = Točno: ratni zločini, zločini protiv čovječnosti i teška nepolitička kaznena djela dovode do isključenja.
q1-exclusion_irregular-entry = nezakonito ušla u zemlju
    .feedback = Ne: prema članku 31. nezakoniti ulazak ne smije se uzeti kao razlog protiv izbjeglice.
q1-exclusion_no-documents = nema osobne isprave
    .feedback = Ne: mnoge izbjeglice bježe bez isprava; to nije razlog za isključenje.
q1-non-penalisation = Izbjeglice koje dolaze izravno s područja na kojem su bile ugrožene ne smiju se kažnjavati zbog nezakonitog ulaska ako se bez odgode jave vlastima i navedu opravdan razlog.
    .if-true = Točno: to je pravilo o nekažnjavanju iz članka 31.
    .if-false = Tvrdnja je točna: članak 31. Konvencije štiti izbjeglice od kazni zbog nezakonitog ulaska ili boravka.
q1-features = Povežite svako obilježje s kaznenim djelom koje ono označava.
    .feedback = Krijumčarenje migranata djelo je protiv graničnog režima države; trgovanje ljudima djelo je protiv osobe.
q1-features_border = uvijek uključuje prelazak međunarodne granice
q1-features_exploitation = svrha je iskorištavanje osobe
q1-features_entry-benefit = počinitelj stječe korist omogućavanjem nezakonitog ulaska
q1-features_consent-irrelevant = pristanak osobe nije važan kada su upotrijebljeni sila, obmana ili slična sredstva
q1-features_smuggling = krijumčarenje migranata
q1-features_trafficking = trgovanje ljudima
q1-icrmw-year = Koje je godine Opća skupština UN-a donijela Međunarodnu konvenciju o zaštiti prava svih radnika migranata i članova njihovih obitelji?
    .feedback = Donesena je 18. prosinca 1990.; taj se datum danas obilježava kao Međunarodni dan migranata.
q1-smuggled-prosecution = Prema Protokolu protiv krijumčarenja migranata, migranti mogu kazneno odgovarati zbog toga što su bili krijumčareni.
    .if-true = Ne: prema članku 5. Protokola migranti ne smiju kazneno odgovarati zbog toga što su bili predmet krijumčarenja.
    .if-false = Točno: članak 5. štiti krijumčarene migrante; progone se krijumčari.

## Kviz za modul 2
quiz-compacts = Kviz: globalni sporazumi
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o lekcijama iz ovog modula. Za prolaz je potrebno { $pass } %, a imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        }.
q2-nature = Kakva je pravna priroda Globalnog sporazuma o migracijama?
q2-nature_cooperative-framework = pravno neobvezujući okvir suradnje
    .feedback = Točno: ne stvara nove pravne obveze i poštuje državni suverenitet.
q2-nature_treaty = međunarodni ugovor koji se mora potvrditi
    .feedback = Ne: sporazum nije međunarodni ugovor i ne potvrđuje se.
q2-nature_eu-regulation = uredba EU-a koja se izravno primjenjuje u državama članicama
    .feedback = Ne: sporazum je okvir UN-a, a ne pravo EU-a.
q2-objectives = Povežite svaku temu s odgovarajućim ciljem Globalnog sporazuma o migracijama.
    .feedback = Cilj 9: krijumčarenje; 11: integrirano upravljanje granicama; 13: zadržavanje kao krajnja mjera; 21: vraćanje, ponovni prihvat i reintegracija.
q2-objectives_smuggling = ojačati transnacionalni odgovor na krijumčarenje migranata
q2-objectives_borders = upravljati granicama na integriran, siguran i koordiniran način
q2-objectives_detention = koristiti zadržavanje migranata samo kao krajnju mjeru
q2-objectives_return = sigurno i dostojanstveno vraćanje, ponovni prihvat i održiva reintegracija
q2-objectives_obj-9 = Cilj 9
q2-objectives_obj-11 = Cilj 11
q2-objectives_obj-13 = Cilj 13
q2-objectives_obj-21 = Cilj 21
q2-objectives_obj-20 = Cilj 20
q2-gcr-objectives = Koji su ciljevi Globalnog sporazuma o izbjeglicama? Označite sve točne odgovore.
    .feedback = Globalni sporazum o izbjeglicama ima četiri cilja; ne nameće obvezujuće kvote.
q2-gcr-objectives_ease-pressure = smanjiti pritisak na zemlje domaćine
q2-gcr-objectives_self-reliance = osnažiti samostalnost izbjeglica
q2-gcr-objectives_third-country = proširiti pristup rješenjima u trećim zemljama
q2-gcr-objectives_return-conditions = poduprijeti uvjete u zemljama podrijetla za povratak u sigurnosti i dostojanstvu
q2-gcr-objectives_binding-quotas = nametnuti svim državama obvezujuće kvote za izbjeglice
    .feedback = Ne: sporazum nije pravno obvezujući i ne utvrđuje kvote.
q2-imrf = Napredak u provedbi Globalnog sporazuma o migracijama razmatra se na Međunarodnom forumu za pregled migracija svake četiri godine.
    .if-true = Točno: prvi je forum održan 2022., a drugi 2026.
    .if-false = Tvrdnja je točna: Međunarodni forum za pregled migracija sastaje se svake četiri godine.
q2-timeline = Poredajte ove događaje kronološkim redom.
q2-timeline_new-york = Newyorška deklaracija o izbjeglicama i migrantima
q2-timeline_marrakech = Globalni sporazum o migracijama donesen je u Marakešu
q2-timeline_first-imrf = Prvi Međunarodni forum za pregled migracija
q2-timeline_second-grf = Drugi Globalni forum o izbjeglicama

## Kviz za modul 3
quiz-europe = Kviz: upravljanje na razini EU-a i regije
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o lekcijama iz ovog modula. Za prolaz je potrebno { $pass } %, a imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        }.
q3-acts = Povežite svaki akt Pakta o migracijama i azilu s njegovom glavnom funkcijom.
q3-acts_ammr = Uredba o upravljanju azilom i migracijama
q3-acts_eurodac = Uredba o Eurodacu
q3-acts_screening = Uredba o probiru
q3-acts_apr = Uredba o postupku azila
q3-acts_responsibility = određuje odgovornu državu članicu i organizira solidarnost
q3-acts_biometrics = pohranjuje otiske prstiju i prikaze lica
q3-acts_pre-entry-checks = provjere identiteta, zdravlja, ranjivosti i sigurnosti na vanjskoj granici
q3-acts_border-procedure = zajednički postupak, uključujući granični postupak
q3-acts_work-permit = jedinstvena dozvola za rad i boravak
q3-recognition-rate = Granični postupak obvezan je za podnositelje zahtjeva koji su državljani zemlje čija stopa priznavanja na razini EU-a iznosi najviše…
    .feedback = Prag je 20 %; neke skupine, poput djece bez pratnje, u načelu su izuzete.
q3-recognition-rate_rate-5 = 5 %
q3-recognition-rate_rate-20 = 20 %
q3-recognition-rate_rate-50 = 50 %
q3-readmission-asylum = Ako postoji sporazum o ponovnom prihvatu, osoba koja je zatražila međunarodnu zaštitu može se predati drugoj državi a da se njezin zahtjev ne razmotri.
    .if-true = Ne: ponovni prihvat nikada ne zamjenjuje razmatranje zahtjeva za međunarodnu zaštitu, a načelo zabrane vraćanja primjenjuje se na svaku predaju.
    .if-false = Točno: zahtjev se mora razmotriti, a načelo zabrane vraćanja primjenjuje se na svaku predaju.
q3-visa-timeline = Poredajte ove događaje kronološkim redom.
q3-visa-timeline_ra-albania = Stupa na snagu sporazum o ponovnom prihvatu između EU-a i Albanije
q3-visa-timeline_ra-four = Stupaju na snagu sporazumi EU-a o ponovnom prihvatu s Bosnom i Hercegovinom, Crnom Gorom, Sjevernom Makedonijom i Srbijom
q3-visa-timeline_visa-free-2009 = Putovanje u schengenski prostor bez viza za državljane Crne Gore, Sjeverne Makedonije i Srbije
q3-visa-timeline_visa-free-2010 = Putovanje bez viza za državljane Albanije te Bosne i Hercegovine
q3-visa-timeline_visa-free-kosovo = Putovanje bez viza za nositelje kosovskih putovnica
q3-forums = Koji su od navedenih okvira oblici regionalne suradnje u području migracija u kojima sudjeluju države Zapadnog Balkana? Označite sve točne odgovore.
q3-forums_marri = MARRI
q3-forums_budapest = Budimpeštanski proces
q3-forums_brdo = Proces Brdo
q3-forums_mercosur = Mercosur
    .feedback = Mercosur je južnoamerički trgovinski blok.
q3-forums_ecowas = ECOWAS
    .feedback = ECOWAS je Ekonomska zajednica zapadnoafričkih država.
q3-frontex-first = U kojoj je zemlji 2019. započela prva zajednička operacija Frontexa na području države koja nije članica EU-a?
    .feedback = Prva je operacija započela u Albaniji u svibnju 2019. na temelju sporazuma o statusu između EU-a i Albanije.
q3-frontex-first_albania = Albanija
q3-frontex-first_serbia = Srbija
q3-frontex-first_montenegro = Crna Gora

## Završna provjera
final = Završna provjera znanja
    .instructions =
        Završna provjera obuhvaća sve module. Za prolaz je potrebno { $pass } %, a imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        } od po { $minutes ->
            [one] { $minutes } minuta
            [few] { $minutes } minute
           *[other] { $minutes } minuta
        }.
fq-article = Koji članak Konvencije o statusu izbjeglica iz 1951. utvrđuje načelo zabrane prisilnog udaljenja ili vraćanja (non-refoulement)?
fq-article_art-31 = Članak 31.
fq-article_art-33 = Članak 33.
fq-article_art-1f = Članak 1.F
fq-article_art-35 = Članak 35.
fq-trafficking-elements = Povežite svaki element definicije trgovanja ljudima s odgovarajućim primjerom.
fq-trafficking-elements_act = radnja
fq-trafficking-elements_means = sredstvo
fq-trafficking-elements_purpose = svrha
fq-trafficking-elements_recruitment = vrbovanje putem lažnog oglasa za posao
fq-trafficking-elements_deception = obmana o vrsti posla i plaći
fq-trafficking-elements_forced-labour = prisilni rad na gradilištu
fq-trafficking-elements_paid-entry = plaćanje za nezakonit prelazak granice
fq-child = Kada je žrtva dijete, sredstva (sila, obmana, zlouporaba teškog položaja i slično) ne moraju se dokazivati da bi radnja bila trgovanje ljudima.
fq-gcm-objectives = Koji su ciljevi Globalnog sporazuma o migracijama? Označite sve točne odgovore.
fq-gcm-objectives_detention-last-resort = koristiti zadržavanje migranata samo kao krajnju mjeru
fq-gcm-objectives_remittances = poticati brže, sigurnije i jeftinije doznake
fq-gcm-objectives_return-reintegration = surađivati na sigurnom i dostojanstvenom vraćanju, ponovnom prihvatu i održivoj reintegraciji
fq-gcm-objectives_close-borders = zatvoriti granice za nezakonite migrante
fq-gcm-objectives_mandatory-quotas = utvrditi obvezne kvote za prihvat migranata
fq-grf = Koliko se često saziva Globalni forum o izbjeglicama?
fq-grf_every-year = svake godine
fq-grf_every-four = svake četiri godine
fq-grf_every-ten = svakih deset godina
fq-gcm-city = U kojem je gradu u prosincu 2018. donesen Globalni sporazum o migracijama?
fq-pact-year = Od koje se godine primjenjuje veći dio Pakta o migracijama i azilu?
fq-screening = Koliko najdulje može trajati probir na vanjskoj granici EU-a?
fq-screening_one-day = 24 sata
fq-screening_seven-days = sedam dana
fq-screening_three-months = tri mjeseca
fq-solidarity = Koje oblike solidarnosti države članice mogu odabrati prema Uredbi o upravljanju azilom i migracijama? Označite sve točne odgovore.
fq-solidarity_relocation = premještanje podnositelja zahtjeva
fq-solidarity_financial = financijski doprinosi
fq-solidarity_alternative = alternativne mjere solidarnosti, poput operativne potpore
fq-solidarity_visa-suspension = suspenzija bezviznog režima
fq-solidarity_border-closure = zatvaranje unutarnjih granica
fq-return-steps = Poredajte korake vraćanja na temelju sporazuma o ponovnom prihvatu pravilnim redom.
fq-return-steps_protection-check = provjeriti želi li osoba zatražiti međunarodnu zaštitu ili ima druge potrebe za zaštitom
fq-return-steps_return-decision = donijeti rješenje o povratku
fq-return-steps_request = uputiti zahtjev za ponovni prihvat s dokazima o državljanstvu ili tranzitu
fq-return-steps_reply = primiti odgovor zamoljene države
fq-return-steps_handover = predati osobu na dogovorenom graničnom prijelazu
fq-ra-2008 = Sporazumi EU-a o ponovnom prihvatu s Bosnom i Hercegovinom, Crnom Gorom, Sjevernom Makedonijom i Srbijom stupili su na snagu 2008., zajedno sa sporazumima o pojednostavnjenju izdavanja viza.
fq-marri-centre = U kojem se gradu nalazi Regionalni centar MARRI-ja?
fq-frontex = Što omogućuje sporazum o statusu između Frontexa i države Zapadnog Balkana?
fq-frontex_joint-operations = raspoređivanje timova Frontexa u zajedničkim operacijama na području te države, uz njezin pristanak
fq-frontex_membership = članstvo te države u Upravnom odboru Frontexa s pravom glasa
fq-frontex_asylum-decisions = odlučivanje službenika Frontexa o zahtjevima za međunarodnu zaštitu
