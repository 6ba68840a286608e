## Ulazni test
pre-test = Ulazni test
    .instructions = Odgovarajte bez pripreme: ulazni test pokazuje što već znate. Rezultat se ne računa za certifikat.
pre-remit-target = Prema podcilju 10.c Ciljeva održivog razvoja, do 2030. prosječni trošak slanja doznaka migranata trebao bi biti manji od kojeg postotka poslanog iznosa?
    .unit = %
pre-remit-cost = Koji elementi čine ukupni trošak slanja doznake? Označite sve točne odgovore.
pre-remit-cost_fee = naknada koju naplaćuje pružatelj usluge
pre-remit-cost_fx-margin = tečajna marža
pre-remit-cost_income-tax = porez na dohodak primatelja
pre-remit-cost_customs = carina na prijenos novca
pre-remit-oda = Na svjetskoj razini doznake koje pristižu u zemlje niskog i srednjeg dohotka veće su od službene razvojne pomoći.
pre-diaspora-def = Koji opis najbolje odgovara pojmu „dijaspora”?
pre-diaspora-def_ties = iseljenici i njihovi potomci koji održavaju veze sa zemljom podrijetla
pre-diaspora-def_tourists = strani turisti koji redovito posjećuju zemlju
pre-diaspora-def_foreigners = stranci sa stalnim boravkom u zemlji
pre-diaspora-def_refugees-only = samo izbjeglice koje su napustile zemlju tijekom rata
pre-diaspora-mapping = Koja je glavna svrha mapiranja iseljeništva?
pre-diaspora-mapping_knowledge = doznati gdje iseljenici žive, čime se bave i što bi mogli ponuditi
pre-diaspora-mapping_control = nadzirati iseljenike iz sigurnosnih razloga
pre-diaspora-mapping_taxation = naplatiti porez od iseljenika
pre-circular = Koji opis najbolje odgovara cirkularnoj migraciji?
pre-circular_repeated = ponovljeno, zakonito kretanje između zemlje podrijetla i zemlje odredišta
pre-circular_permanent = jednokratno, trajno preseljenje u drugu zemlju
pre-circular_irregular = ponovljeni nezakoniti prelazak iste granice
pre-brain-terms = Povežite svaku situaciju s pojmom koji ona ilustrira.
pre-brain-terms_loss = Stručnjaci čije je školovanje plaćeno u zemlji odlaze na rad u inozemstvo
pre-brain-terms_return-skills = Inženjer koji se vraća donosi nova znanja i kontakte
pre-brain-terms_underuse = Školovana medicinska sestra radi u inozemstvu kao čistačica jer joj diploma nije priznata
pre-brain-terms_drain = odljev mozgova
pre-brain-terms_gain = priljev mozgova
pre-brain-terms_waste = rasipanje znanja
pre-wb-regulation = Koja zemlja ima posebnu „regulativu za Zapadni Balkan” za pristup svojemu tržištu rada?
pre-wb-regulation_germany = Njemačka
pre-wb-regulation_italy = Italija
pre-wb-regulation_sweden = Švedska
pre-wb-regulation_croatia = Hrvatska
pre-employer-pays = Prema načelu „poslodavac plaća” radnici ne bi trebali plaćati naknade za zapošljavanje.
pre-sdg-target = Koji podcilj Ciljeva održivog razvoja poziva na uredne, sigurne, zakonite i odgovorne migracije putem planiranih i dobro vođenih migracijskih politika? Upišite njegov broj (na primjer 4.1).
pre-mainstream-order = Poredajte korake uključivanja migracija u razvojno planiranje pravilnim redoslijedom.
pre-mainstream-order_evidence = Prikupiti dokaze (migracijski profil)
pre-mainstream-order_links = Utvrditi sektore na koje migracije utječu
pre-mainstream-order_measures = Utvrditi mjere i pokazatelje u planu
pre-mainstream-order_budget = Osigurati proračun i provesti mjere
pre-mainstream-order_monitor = Pratiti i vrednovati
pre-profile = Što je migracijski profil?
pre-profile_evidence = redovito izvješće koje objedinjuje podatke o migracijama i njihovim učincima kao podlogu za javne politike
pre-profile_passport = osobni dosje svakog migranta koji vodi granična policija
pre-profile_risk-list = popis zemalja podrijetla koje se smatraju visokorizičnima

