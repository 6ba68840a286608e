## Ulazni test
pre-test = Ulazni test
    .instructions = Odgovarajte bez pripreme: ulazni test pokazuje šta već znate. Rezultat se ne računa za završetak kursa, a završni test će pokazati koliko ste naučili.
pt-gender-meaning = U upravljanju migracijama pojam „rod” označava…
pt-gender-meaning_social-roles = društveno izgrađene uloge, ponašanja i odnose moći koji se pripisuju ženama, muškarcima, djevojčicama i dječacima
pt-gender-meaning_biology = biološke osobine žena i muškaraca
pt-gender-meaning_women-only = pitanja koja se tiču samo žena
pt-gr26-year = Koje godine je Komitet CEDAW usvojio Opštu preporuku br. 26 o ženama radnicama migrantkinjama?
pt-gr32 = Opšta preporuka CEDAW br. 32 odnosi se na…
pt-gr32_refugee-asylum = rodne aspekte statusa izbjeglice, azila, državljanstva i apatridije žena
pt-gr32_domestic-work = minimalnu zaradu kućnih pomoćnica
pt-gr32_trade = učešće žena u međunarodnoj trgovini
pt-sufficient-data = Prikupljanje podataka razvrstanih po polu i uzrastu samo po sebi je dovoljno za rodno odgovornu migracionu politiku.
pt-survivor-principles = Koja su vodeća načela pristupa usmjerenog na žrtvu rodno zasnovanog nasilja? Označite sve tačne odgovore.
pt-survivor-principles_safety = Bezbjednost
pt-survivor-principles_confidentiality = Povjerljivost
pt-survivor-principles_respect = Poštovanje želja i odluka žrtve
pt-survivor-principles_mandatory-reporting = Prijavljivanje policiji svakog otkrivanja nasilja, sa pristankom ili bez njega
pt-survivor-principles_confrontation = Suočavanje žrtve sa navodnim učiniocem
pt-referral-order = Žena vam kaže da je pretrpjela seksualno nasilje. Poređajte svoje postupke pravilnim redosljedom.
pt-referral-order_safety = Obezbijedite njenu neposrednu bezbjednost i privatnost
pt-referral-order_listen-inform = Saslušajte je bez osuđivanja i obavijestite je o dostupnim uslugama
pt-referral-order_consent = Zatražite njen informisani pristanak za upućivanje
pt-referral-order_refer = Uputite je dogovorenom pružaocu usluga
pt-elements = Povežite svaki primjer sa elementom definicije trgovine ljudima koji on ilustruje.
pt-elements_transport = Prevoz osobe i njen smještaj u stanu
pt-elements_deception = Laganje o vrsti posla i zaradi
pt-elements_forced-labour = Prinudni rad ili seksualna eksploatacija
pt-elements_act = Radnja
pt-elements_means = Sredstvo
pt-elements_purpose = Svrha
pt-child-means = Kada je žrtva trgovine ljudima dijete, mora se dokazati i upotreba sredstava kao što su prijetnja ili obmana.
pt-trafficking-monitor = Napišite skraćenicu grupe eksperata Savjeta Evrope koja prati primjenu Konvencije o borbi protiv trgovine ljudima.
pt-non-punishment = Načelo nekažnjavanja znači da žrtve trgovine ljudima…
pt-non-punishment_compelled-acts = ne treba kažnjavati za protivpravne radnje na koje su bile primorane kao neposrednu posljedicu trgovine ljudima
pt-non-punishment_immunity = uživaju imunitet od gonjenja za svako krivično djelo
pt-non-punishment_no-return = nikada ne mogu biti vraćene u državu porijekla
pt-same-sex = Kada je to moguće, tražioca međunarodne zaštite koji to zatraži treba da sasluša službenik istog pola, uz prevodioca istog pola.
pt-gender-claims = Koje situacije mogu biti osnov zahtjeva za priznavanje statusa izbjeglice zasnovanog na rodu? Označite sve tačne odgovore.
pt-gender-claims_forced-marriage = Strah od prinudnog braka
pt-gender-claims_fgm = Strah od sakaćenja ženskih genitalija
pt-gender-claims_domestic-violence = Nasilje u porodici od kojeg država ne može ili ne želi da pruži zaštitu
pt-gender-claims_economic-hardship = Opšta ekonomska oskudica u državi porijekla
pt-gender-claims_random-crime = Nasumičan ulični kriminal koji jednako pogađa sve

## Kviz za modul 1
quiz-frameworks = Kviz: rod u upravljanju migracijama
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o ovom modulu. Za prolaz je potrebno { $pass }%; imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        } i po { $minutes ->
            [one] { $minutes } minut
            [few] { $minutes } minuta
           *[other] { $minutes } minuta
        } za svaki.
