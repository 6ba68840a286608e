## Ulazni test
pre-test = Ulazni test
    .instructions = Odgovarajte bez pripreme: ulazni test pokazuje šta već znate. Rezultat se ne računa za sertifikat.
pre-remit-target = Prema podcilju 10.c Ciljeva održivog razvoja, do 2030. godine prosečni trošak slanja doznaka migranata treba da bude manji od kog procenta poslatog iznosa?
    .unit = %
pre-remit-cost = Koji elementi čine ukupni trošak slanja doznake? Označite sve tačne odgovore.
pre-remit-cost_fee = naknada koju naplaćuje pružalac usluge
pre-remit-cost_fx-margin = kursna marža
pre-remit-cost_income-tax = porez na dohodak primaoca
pre-remit-cost_customs = carina na prenos novca
pre-remit-oda = Na svetskom nivou, doznake koje stižu u zemlje niskog i srednjeg dohotka veće su od zvanične razvojne pomoći.
pre-diaspora-def = Koji opis najbolje odgovara pojmu „dijaspora”?
pre-diaspora-def_ties = iseljenici i njihovi potomci koji održavaju veze sa zemljom porekla
pre-diaspora-def_tourists = strani turisti koji redovno posećuju zemlju
pre-diaspora-def_foreigners = stranci sa stalnim nastanjenjem u zemlji
pre-diaspora-def_refugees-only = samo izbeglice koje su napustile zemlju tokom rata
pre-diaspora-mapping = Koja je glavna svrha mapiranja dijaspore?
pre-diaspora-mapping_knowledge = saznati gde dijaspora živi, čime se bavi i šta bi mogla da ponudi
pre-diaspora-mapping_control = nadzirati iseljenike iz bezbednosnih razloga
pre-diaspora-mapping_taxation = naplatiti porez od iseljenika
pre-circular = Koji opis najbolje odgovara cirkularnoj migraciji?
pre-circular_repeated = ponovljeno, zakonito kretanje između zemlje porekla i zemlje odredišta
pre-circular_permanent = jednokratno, trajno preseljenje u drugu zemlju
pre-circular_irregular = ponovljeni neregularni prelazak iste granice
pre-brain-terms = Povežite svaku situaciju s pojmom koji ona ilustruje.
pre-brain-terms_loss = Stručnjaci čije je školovanje plaćeno u zemlji odlaze na rad u inostranstvo
pre-brain-terms_return-skills = Inženjer koji se vraća donosi nova znanja i kontakte
pre-brain-terms_underuse = Školovana medicinska sestra radi u inostranstvu kao čistačica jer joj diploma nije priznata
pre-brain-terms_drain = odliv mozgova
pre-brain-terms_gain = priliv mozgova
pre-brain-terms_waste = traćenje znanja
pre-wb-regulation = Koja zemlja ima posebnu „regulativu za Zapadni Balkan” za pristup svom tržištu rada?
pre-wb-regulation_germany = Nemačka
pre-wb-regulation_italy = Italija
pre-wb-regulation_sweden = Švedska
pre-wb-regulation_croatia = Hrvatska
pre-employer-pays = Prema načelu „poslodavac plaća”, radnici ne bi trebalo da plaćaju naknade za zapošljavanje.
pre-sdg-target = Koji podcilj Ciljeva održivog razvoja poziva na uređene, bezbedne, regularne i odgovorne migracije kroz planirane i dobro vođene migracione politike? Upišite njegov broj (na primer 4.1).
pre-mainstream-order = Poređajte korake uključivanja migracija u razvojno planiranje pravilnim redom.
pre-mainstream-order_evidence = Prikupiti dokaze (migracioni profil)
pre-mainstream-order_links = Utvrditi sektore na koje migracije utiču
pre-mainstream-order_measures = Utvrditi mere i pokazatelje u planu
pre-mainstream-order_budget = Obezbediti budžet i sprovesti mere
pre-mainstream-order_monitor = Pratiti i vrednovati
pre-profile = Šta je migracioni profil?
pre-profile_evidence = redovan izveštaj koji objedinjuje podatke o migracijama i njihovim efektima, kao osnova za javne politike
pre-profile_passport = lični dosije svakog migranta koji vodi granična policija
pre-profile_risk-list = spisak zemalja porekla koje se smatraju visokorizičnim

