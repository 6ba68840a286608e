## Ulazni test
pre-test = Ulazni test
    .instructions = Odgovarajte bez pripreme: ulazni test pokazuje što već znate. Rezultat se ne računa za završetak tečaja, a završni ispit pokazat će koliko ste naučili.
pt-gender-meaning = U upravljanju migracijama pojam „rod” označava…
pt-gender-meaning_social-roles = društveno oblikovane uloge, ponašanja i odnose moći koji se pripisuju ženama, muškarcima, djevojčicama i dječacima
pt-gender-meaning_biology = biološka obilježja žena i muškaraca
pt-gender-meaning_women-only = pitanja koja se tiču samo žena
pt-gr26-year = Koje je godine Odbor CEDAW usvojio Opću preporuku br. 26 o ženama radnicama migranticama?
pt-gr32 = Opća preporuka CEDAW br. 32 odnosi se na…
pt-gr32_refugee-asylum = rodne aspekte statusa izbjeglice, azila, državljanstva i apatridije žena
pt-gr32_domestic-work = minimalnu plaću kućnih pomoćnica
pt-gr32_trade = sudjelovanje žena u međunarodnoj trgovini
pt-sufficient-data = Prikupljanje podataka razvrstanih po spolu i dobi samo je po sebi dovoljno za rodno odgovornu migracijsku politiku.
pt-survivor-principles = Koja su vodeća načela pristupa usmjerenog na žrtvu rodno uvjetovanog nasilja? Označite sve točne odgovore.
pt-survivor-principles_safety = Sigurnost
pt-survivor-principles_confidentiality = Povjerljivost
pt-survivor-principles_respect = Poštovanje želja i odluka žrtve
pt-survivor-principles_mandatory-reporting = Prijavljivanje policiji svakog otkrivanja nasilja, s pristankom ili bez njega
pt-survivor-principles_confrontation = Suočavanje žrtve s navodnim počiniteljem
pt-referral-order = Žena vam kaže da je pretrpjela seksualno nasilje. Poredajte svoje postupke pravilnim redoslijedom.
pt-referral-order_safety = Osigurajte njezinu neposrednu sigurnost i privatnost
pt-referral-order_listen-inform = Saslušajte je bez osuđivanja i obavijestite je o dostupnim uslugama
pt-referral-order_consent = Zatražite njezin informirani pristanak za upućivanje
pt-referral-order_refer = Uputite je dogovorenom pružatelju usluga
pt-elements = Povežite svaki primjer s elementom definicije trgovanja ljudima koji on prikazuje.
pt-elements_transport = Prijevoz osobe i njezin smještaj u stanu
pt-elements_deception = Laganje o vrsti posla i plaći
pt-elements_forced-labour = Prisilni rad ili seksualno iskorištavanje
pt-elements_act = Radnja
pt-elements_means = Sredstvo
pt-elements_purpose = Svrha
pt-child-means = Kada je žrtva trgovanja ljudima dijete, mora se dokazati i uporaba sredstava kao što su prijetnja ili obmana.
pt-trafficking-monitor = Napišite kraticu skupine stručnjaka Vijeća Europe koja prati provedbu Konvencije o suzbijanju trgovanja ljudima.
pt-non-punishment = Načelo nekažnjavanja znači da žrtve trgovanja ljudima…
pt-non-punishment_compelled-acts = ne bi trebale biti kažnjene za protupravne radnje na koje su bile prisiljene kao izravnu posljedicu trgovanja ljudima
pt-non-punishment_immunity = uživaju imunitet od progona za svako kazneno djelo
pt-non-punishment_no-return = nikada ne mogu biti vraćene u zemlju podrijetla
pt-same-sex = Kada je to moguće, s tražiteljem međunarodne zaštite koji to zatraži osobni razgovor treba voditi službenik istog spola, uz prevoditelja istog spola.
pt-gender-claims = Koje situacije mogu biti temelj zahtjeva za priznavanje statusa izbjeglice utemeljenog na rodu? Označite sve točne odgovore.
pt-gender-claims_forced-marriage = Strah od prisilnog braka
pt-gender-claims_fgm = Strah od sakaćenja ženskih spolnih organa
pt-gender-claims_domestic-violence = Nasilje u obitelji od kojeg država ne može ili ne želi pružiti zaštitu
pt-gender-claims_economic-hardship = Opće gospodarske teškoće u zemlji podrijetla
pt-gender-claims_random-crime = Nasumičan ulični kriminal koji jednako pogađa sve

## Kviz za modul 1
quiz-frameworks = Kviz: rod u upravljanju migracijama
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o ovom modulu. Za prolaz je potrebno { $pass } %; imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        } i po { $minutes ->
            [one] { $minutes } minuta
            [few] { $minutes } minute
           *[other] { $minutes } minuta
        } za svaki.