## Kviz modula: doznake i iseljeništvo
quiz-remittances-diaspora = Kviz: doznake i iseljeništvo
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o ovom modulu. Za prolaz je potrebno { $pass } %, a na raspolaganju imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        }.
rd-channel = Koji je kanal obično najjeftiniji za slanje doznake?
    .feedback = Digitalni prijenos na račun obično stoji manje od gotovine koju primatelj podiže kod agenta.
rd-channel_digital = digitalni prijenos s računa na račun preko licenciranog pružatelja usluge
rd-channel_cash-agent = gotovina uplaćena i podignuta kod agenta
rd-channel_courier = gotovina koju prenosi vozač autobusa
    .feedback = Neformalni prijenos može izgledati jeftino, ali ne pruža ni potvrdu ni zaštitu.
rd-gcm = Cilj 20 Globalnog sporazuma o sigurnim, urednim i zakonitim migracijama odnosi se na brži, sigurniji i jeftiniji prijenos doznaka i financijsku uključenost migranata.
    .if-true = Točno.
    .if-false = Tvrdnja je točna: Cilj 20 bavi se doznakama i financijskom uključenošću.
rd-cost = Migrant šalje 200 eura. Naknada iznosi 5 eura, a tečajna marža stoji još 3 eura. Koliki je ukupni trošak kao postotak poslanog iznosa?
    .unit = %
    .feedback = (5 + 3) / 200 = 4 %: ispod gornje granice od 5 % za koridor, ali iznad prosječnog cilja od 3 %.
rd-barriers = Koje mjere smanjuju prepreke ulaganjima i povratku iseljenika? Označite sve točne odgovore.
rd-barriers_one-stop = jedinstveno informacijsko mjesto za ulagatelje
rd-barriers_recognition = priznavanje kvalifikacija stečenih u inozemstvu
rd-barriers_pensions = prenosivost mirovina i prava iz socijalnog osiguranja
rd-barriers_renounce = obveza povratnika da se odreknu stranog državljanstva
    .feedback = Takav bi uvjet obeshrabrio povratak umjesto da ga potakne.
rd-institution = U kojoj je zemlji Središnji državni ured za Hrvate izvan Republike Hrvatske nadležan za odnose s iseljeništvom?
rd-institution_croatia = Hrvatska
rd-institution_north-macedonia = Sjeverna Makedonija
rd-institution_albania = Albanija

## Kviz modula: radna mobilnost i vještine
quiz-mobility = Kviz: radna mobilnost i vještine
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o ovom modulu. Za prolaz je potrebno { $pass } %, a na raspolaganju imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        }.
mo-schemes = Povežite svaki put radnih migracija sa zemljom odredišta.
mo-schemes_wb-regulation = Regulativa za Zapadni Balkan
mo-schemes_rwr-card = Crveno-bijelo-crvena karta
mo-schemes_bilateral = Bilateralni sporazumi o zapošljavanju s Bosnom i Hercegovinom i sa Srbijom
mo-schemes_germany = Njemačka
mo-schemes_austria = Austrija
mo-schemes_slovenia = Slovenija
mo-schemes_sweden = Švedska
mo-quota = Koliko je najviše suglasnosti godišnje moguće od lipnja 2024. prema njemačkoj regulativi za Zapadni Balkan?
    .feedback = Godišnja je granica udvostručena s 25 000 na 50 000.
mo-circular = Cirkularna migracija znači jednokratno trajno preseljenje u zemlju odredišta.
    .if-true = Nije tako: cirkularna migracija ponovljeno je, zakonito kretanje između dviju zemalja.
    .if-false = Točno: cirkularna migracija ponovljeno je, zakonito kretanje između dviju zemalja.