## Kviz modula: doznake i dijaspora
quiz-remittances-diaspora = Kviz: doznake i dijaspora
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o ovom modulu. Za prolaz je potrebno { $pass }%, a na raspolaganju imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        }.
rd-channel = Koji je kanal obično najjeftiniji za slanje doznake?
    .feedback = Digitalni prenos na račun obično košta manje od gotovine koju primalac podiže kod agenta.
rd-channel_digital = digitalni prenos s računa na račun preko licenciranog pružaoca usluge
rd-channel_cash-agent = gotovina uplaćena i podignuta kod agenta
rd-channel_courier = gotovina koju prenosi vozač autobusa
    .feedback = Neformalni prenos može izgledati jeftino, ali ne pruža ni potvrdu ni zaštitu.
rd-gcm = Cilj 20 Globalnog dogovora o bezbednim, uređenim i regularnim migracijama odnosi se na brži, bezbedniji i jeftiniji prenos doznaka i finansijsku inkluziju migranata.
    .if-true = Tačno.
    .if-false = Tvrdnja je tačna: Cilj 20 bavi se doznakama i finansijskom inkluzijom.
rd-cost = Migrant šalje 200 evra. Naknada iznosi 5 evra, a kursna marža košta još 3 evra. Koliki je ukupni trošak kao procenat poslatog iznosa?
    .unit = %
    .feedback = (5 + 3) / 200 = 4%: ispod gornje granice od 5% za koridor, ali iznad prosečnog cilja od 3%.
rd-barriers = Koje mere smanjuju prepreke za ulaganja i povratak dijaspore? Označite sve tačne odgovore.
rd-barriers_one-stop = jedinstveni informativni punkt za investitore
rd-barriers_recognition = priznavanje kvalifikacija stečenih u inostranstvu
rd-barriers_pensions = prenosivost penzija i prava iz socijalnog osiguranja
rd-barriers_renounce = obaveza povratnika da se odreknu stranog državljanstva
    .feedback = Takav uslov bi obeshrabrio povratak umesto da ga podstakne.
rd-institution = U kojoj je zemlji Središnji državni ured za Hrvate izvan Republike Hrvatske nadležan za odnose s dijasporom?
rd-institution_croatia = Hrvatska
rd-institution_north-macedonia = Severna Makedonija
rd-institution_albania = Albanija

## Kviz modula: radna mobilnost i veštine
quiz-mobility = Kviz: radna mobilnost i veštine
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o ovom modulu. Za prolaz je potrebno { $pass }%, a na raspolaganju imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        }.
mo-schemes = Povežite svaki put radne migracije sa zemljom odredišta.
mo-schemes_wb-regulation = Regulativa za Zapadni Balkan
mo-schemes_rwr-card = Crveno-belo-crvena karta
mo-schemes_bilateral = Bilateralni sporazumi o zapošljavanju s Bosnom i Hercegovinom i sa Srbijom
mo-schemes_germany = Nemačka
mo-schemes_austria = Austrija
mo-schemes_slovenia = Slovenija
mo-schemes_sweden = Švedska
mo-quota = Koliko je najviše saglasnosti godišnje moguće od juna 2024. prema nemačkoj regulativi za Zapadni Balkan?
    .feedback = Godišnja granica udvostručena je sa 25 000 na 50 000.
mo-circular = Cirkularna migracija znači jednokratno trajno preseljenje u zemlju odredišta.
    .if-true = Nije tako: cirkularna migracija je ponovljeno, zakonito kretanje između dve zemlje.
    .if-false = Tačno: cirkularna migracija je ponovljeno, zakonito kretanje između dve zemlje.