qf-intersectionality = Način na koji se rod spaja sa uzrastom, invaliditetom, etničkom pripadnošću, seksualnom orijentacijom i pravnim statusom i stvara posebne rizike naziva se…
    .feedback = Interseksionalnost pomaže službenicima da vide da se, na primjer, dječak bez pratnje i trudnica koja putuje sama suočavaju sa različitim rizicima.
qf-intersectionality_intersectionality = interseksionalnost
qf-intersectionality_assimilation = asimilacija
qf-intersectionality_integration = integracija
qf-gcm = Rodna odgovornost je jedno od vodećih načela Globalnog sporazuma o bezbjednim, urednim i regularnim migracijama (2018).
    .if-true = Tačno: Globalni sporazum navodi rodnu odgovornost među opštim vodećim načelima.
    .if-false = Tvrdnja je tačna: rodna odgovornost je jedno od vodećih načela Globalnog sporazuma.
qf-disaggregated = Koji pokazatelj je razvrstan po polu?
qf-disaggregated_by-sex-age = Broj zahtjeva za međunarodnu zaštitu prema polu i uzrastu podnosioca
    .feedback = Tačno: podatak se može razložiti po polu i uzrastu.
qf-disaggregated_total = Ukupan broj zahtjeva za međunarodnu zaštitu u godini
    .feedback = Ukupan broj ne govori ništa o ženama, muškarcima, djevojčicama i dječacima.
qf-disaggregated_centres = Broj prihvatnih centara u državi
qf-recommendations = Povežite svaku opštu preporuku CEDAW sa njenom temom.
qf-recommendations_gr26 = Opšta preporuka br. 26 (2008)
qf-recommendations_gr32 = Opšta preporuka br. 32 (2014)
qf-recommendations_gr38 = Opšta preporuka br. 38 (2020)
qf-recommendations_workers = Žene radnice migrantkinje
qf-recommendations_asylum = Status izbjeglice, azil, državljanstvo i apatridija žena
qf-recommendations_trafficking = Trgovina ženama i djevojčicama u kontekstu globalnih migracija
qf-recommendations_trade = Žene u međunarodnoj trgovini
qf-istanbul = Prema poglavlju VII Istanbulske konvencije, države moraju da… Označite sve tačne odgovore.
    .feedback = Članovi 59–61 uređuju boravišni status, zahtjeve za azil zasnovane na rodu i zabranu vraćanja.
qf-istanbul_persecution = priznaju rodno zasnovano nasilje nad ženama kao oblik proganjanja
qf-istanbul_procedures = razviju rodno osjetljive postupke prihvata i postupke azila
qf-istanbul_non-refoulement = poštuju načelo zabrane vraćanja (non-refoulement) za žrtve nasilja nad ženama
qf-istanbul_detention = zadržavaju žene tražioce međunarodne zaštite radi njihove bezbjednosti
qf-istanbul_dependent-permit = odobrenje boravka žrtve uvijek vežu za njenog supružnika

## Kviz za modul 2
quiz-gbv = Kviz: rodno zasnovano nasilje i trgovina ljudima
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o ovom modulu. Za prolaz je potrebno { $pass }%; imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        } i po { $minutes ->
            [one] { $minutes } minut
            [few] { $minutes } minuta
           *[other] { $minutes } minuta
        } za svaki.
qg-men-boys = I muškarci i dječaci u pokretu mogu biti žrtve seksualnog nasilja.
    .if-true = Tačno: muškarci i dječaci su često žrtve, u pritvoru ili od strane krijumčara, i rijetko o tome govore.
    .if-false = Tvrdnja je tačna: i muškarci i dječaci su žrtve seksualnog nasilja i rijetko o tome govore.
qg-first-step = U tranzitnom centru žena kaže graničnom policajcu da ju je krijumčar silovao. Šta policajac treba prvo da uradi?
qg-first-step_safety-referral = Da obezbijedi njenu bezbjednost i, uz njen pristanak, uputi je zdravstvenoj službi i službama podrške žrtvama rodno zasnovanog nasilja
    .feedback = Tačno: prvo bezbjednost, zatim upućivanje uz informisani pristanak.
qg-first-step_statement = Da odmah uzme detaljnu izjavu o napadu
    .feedback = Ne tražite detalje koje žrtva sama ne iznosi; obezbijedite bezbjednost i uputite je.
qg-first-step_mediate = Da zamoli njenog muža da je podrži i da stvar zaključi
    .feedback = Time se krše povjerljivost i pravo žrtve da sama odlučuje.