mo-who-code = Što Globalni kodeks prakse Svjetske zdravstvene organizacije o međunarodnom zapošljavanju zdravstvenog osoblja traži od zemalja odredišta?
mo-who-code_ethical = da zapošljavaju etično i podupiru obrazovanje zdravstvenih radnika u zemljama podrijetla
mo-who-code_ban = da zabrane zapošljavanje svih zdravstvenih radnika iz trećih zemalja
mo-who-code_quota = da primaju zdravstvene radnike samo u okviru utvrđene svjetske kvote
mo-agreement = Što treba sadržavati dobar bilateralni sporazum o radnim migracijama? Označite sve točne odgovore.
mo-agreement_equal-pay = jednako postupanje kao s domaćim državljanima u pogledu plaće i uvjeta rada
mo-agreement_social-security = koordinaciju socijalnog osiguranja
mo-agreement_pre-departure = informiranje prije odlaska i ugovor na jeziku koji radnik razumije
mo-agreement_lifetime-tie = zabranu da radnik ikada promijeni poslodavca
    .feedback = Trajno vezivanje radnika uz jednog poslodavca povećava rizik od iskorištavanja.

## Kviz modula: migracije u razvojnim politikama
quiz-policy = Kviz: migracije u razvojnim politikama
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o ovom modulu. Za prolaz je potrebno { $pass } %, a na raspolaganju imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        }.
po-indicators = Povežite svaki pokazatelj podcilja 10.7 s onim što mjeri.
po-indicators_i1 = 10.7.1
po-indicators_i2 = 10.7.2
po-indicators_i3 = 10.7.3
po-indicators_i4 = 10.7.4
po-indicators_recruitment-cost = trošak zapošljavanja koji snosi zaposlenik kao udio mjesečnog dohotka
po-indicators_policies = zemlje s dobro vođenim migracijskim politikama
po-indicators_deaths = osobe koje su poginule ili nestale tijekom migracije
po-indicators_refugees = udio izbjeglica u stanovništvu
po-sources = Koji su uobičajeni izvori podataka za migracijski profil? Označite sve točne odgovore.
po-sources_border = statistika prelazaka državne granice
po-sources_permits = dozvole za boravak i rad izdane strancima
po-sources_asylum = zahtjevi za međunarodnu zaštitu i odluke o njima
po-sources_census = popisi stanovništva i ankete o radnoj snazi
po-sources_rumours = neprovjerene objave na društvenim mrežama
po-sectors = Uključivanje migracija u razvojne politike znači da se migracije uzimaju u obzir u sektorima kao što su zapošljavanje, obrazovanje i zdravstvo, a ne samo u graničnoj politici.
    .if-true = Točno: to je pristup cijele vlade.
    .if-false = Tvrdnja je točna: uključivanje migracija podrazumijeva pristup cijele vlade.
po-serbia-profile = Koja institucija koordinira izradu godišnjeg Migracijskog profila Republike Srbije?
po-serbia-profile_commissariat = Komesarijat za izbjeglice i migracije
po-serbia-profile_statistics = Republički zavod za statistiku
po-serbia-profile_central-bank = Narodna banka Srbije
po-disaggregation = Podcilj 17.18 zahtijeva podatke razvrstane prema više obilježja. Koje od navedenih obilježja spominje?
po-disaggregation_migratory-status = migracijski status
po-disaggregation_religion = vjeroispovijed
po-disaggregation_party = članstvo u političkoj stranci

## Završni ispit
final = Završni ispit
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o cijelom tečaju. Za prolaz je potrebno { $pass } %, a na raspolaganju imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        } od po { $minutes ->
            [one] { $minutes } minuta
            [few] { $minutes } minute
           *[other] { $minutes } minuta
        }.
fin-cost-calc = Radnik u Njemačkoj šalje 200 eura u Bosnu i Hercegovinu. Naknada iznosi 7 eura, a tečajna marža stoji još 5 eura. Koliki je ukupni trošak kao postotak poslanog iznosa?
    .unit = %
    .feedback = (7 + 5) / 200 = 6 %: iznad gornje granice od 5 % koju podcilj 10.c postavlja za svaki koridor.