qf-intersectionality = Način na koji se rod povezuje s dobi, invaliditetom, etničkom pripadnošću, spolnom orijentacijom i pravnim statusom te stvara posebne rizike naziva se…
    .feedback = Intersekcionalnost pomaže službenicima uvidjeti da se, primjerice, dječak bez pratnje i trudnica koja putuje sama suočavaju s različitim rizicima.
qf-intersectionality_intersectionality = intersekcionalnost
qf-intersectionality_assimilation = asimilacija
qf-intersectionality_integration = integracija
qf-gcm = Rodna odgovornost jedno je od vodećih načela Globalnog sporazuma o sigurnim, urednim i zakonitim migracijama (2018).
    .if-true = Točno: Globalni sporazum navodi rodnu odgovornost među općim vodećim načelima.
    .if-false = Tvrdnja je točna: rodna odgovornost jedno je od vodećih načela Globalnog sporazuma.
qf-disaggregated = Koji je pokazatelj razvrstan po spolu?
qf-disaggregated_by-sex-age = Broj zahtjeva za međunarodnu zaštitu prema spolu i dobi podnositelja
    .feedback = Točno: podatak se može raščlaniti po spolu i dobi.
qf-disaggregated_total = Ukupan broj zahtjeva za međunarodnu zaštitu u godini
    .feedback = Ukupan broj ne govori ništa o ženama, muškarcima, djevojčicama i dječacima.
qf-disaggregated_centres = Broj prihvatilišta u zemlji
qf-recommendations = Povežite svaku opću preporuku CEDAW s njezinom temom.
qf-recommendations_gr26 = Opća preporuka br. 26 (2008.)
qf-recommendations_gr32 = Opća preporuka br. 32 (2014.)
qf-recommendations_gr38 = Opća preporuka br. 38 (2020.)
qf-recommendations_workers = Žene radnice migrantice
qf-recommendations_asylum = Status izbjeglice, azil, državljanstvo i apatridija žena
qf-recommendations_trafficking = Trgovanje ženama i djevojčicama u kontekstu globalnih migracija
qf-recommendations_trade = Žene u međunarodnoj trgovini
qf-istanbul = Prema poglavlju VII. Istanbulske konvencije države moraju… Označite sve točne odgovore.
    .feedback = Članci 59. – 61. uređuju boravišni status, zahtjeve za azil utemeljene na rodu i zabranu prisilnog udaljenja ili vraćanja.
qf-istanbul_persecution = priznati rodno uvjetovano nasilje nad ženama kao oblik progona
qf-istanbul_procedures = razviti rodno osjetljive postupke prihvata i postupke azila
qf-istanbul_non-refoulement = poštovati načelo zabrane prisilnog udaljenja ili vraćanja (non-refoulement) za žrtve nasilja nad ženama
qf-istanbul_detention = zadržavati žene tražiteljice međunarodne zaštite radi njihove sigurnosti
qf-istanbul_dependent-permit = boravišnu dozvolu žrtve uvijek vezati uz njezina bračnog druga

## Kviz za modul 2
quiz-gbv = Kviz: rodno uvjetovano nasilje i trgovanje ljudima
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o ovom modulu. Za prolaz je potrebno { $pass } %; imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        } i po { $minutes ->
            [one] { $minutes } minuta
            [few] { $minutes } minute
           *[other] { $minutes } minuta
        } za svaki.
qg-men-boys = I muškarci i dječaci u pokretu mogu biti žrtve seksualnog nasilja.
    .if-true = Točno: muškarci i dječaci često su žrtve, u zadržavanju ili od strane krijumčara, i rijetko o tome govore.
    .if-false = Tvrdnja je točna: i muškarci i dječaci žrtve su seksualnog nasilja i rijetko o tome govore.
qg-first-step = U tranzitnom centru žena kaže graničnom policajcu da ju je krijumčar silovao. Što policajac treba najprije učiniti?
qg-first-step_safety-referral = Osigurati njezinu sigurnost i, uz njezin pristanak, uputiti je zdravstvenoj službi i službama podrške žrtvama rodno uvjetovanog nasilja
    .feedback = Točno: najprije sigurnost, zatim upućivanje uz informirani pristanak.
qg-first-step_statement = Odmah uzeti detaljnu izjavu o napadu
    .feedback = Ne tražite pojedinosti koje žrtva sama ne iznosi; osigurajte sigurnost i uputite je.
qg-first-step_mediate = Zamoliti njezina supruga da je podrži i da se stvar zaključi
    .feedback = Time se krše povjerljivost i pravo žrtve da sama odlučuje.