qg-nrm-order = Poređajte faze nacionalnog mehanizma upućivanja žrtava trgovine ljudima pravilnim redosljedom.
qg-nrm-order_detect = Otkrivanje pretpostavljene žrtve
qg-nrm-order_refer = Upućivanje na pomoć i period za oporavak i razmišljanje
qg-nrm-order_identify = Formalna identifikacija žrtve
qg-nrm-order_assist = Dugoročna pomoć i zaštita
qg-nrm-order_durable = Socijalno uključivanje ili bezbjedan, dobrovoljan povratak
qg-directive-forms = Koje oblike eksploatacije je Direktiva (EU) 2024/1712 dodala u pravo EU o suzbijanju trgovine ljudima? Označite sve tačne odgovore.
qg-directive-forms_forced-marriage = Prinudni brak
qg-directive-forms_illegal-adoption = Nezakonito usvojenje
qg-directive-forms_surrogacy = Eksploatacija surogat materinstva
qg-directive-forms_smuggling = Krijumčarenje migranata
    .feedback = Krijumčarenje migranata je drugo krivično djelo, usmjereno protiv državne granice.
qg-directive-forms_irregular-work = Svaki neprijavljeni rad
qg-gr38-year = Koje godine je Komitet CEDAW usvojio Opštu preporuku br. 38 o trgovini ženama i djevojčicama u kontekstu globalnih migracija?

## Kviz za modul 3
quiz-asylum = Kviz: rodno osjetljiv postupak međunarodne zaštite
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o ovom modulu. Za prolaz je potrebno { $pass }%; imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        } i po { $minutes ->
            [one] { $minutes } minut
            [few] { $minutes } minuta
           *[other] { $minutes } minuta
        } za svaki.
qa-guidelines = Smjernice UNHCR-a o međunarodnoj zaštiti br. 1 (2002) odnose se na…
qa-guidelines_gender = proganjanje zasnovano na rodu
qa-guidelines_exclusion = klauzule o isključenju
qa-guidelines_cessation = prestanak statusa izbjeglice
qa-separate = Supružnicima treba ponuditi mogućnost da budu saslušani odvojeno, bez prisustva članova porodice.
    .if-true = Tačno: odvojeno saslušanje omogućava svakome da slobodno govori o sopstvenim razlozima bjekstva.
    .if-false = Tvrdnja je tačna: svakoj punoljetnoj osobi treba ponuditi odvojeno saslušanje.
qa-practices = Koje prakse doprinose rodno osjetljivom saslušanju? Označite sve tačne odgovore.
qa-practices_breaks = Nuđenje pauze kada je podnosilac zahtjeva uznemiren
qa-practices_childcare = Organizovanje čuvanja djece, da djeca ne bi bila prisutna
qa-practices_open-questions = Otvorena pitanja, bez insistiranja na slikovitim detaljima
qa-practices_husband-interprets = Dozvoliti mužu da prevodi svojoj ženi
    .feedback = Član porodice nikada ne smije da prevodi: podnositeljka tada možda ne može slobodno da govori.
qa-practices_shared-office = Saslušanje u zajedničkoj kancelariji, da bi se uštedjelo vrijeme
qa-non-state = Proganjanje od strane nedržavnog aktera, na primjer člana porodice, može biti osnov za status izbjeglice kada država ne može ili ne želi da pruži zaštitu.
    .if-true = Tačno: odlučujuće je da nema djelotvorne zaštite države.
    .if-false = Tvrdnja je tačna: proganjanje od strane nedržavnih aktera uzima se u obzir kada država ne pruža djelotvornu zaštitu.
qa-grounds = Povežite situaciju svakog podnosioca zahtjeva sa osnovom iz Konvencije koji će se najvjerovatnije primijeniti.
qa-grounds_lesbian = Lezbejka koja strahuje od nasilja svoje porodice i zajednice
qa-grounds_activist = Aktivistkinja za prava žena uhapšena zbog organizovanja protesta protiv diskriminatornih zakona
qa-grounds_dress-code = Žena kažnjena zato što odbija da poštuje vjerska pravila oblačenja
qa-grounds_social-group = Pripadnost određenoj društvenoj grupi
qa-grounds_political-opinion = Političko mišljenje
qa-grounds_religion = Vjera
qa-grounds_nationality = Nacionalnost

## Završni test
final = Završni test
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o cijelom kursu. Za prolaz je potrebno { $pass }%; imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        } i po { $minutes ->
            [one] { $minutes } minut
            [few] { $minutes } minuta
           *[other] { $minutes } minuta
        } za svaki.