fin-informal = Koji je glavni problem slanja novca u gotovini preko vozača autobusa?
fin-informal_protection = pošiljatelj nema potvrdu ni zaštitu potrošača, a novac ostaje izvan financijskog sustava
fin-informal_cheaper-always = uvijek je skuplje od bankovnog prijenosa
fin-informal_illegal-everywhere = to je kazneno djelo u svakoj zemlji regije
fin-institutions = Povežite svaku zemlju s institucijom nadležnom za odnose s njezinim iseljeništvom.
fin-institutions_croatia = Hrvatska
fin-institutions_serbia = Srbija
fin-institutions_north-macedonia = Sjeverna Makedonija
fin-institutions_bosnia = Bosna i Hercegovina
fin-institutions_hr-office = Središnji državni ured za Hrvate izvan Republike Hrvatske
fin-institutions_rs-administration = Uprava za suradnju s dijasporom i Srbima u regiji
fin-institutions_mk-agency = Agencija za iseljeništvo
fin-institutions_ba-ministry = Ministarstvo za ljudska prava i izbjeglice
fin-diaspora-step = Općina želi privući ulaganja iseljenika. Što bi trebala učiniti najprije?
fin-diaspora-step_mapping = mapirati svoje iseljeništvo: gdje ljudi žive, čime se bave i što bi mogli ponuditi
fin-diaspora-step_bond = izdati općinske obveznice za iseljenike
fin-diaspora-step_advert = zakupiti oglašavanje u inozemstvu
fin-brain-waste = Školovana medicinska sestra koja u inozemstvu radi kao čistačica jer joj diploma nije priznata primjer je rasipanja znanja.
fin-circular = Što omogućuje da programi cirkularne migracije funkcioniraju? Označite sve točne odgovore.
fin-circular_re-entry = pravo na ponovni dolazak u zemlju odredišta u okviru programa
fin-circular_portability = prenosivost mirovina i prava iz socijalnog osiguranja
fin-circular_recognition = priznavanje vještina stečenih u inozemstvu
fin-circular_passport-kept = poslodavac zadržava putovnicu radnika
fin-circular_ten-years = obveza da se u inozemstvu ostane najmanje deset godina
fin-wbr-order = Poredajte pravilnim redoslijedom korake zapošljavanja u Njemačkoj prema regulativi za Zapadni Balkan.
fin-wbr-order_offer = Njemački poslodavac daje konkretnu ponudu za posao
fin-wbr-order_approval = Savezna agencija za rad daje suglasnost za radno mjesto
fin-wbr-order_visa = Njemačko diplomatsko-konzularno predstavništvo izdaje radnu vizu
fin-wbr-order_work = Radnik ulazi u Njemačku i počinje raditi
fin-red-flags = Koji su znakovi upozorenja na prijevaru pri zapošljavanju ili trgovanje ljudima radi radnog iskorištavanja? Označite sve točne odgovore.
fin-red-flags_high-fee = radnik je agenciji platio visoku naknadu
fin-red-flags_passport = netko drugi treba zadržati radnikovu putovnicu
fin-red-flags_language = ugovor je na jeziku koji radnik ne razumije
fin-red-flags_registered = ugovor je potpisan prije odlaska i evidentiran u javnoj službi za zapošljavanje
fin-mgi = Koja je međunarodna organizacija razvila Pokazatelje upravljanja migracijama? Upišite njezinu kraticu.
fin-security-only = U nacionalnoj razvojnoj strategiji migracijama je mjesto samo u poglavlju o sigurnosti.
    .if-true = Nije tako: migracije utječu na zapošljavanje, obrazovanje, zdravstvo, financije i lokalni razvoj.
    .if-false = Točno: migracije treba uključiti u sve sektore.
fin-recruitment-indicator = Pokazatelj 10.7.1 mjeri trošak zapošljavanja koji snosi radnik kao udio…
fin-recruitment-indicator_monthly-income = mjesečnog dohotka ostvarenog u zemlji odredišta
fin-recruitment-indicator_gdp = BDP-a zemlje podrijetla
fin-recruitment-indicator_remittances = doznaka poslanih tijekom godine