qg-nrm-order = Poredajte faze nacionalnog mehanizma upućivanja žrtava trgovanja ljudima pravilnim redoslijedom.
qg-nrm-order_detect = Otkrivanje pretpostavljene žrtve
qg-nrm-order_refer = Upućivanje na pomoć i razdoblje oporavka i razmišljanja
qg-nrm-order_identify = Formalna identifikacija žrtve
qg-nrm-order_assist = Dugoročna pomoć i zaštita
qg-nrm-order_durable = Socijalno uključivanje ili siguran, dobrovoljan povratak
qg-directive-forms = Koje je oblike iskorištavanja Direktiva (EU) 2024/1712 dodala u pravo EU-a o suzbijanju trgovanja ljudima? Označite sve točne odgovore.
qg-directive-forms_forced-marriage = Prisilni brak
qg-directive-forms_illegal-adoption = Nezakonito posvojenje
qg-directive-forms_surrogacy = Iskorištavanje zamjenskog majčinstva
qg-directive-forms_smuggling = Krijumčarenje migranata
    .feedback = Krijumčarenje migranata drugo je kazneno djelo, usmjereno protiv državne granice.
qg-directive-forms_irregular-work = Svaki neprijavljeni rad
qg-gr38-year = Koje je godine Odbor CEDAW usvojio Opću preporuku br. 38 o trgovanju ženama i djevojčicama u kontekstu globalnih migracija?

## Kviz za modul 3
quiz-asylum = Kviz: rodno osjetljiv postupak međunarodne zaštite
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o ovom modulu. Za prolaz je potrebno { $pass } %; imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        } i po { $minutes ->
            [one] { $minutes } minuta
            [few] { $minutes } minute
           *[other] { $minutes } minuta
        } za svaki.
qa-guidelines = UNHCR-ove Smjernice o međunarodnoj zaštiti br. 1 (2002.) odnose se na…
qa-guidelines_gender = progon utemeljen na rodu
qa-guidelines_exclusion = klauzule o isključenju
qa-guidelines_cessation = prestanak statusa izbjeglice
qa-separate = Bračnim drugovima treba ponuditi mogućnost odvojenog osobnog razgovora, bez prisutnosti članova obitelji.
    .if-true = Točno: odvojeni razgovor omogućuje svakome da slobodno govori o vlastitim razlozima bijega.
    .if-false = Tvrdnja je točna: svakoj punoljetnoj osobi treba ponuditi odvojeni osobni razgovor.
qa-practices = Koje prakse pridonose rodno osjetljivom osobnom razgovoru? Označite sve točne odgovore.
qa-practices_breaks = Nuđenje stanke kada je podnositelj zahtjeva uznemiren
qa-practices_childcare = Organiziranje čuvanja djece kako djeca ne bi bila prisutna
qa-practices_open-questions = Otvorena pitanja, bez inzistiranja na slikovitim pojedinostima
qa-practices_husband-interprets = Dopustiti suprugu da prevodi svojoj supruzi
    .feedback = Član obitelji nikada ne smije prevoditi: podnositeljica tada možda ne može slobodno govoriti.
qa-practices_shared-office = Vođenje razgovora u zajedničkom uredu radi uštede vremena
qa-non-state = Progon od strane nedržavnog subjekta, primjerice člana obitelji, može biti temelj za status izbjeglice kada država ne može ili ne želi pružiti zaštitu.
    .if-true = Točno: odlučujuće je da nema djelotvorne zaštite države.
    .if-false = Tvrdnja je točna: progon nedržavnih subjekata uzima se u obzir kada država ne pruža djelotvornu zaštitu.
qa-grounds = Povežite situaciju svakog podnositelja zahtjeva s konvencijskim razlogom koji će se najvjerojatnije primijeniti.
qa-grounds_lesbian = Lezbijka koja se boji nasilja svoje obitelji i zajednice
qa-grounds_activist = Aktivistica za prava žena uhićena zbog organiziranja prosvjeda protiv diskriminirajućih zakona
qa-grounds_dress-code = Žena kažnjena jer odbija poštovati vjerska pravila odijevanja
qa-grounds_social-group = Pripadnost određenoj društvenoj skupini
qa-grounds_political-opinion = Političko mišljenje
qa-grounds_religion = Vjera
qa-grounds_nationality = Nacionalnost

## Završni ispit
final = Završni ispit
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o cijelom tečaju. Za prolaz je potrebno { $pass } %; imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        } i po { $minutes ->
            [one] { $minutes } minuta
            [few] { $minutes } minute
           *[other] { $minutes } minuta
        } za svaki.