mo-who-code = Šta Globalni kodeks prakse Svetske zdravstvene organizacije o međunarodnom zapošljavanju zdravstvenog osoblja traži od zemalja odredišta?
mo-who-code_ethical = da zapošljavaju etično i podržavaju školovanje zdravstvenih radnika u zemljama porekla
mo-who-code_ban = da zabrane zapošljavanje svih zdravstvenih radnika iz trećih zemalja
mo-who-code_quota = da primaju zdravstvene radnike samo u okviru utvrđene svetske kvote
mo-agreement = Šta treba da sadrži dobar bilateralni sporazum o radnoj migraciji? Označite sve tačne odgovore.
mo-agreement_equal-pay = jednak tretman s domaćim državljanima u pogledu zarade i uslova rada
mo-agreement_social-security = koordinaciju socijalnog osiguranja
mo-agreement_pre-departure = informisanje pre odlaska i ugovor na jeziku koji radnik razume
mo-agreement_lifetime-tie = zabranu da radnik ikada promeni poslodavca
    .feedback = Trajno vezivanje radnika za jednog poslodavca povećava rizik od eksploatacije.

## Kviz modula: migracije u razvojnim politikama
quiz-policy = Kviz: migracije u razvojnim politikama
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o ovom modulu. Za prolaz je potrebno { $pass }%, a na raspolaganju imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        }.
po-indicators = Povežite svaki pokazatelj podcilja 10.7 s onim što meri.
po-indicators_i1 = 10.7.1
po-indicators_i2 = 10.7.2
po-indicators_i3 = 10.7.3
po-indicators_i4 = 10.7.4
po-indicators_recruitment-cost = trošak zapošljavanja koji snosi zaposleni kao udeo mesečnog dohotka
po-indicators_policies = zemlje s dobro vođenim migracionim politikama
po-indicators_deaths = osobe koje su poginule ili nestale tokom migracije
po-indicators_refugees = udeo izbeglica u stanovništvu
po-sources = Koji su uobičajeni izvori podataka za migracioni profil? Označite sve tačne odgovore.
po-sources_border = statistika prelazaka državne granice
po-sources_permits = dozvole za boravak i rad izdate strancima
po-sources_asylum = zahtevi za azil i odluke o njima
po-sources_census = popisi stanovništva i ankete o radnoj snazi
po-sources_rumours = neproverene objave na društvenim mrežama
po-sectors = Uključivanje migracija u razvojne politike znači da se migracije uzimaju u obzir u sektorima kao što su zapošljavanje, obrazovanje i zdravstvo, a ne samo u graničnoj politici.
    .if-true = Tačno: to je pristup cele vlade.
    .if-false = Tvrdnja je tačna: uključivanje migracija podrazumeva pristup cele vlade.
po-serbia-profile = Koja institucija koordinira izradu godišnjeg Migracionog profila Republike Srbije?
po-serbia-profile_commissariat = Komesarijat za izbeglice i migracije
po-serbia-profile_statistics = Republički zavod za statistiku
po-serbia-profile_central-bank = Narodna banka Srbije
po-disaggregation = Podcilj 17.18 zahteva podatke razvrstane prema više obeležja. Koje od navedenih obeležja on pominje?
po-disaggregation_migratory-status = migracioni status
po-disaggregation_religion = veroispovest
po-disaggregation_party = članstvo u političkoj stranci

## Završni test
final = Završni test
    .instructions =
        { $questions ->
            [one] { $questions } pitanje
            [few] { $questions } pitanja
           *[other] { $questions } pitanja
        } o celom kursu. Za prolaz je potrebno { $pass }%, a na raspolaganju imate { $attempts ->
            [one] { $attempts } pokušaj
            [few] { $attempts } pokušaja
           *[other] { $attempts } pokušaja
        } od po { $minutes ->
            [one] { $minutes } minut
            [few] { $minutes } minuta
           *[other] { $minutes } minuta
        }.
fin-cost-calc = Radnik u Nemačkoj šalje 200 evra u Bosnu i Hercegovinu. Naknada iznosi 7 evra, a kursna marža košta još 5 evra. Koliki je ukupni trošak kao procenat poslatog iznosa?
    .unit = %
    .feedback = (7 + 5) / 200 = 6%: iznad gornje granice od 5% koju podcilj 10.c postavlja za svaki koridor.