fa-responsive = Šta je primjer rodno odgovornog upravljanja migracijama?
fa-responsive_impact-analysis = Analiza toga kako će planirana mjera različito uticati na žene, muškarce, djevojčice i dječake, i njeno prilagođavanje
fa-responsive_separate-policy = Usvajanje posebne politike za žene, dok sve ostale politike ostaju nepromijenjene
fa-responsive_identical = Jednako postupanje prema svima, bez obzira na njihove različite potrebe
fa-data-sharing = Podaci o žrtvama rodno zasnovanog nasilja treba da se razmjenjuju između institucija samo u anonimizovanom i zbirnom obliku, osim ako je žrtva dala informisani pristanak.
fa-gr32-year = Koje godine je Komitet CEDAW usvojio Opštu preporuku br. 32 o rodnim aspektima statusa izbjeglice, azila, državljanstva i apatridije žena?
fa-istanbul-monitor = Napišite skraćenicu stručnog tijela koje prati primjenu Istanbulske konvencije.
fa-gr26-bans = Prema Opštoj preporuci CEDAW br. 26, zabrane iseljavanja koje se odnose samo na žene jesu…
fa-gr26-bans_discriminatory = diskriminatorne i treba ih ukinuti
fa-gr26-bans_protective = prihvatljiva mjera zaštite žena
fa-gr26-bans_required = obavezne za žene mlađe od 25 godina
fa-gbv-risks = Koji činioci povećavaju rizik od rodno zasnovanog nasilja za ljude u pokretu na zapadnobalkanskoj ruti? Označite sve tačne odgovore.
fa-gbv-risks_smugglers = Zavisnost od krijumčara
fa-gbv-risks_unsafe-facilities = Neosvijetljeni, zajednički sanitarni čvorovi bez brava u prihvatnim centrima
fa-gbv-risks_irregular-status = Neregularan status i strah od obraćanja vlastima
fa-gbv-risks_registration = Blagovremena registracija i izdavanje isprava
fa-gbv-risks_female-staff = Dostupnost službenica i prevoditeljki
fa-services = Uz pristanak žrtve, povežite svaku potrebu sa službom kojoj je upućujete.
fa-services_after-rape = Hitna medicinska pomoć ubrzo nakon silovanja
fa-services_accommodation = Bezbjedan smještaj daleko od učinioca
fa-services_rights = Savjet o njenim pravima i o podnošenju krivične prijave
fa-services_health = Zdravstvena služba
fa-services_safe-house = Sigurna kuća ili sklonište
fa-services_legal-aid = Pružalac besplatne pravne pomoći
fa-services_detention = Prihvatilište za strance (zadržavanje)
fa-indicators = Koji od navedenih su indikatori moguće trgovine ljudima? Označite sve tačne odgovore.
fa-indicators_documents-held = Neko drugi drži lične isprave te osobe
fa-indicators_growing-debt = Dug prema posredniku koji stalno raste
fa-indicators_rehearsed-story = Naučena priča ili neko drugi odgovara umjesto osobe
fa-indicators_own-phone = Osoba ima sopstveni telefon i slobodno se kreće
fa-indicators_regular-salary = Osoba ima važeću radnu dozvolu i redovno prima zaradu
fa-reflection-days = Koliko dana najmanje traje period za oporavak i razmišljanje prema Konvenciji Savjeta Evrope o borbi protiv trgovine ljudima?
    .unit = dana
fa-false-passport = Žena identifikovana kao žrtva trgovine ljudima ušla je u državu sa lažnim pasošem koji su joj dali trgovci ljudima. Po pravilu, ona ne treba da bude kažnjena za upotrebu tog pasoša.
fa-interview-order = Poređajte korake rodno osjetljivog saslušanja u postupku međunarodne zaštite pravilnim redosljedom.
fa-interview-order_preferences = Provjerite da li podnositeljka želi službenika i prevodioca određenog pola
fa-interview-order_explain = Objasnite svrhu saslušanja, povjerljivost i ulogu svih prisutnih
fa-interview-order_open-questions = Postavljajte otvorena pitanja i pustite podnositeljku da iznese svoj iskaz
fa-interview-order_clarify = Obazrivo razjasnite nedosljednosti i dajte joj priliku da ih objasni
fa-interview-order_read-back = Pročitajte zapisnik i potvrdite da je tačan
fa-late-disclosure = Ako podnositeljka zahtjeva otkrije seksualno nasilje tek u kasnijoj fazi postupka, to je samo po sebi dovoljan razlog da se njen zahtjev ocijeni kao nevjerodostojan.
fa-forced-marriage-ground = Žena strahuje od nasilja u ime „časti” jer je odbila prinudni brak, a vlasti njene države ne štite takve žene. Koji osnov iz Konvencije je najčešće relevantan?
fa-forced-marriage-ground_social-group = Pripadnost određenoj društvenoj grupi
fa-forced-marriage-ground_nationality = Nacionalnost
fa-forced-marriage-ground_none = Nijedan: nasilje u porodici nikada ne može biti proganjanje