fa-responsive = Što je primjer rodno odgovornog upravljanja migracijama?
fa-responsive_impact-analysis = Analiza toga kako će planirana mjera različito utjecati na žene, muškarce, djevojčice i dječake te njezina prilagodba
fa-responsive_separate-policy = Donošenje posebne politike za žene, dok sve ostale politike ostaju nepromijenjene
fa-responsive_identical = Jednako postupanje prema svima, bez obzira na njihove različite potrebe
fa-data-sharing = Podaci o žrtvama rodno uvjetovanog nasilja trebaju se razmjenjivati između institucija samo u anonimiziranom i zbirnom obliku, osim ako je žrtva dala informirani pristanak.
fa-gr32-year = Koje je godine Odbor CEDAW usvojio Opću preporuku br. 32 o rodnim aspektima statusa izbjeglice, azila, državljanstva i apatridije žena?
fa-istanbul-monitor = Napišite kraticu stručnog tijela koje prati provedbu Istanbulske konvencije.
fa-gr26-bans = Prema Općoj preporuci CEDAW br. 26 zabrane iseljavanja koje se odnose samo na žene jesu…
fa-gr26-bans_discriminatory = diskriminirajuće i treba ih ukinuti
fa-gr26-bans_protective = prihvatljiva mjera zaštite žena
fa-gr26-bans_required = obvezne za žene mlađe od 25 godina
fa-gbv-risks = Koji čimbenici povećavaju rizik od rodno uvjetovanog nasilja za ljude u pokretu na zapadnobalkanskoj ruti? Označite sve točne odgovore.
fa-gbv-risks_smugglers = Ovisnost o krijumčarima
fa-gbv-risks_unsafe-facilities = Neosvijetljeni, zajednički sanitarni čvorovi bez brava u prihvatnim centrima
fa-gbv-risks_irregular-status = Nezakonit boravak i strah od obraćanja vlastima
fa-gbv-risks_registration = Pravodobna registracija i izdavanje isprava
fa-gbv-risks_female-staff = Dostupnost službenica i prevoditeljica
fa-services = Uz pristanak žrtve povežite svaku potrebu sa službom kojoj je upućujete.
fa-services_after-rape = Hitna medicinska pomoć ubrzo nakon silovanja
fa-services_accommodation = Siguran smještaj daleko od počinitelja
fa-services_rights = Savjet o njezinim pravima i o podnošenju kaznene prijave
fa-services_health = Zdravstvena služba
fa-services_safe-house = Sigurna kuća ili sklonište
fa-services_legal-aid = Pružatelj besplatne pravne pomoći
fa-services_detention = Zadržavanje u prihvatnom centru za strance
fa-indicators = Koji su od navedenih pokazatelji mogućeg trgovanja ljudima? Označite sve točne odgovore.
fa-indicators_documents-held = Netko drugi drži osobne isprave te osobe
fa-indicators_growing-debt = Dug prema posredniku koji stalno raste
fa-indicators_rehearsed-story = Naučena priča ili netko drugi odgovara umjesto te osobe
fa-indicators_own-phone = Osoba ima vlastiti telefon i slobodno se kreće
fa-indicators_regular-salary = Osoba ima valjanu radnu dozvolu i redovito prima plaću
fa-reflection-days = Koliko dana najmanje traje razdoblje oporavka i razmišljanja prema Konvenciji Vijeća Europe o suzbijanju trgovanja ljudima?
    .unit = dana
fa-false-passport = Žena identificirana kao žrtva trgovanja ljudima ušla je u zemlju s lažnom putovnicom koju su joj dali trgovci ljudima. U pravilu ne bi trebala biti kažnjena zbog uporabe te putovnice.
fa-interview-order = Poredajte korake rodno osjetljivog osobnog razgovora u postupku međunarodne zaštite pravilnim redoslijedom.
fa-interview-order_preferences = Provjerite želi li podnositeljica službenika i prevoditelja određenog spola
fa-interview-order_explain = Objasnite svrhu razgovora, povjerljivost i ulogu svih prisutnih
fa-interview-order_open-questions = Postavljajte otvorena pitanja i pustite podnositeljicu da iznese svoj iskaz
fa-interview-order_clarify = Obzirno razjasnite nedosljednosti i dajte joj priliku da ih objasni
fa-interview-order_read-back = Pročitajte zapisnik i potvrdite da je točan
fa-late-disclosure = Ako podnositeljica zahtjeva otkrije seksualno nasilje tek u kasnijoj fazi postupka, to je samo po sebi dovoljan razlog da se njezin zahtjev ocijeni nevjerodostojnim.
fa-forced-marriage-ground = Žena se boji nasilja u ime „časti” jer je odbila prisilni brak, a vlasti njezine zemlje ne štite takve žene. Koji je konvencijski razlog najčešće relevantan?
fa-forced-marriage-ground_social-group = Pripadnost određenoj društvenoj skupini
fa-forced-marriage-ground_nationality = Nacionalnost
fa-forced-marriage-ground_none = Nijedan: nasilje u obitelji nikada ne može biti progon