fin-informal = Koji je glavni problem slanja novca u gotovini preko vozača autobusa?
fin-informal_protection = pošiljalac nema potvrdu ni zaštitu potrošača, a novac ostaje izvan finansijskog sistema
fin-informal_cheaper-always = uvek je skuplje od bankarskog prenosa
fin-informal_illegal-everywhere = to je krivično delo u svakoj zemlji regiona
fin-institutions = Povežite svaku zemlju sa institucijom nadležnom za odnose s njenom dijasporom.
fin-institutions_croatia = Hrvatska
fin-institutions_serbia = Srbija
fin-institutions_north-macedonia = Severna Makedonija
fin-institutions_bosnia = Bosna i Hercegovina
fin-institutions_hr-office = Središnji državni ured za Hrvate izvan Republike Hrvatske
fin-institutions_rs-administration = Uprava za saradnju s dijasporom i Srbima u regionu
fin-institutions_mk-agency = Agencija za iseljeništvo
fin-institutions_ba-ministry = Ministarstvo za ljudska prava i izbeglice
fin-diaspora-step = Opština želi da privuče ulaganja dijaspore. Šta bi prvo trebalo da uradi?
fin-diaspora-step_mapping = da mapira svoju dijasporu: gde ljudi žive, čime se bave i šta bi mogli da ponude
fin-diaspora-step_bond = da izda opštinske obveznice za dijasporu
fin-diaspora-step_advert = da zakupi oglašavanje u inostranstvu
fin-brain-waste = Školovana medicinska sestra koja u inostranstvu radi kao čistačica jer joj diploma nije priznata primer je traćenja znanja.
fin-circular = Šta omogućava da programi cirkularne migracije funkcionišu? Označite sve tačne odgovore.
fin-circular_re-entry = pravo na ponovni dolazak u zemlju odredišta u okviru programa
fin-circular_portability = prenosivost penzija i prava iz socijalnog osiguranja
fin-circular_recognition = priznavanje veština stečenih u inostranstvu
fin-circular_passport-kept = poslodavac zadržava pasoš radnika
fin-circular_ten-years = obaveza da se u inostranstvu ostane najmanje deset godina
fin-wbr-order = Poređajte pravilnim redom korake zapošljavanja u Nemačkoj prema regulativi za Zapadni Balkan.
fin-wbr-order_offer = Nemački poslodavac daje konkretnu ponudu za posao
fin-wbr-order_approval = Savezna agencija za zapošljavanje daje saglasnost za radno mesto
fin-wbr-order_visa = Nemačko diplomatsko-konzularno predstavništvo izdaje radnu vizu
fin-wbr-order_work = Radnik ulazi u Nemačku i počinje da radi
fin-red-flags = Koji su znaci upozorenja na prevaru pri zapošljavanju ili trgovinu ljudima radi radne eksploatacije? Označite sve tačne odgovore.
fin-red-flags_high-fee = radnik je agenciji platio visoku naknadu
fin-red-flags_passport = neko drugi treba da zadrži pasoš radnika
fin-red-flags_language = ugovor je na jeziku koji radnik ne razume
fin-red-flags_registered = ugovor je potpisan pre odlaska i evidentiran u javnoj službi za zapošljavanje
fin-mgi = Koja međunarodna organizacija je razvila Indikatore upravljanja migracijama? Upišite njenu skraćenicu.
fin-security-only = U nacionalnoj razvojnoj strategiji migracijama je mesto samo u poglavlju o bezbednosti.
    .if-true = Nije tako: migracije utiču na zapošljavanje, obrazovanje, zdravstvo, finansije i lokalni razvoj.
    .if-false = Tačno: migracije treba uključiti u sve sektore.
fin-recruitment-indicator = Pokazatelj 10.7.1 meri trošak zapošljavanja koji snosi radnik kao udeo…
fin-recruitment-indicator_monthly-income = mesečnog dohotka ostvarenog u zemlji odredišta
fin-recruitment-indicator_gdp = BDP-a zemlje porekla
fin-recruitment-indicator_remittances = doznaka poslatih tokom godine
