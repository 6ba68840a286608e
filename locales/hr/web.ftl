# The web pages (crates/kampus-web); see locales/en/web.ftl.

## The language switcher: each language's name in itself.
language-name = Hrvatski
language-switch = Jezik

## Every page
skip-to-content = Prijeđi na sadržaj
nav-label = Glavni izbornik
nav-catalog = Tečajevi
nav-certificates = Moji certifikati
nav-profile = Profil ({ $name })
nav-sign-in = Prijava
nav-register = Registracija
nav-sign-out = Odjava
footer-about = Kampus — platforma za samostalno e-učenje Regionalnog centra za izobrazbu u području migracija.
text-not-translated = još nije prevedeno

## Errors
error-not-found = Stranica nije pronađena
error-not-found-explanation = Na ovoj adresi nema ničega. Stranica je možda premještena ili je adresa pogrešno upisana.
error-forbidden = Nije dopušteno
error-forbidden-explanation = Ovu radnju ovdje ne možete izvršiti. Ako ste došli s obrasca, osvježite stranicu i pokušajte ponovno.
error-bad-request = Obrazac nije moguće pročitati
error-bad-request-explanation = Nešto u obrascu nedostaje ili nije ispravno. Vratite se, provjerite podatke i ponovno pošaljite obrazac.
error-too-many = Previše pokušaja
error-too-many-explanation = U kratkom je vremenu bilo previše pokušaja. Pričekajte nekoliko minuta, a zatim pokušajte ponovno.
error-unavailable = Privremeno nedostupno
error-unavailable-explanation = Kampus trenutačno ne može pristupiti bazi podataka. Pokušajte ponovno za nekoliko trenutaka.
error-internal = Došlo je do pogreške
error-internal-explanation = Pogreška je na našoj strani, ne na vašoj. Zabilježena je; pokušajte ponovno kasnije.
error-back-to-catalog = Natrag na tečajeve

## Catalog
catalog-title = Tečajevi
catalog-intro = Tečajevi e-učenja o upravljanju migracijama namijenjeni zaposlenicima ministarstava, granične policije i tijela nadležnih za azil. Pohađate ih na svojem jeziku i vlastitim tempom.
catalog-filters = Filtriranje tečajeva
catalog-filter-language = Dostupno na jeziku
catalog-filter-level = Razina
catalog-filter-length = Trajanje
catalog-filter-any = Sve
catalog-filter-credits = Samo tečajevi s ECTS bodovima
catalog-filter-apply = Prikaži tečajeve
catalog-filter-clear = Prikaži sve tečajeve
catalog-length-short = Do 10 sati
catalog-length-medium = Od 10 do 30 sati
catalog-length-long = Više od 30 sati
catalog-count = Prikazano tečajeva: { $shown } od { $total }
catalog-empty = Nijedan tečaj ne odgovara ovim filtrima.

## Courses
course-hours = Broj sati: { $hours }
course-credits = ECTS bodovi: { $credits }
course-eqf = Razina EQF-a { $level }
course-languages = Jezici
course-not-for-you = Nije dostupno za vašu instituciju
course-percent-done = Završeno { $percent } %
course-continue = Nastavite ondje gdje ste stali
course-completed = Završen
course-withdrawn = Odustali ste
level-introductory = Uvodna
level-intermediate = Srednja
level-advanced = Napredna
level-specialist = Specijalistička
audience-countries = Otvoreno za zaposlenike institucija iz sljedećih država: { $countries }.
audience-countries-and-institutions = Otvoreno za zaposlenike pojedinih institucija koje je odredio centar, kao i institucija iz sljedećih država: { $countries }.
audience-institutions = Otvoreno za zaposlenike pojedinih institucija koje je odredio centar.

## Countries
country-AL = Albanija
country-AT = Austrija
country-BA = Bosna i Hercegovina
country-BG = Bugarska
country-DE = Njemačka
country-GR = Grčka
country-HR = Hrvatska
country-HU = Mađarska
country-IT = Italija
country-ME = Crna Gora
country-MK = Sjeverna Makedonija
country-RO = Rumunjska
country-RS = Srbija
country-SI = Slovenija
country-TR = Turska
country-XK = Kosovo

## Accounts
field-email = Adresa e-pošte
field-password = Lozinka
sign-in-title = Prijava
sign-in-submit = Prijavi se
sign-in-forgot = Zaboravili ste lozinku?
sign-in-no-account = Nemate korisnički račun?
sign-in-wrong = Adresa e-pošte ili lozinka nisu točni.
sign-in-not-verified = Najprije potvrdite svoju adresu e-pošte: otvorite poveznicu koju smo vam poslali.
sign-in-resend-link = Ponovno pošalji poveznicu
course-your-place = Vaš status na tečaju
course-sign-in-to-enroll = Prijavite se kako biste se upisali na ovaj tečaj i kako bi se vaš napredak spremao.
course-enroll = Upiši se na ovaj tečaj
course-resume = Ponovno se upiši i nastavi
course-withdraw = Odustani od ovog tečaja
course-withdrawn-explained = Odustali ste od ovog tečaja. Ako se ponovno upišete, zadržat ćete dosadašnji napredak.
course-not-for-you-explained = Ovaj je tečaj otvoren samo za prethodno navedene institucije. Ako smatrate da biste trebali imati pristup, obratite se koordinatoru izobrazbe u svojoj instituciji.
course-lessons-done = Završeno lekcija: { $done } od { $total }
course-start = Započni prvu lekciju
course-see-completion = Vaš certifikat i podaci o završetku tečaja
course-outcomes = Što ćete naučiti
course-outline = Moduli i lekcije
course-assessments = Provjere znanja
course-survey-link = Ispunite anketu o tečaju
lesson-reading-minutes = { $minutes ->
    [one] { $minutes } minuta čitanja
    [few] { $minutes } minute čitanja
   *[other] { $minutes } minuta čitanja
}
lesson-done = Završena
assessment-required = uvjet za certifikat
assessment-pass-mark = Prag prolaznosti { $percent } %
assessment-time-limit = { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minute
   *[other] { $minutes } minuta
}
assessment-attempts = { $attempts ->
    [one] { $attempts } pokušaj
    [few] { $attempts } pokušaja
   *[other] { $attempts } pokušaja
}
assessment-kind-pre-test = ulazni test
assessment-kind-module-quiz = test iz modula
assessment-kind-final = završna provjera

## Lessons
lesson-breadcrumb = Gdje se nalazite
lesson-position = Lekcija { $position } od { $count }
lesson-not-translated = Ova lekcija još nije prevedena na vaš jezik; prikazana je na jeziku koji je najbliži vašemu.
lesson-contents = U ovoj lekciji
lesson-complete = Označi kao završenu
lesson-complete-and-next = Označi kao završenu i nastavi
lesson-pager = Prethodna i sljedeća lekcija
lesson-back-to-course = Natrag na tečaj

## Forms
form-has-errors = Ispravite sljedeće
field-invitation-code = Kod pozivnice
field-invitation-code-hint = (dobivate ga od koordinatora izobrazbe, na primjer K7QM2-XHD9T-WAB4R)
field-display-name = Vaše ime
field-display-name-hint = (onako kako će biti otisnuto na vašim certifikatima)
field-new-password = Nova lozinka
field-new-password-hint = (najmanje 12 znakova; najbolje je nekoliko riječi koje lako pamtite)
field-language = Jezik
field-gender = Spol
field-gender-hint = (nije obavezno; upotrebljava se samo za anonimnu statistiku)
field-gender-unstated = Nije navedeno
gender-female = Ženski
gender-male = Muški
gender-other = Drugo
gender-prefer-not-to-say = Ne želim se izjasniti

## Registration
register-title = Otvaranje korisničkog računa
register-intro = Potreban vam je kod pozivnice koji ste dobili od koordinatora izobrazbe u svojoj instituciji.
register-submit = Otvori korisnički račun
register-have-account = Već imate korisnički račun?
register-done-check-mail = Hvala. Poslali smo vam poruku e-pošte s poveznicom za potvrdu adrese; otvorite poveznicu kako biste dovršili registraciju. Ako ne vidite poruku, provjerite mapu neželjene pošte.
register-done-verified = Vaš je korisnički račun spreman. Sada se možete prijaviti.

## Emailed links
verify-title = Potvrdite svoju adresu e-pošte
verify-intro = Potvrdite da je ova adresa vaša kako biste dovršili otvaranje korisničkog računa.
verify-submit = Potvrdi moju adresu
verify-done = Vaša je adresa potvrđena. Sada se možete prijaviti.
resend-title = Ponovno slanje poveznice za potvrdu
resend-intro = Unesite adresu s kojom ste se registrirali. Ako adresa čeka potvrdu, poslat ćemo vam novu poveznicu.
forgot-title = Zaboravili ste lozinku?
forgot-intro = Unesite adresu svojeg korisničkog računa i poslat ćemo vam poveznicu za odabir nove lozinke.
link-send = Pošalji poveznicu
link-sent = Ako postoji korisnički račun s ovom adresom, poruka s poveznicom je na putu. Poveznica vrijedi ograničeno vrijeme.
link-invalid = Ova poveznica više nije valjana: već je iskorištena ili je istekla.
link-ask-again = Zatraži novu poveznicu
reset-title = Odaberite novu lozinku
reset-intro = Odaberite novu lozinku za svoj korisnički račun. Bit ćete odjavljeni sa svih drugih uređaja.
reset-submit = Spremi novu lozinku
reset-done = Vaša je lozinka promijenjena. Prijavite se novom lozinkom.

## Assessments
assessment-questions = { $count ->
    [one] { $count } pitanje
    [few] { $count } pitanja
   *[other] { $count } pitanja
}
assessment-attempts-used = Iskorišteno pokušaja: { $used } od { $allowed }
assessment-attempts-unlimited = Neograničen broj pokušaja
assessment-start = Započni pokušaj
assessment-continue = Nastavi pokušaj
assessment-no-attempts-left = Iskoristili ste sve pokušaje koje ova provjera znanja dopušta.
assessment-your-attempts = Vaši pokušaji
assessment-attempt-number = Pokušaj { $number }
assessment-attempt-open = u tijeku
quiz-percent = { $percent } %
quiz-passed = Položeno
quiz-not-passed = Nije položeno
quiz-result = Rezultat
quiz-your-score = Vaš rezultat: { $score }
quiz-pass-mark-was = Prag prolaznosti je { $mark }.
quiz-pre-test-note = Ovaj ulazni test pokazuje koliko znate prije početka tečaja; ne računa se za polaganje.
quiz-review = Pregled vaših odgovora
quiz-question-number = Pitanje { $number }
quiz-points = { $points ->
    [one] { $points } bod
    [few] { $points } boda
   *[other] { $points } bodova
}
quiz-instructions = Odgovorite na pitanja u nastavku. Odgovore možete spremiti i vratiti se kasnije; ništa se ne ocjenjuje dok ih ne predate.
quiz-minutes-left = { $minutes ->
    [one] Preostala je { $minutes } minuta.
    [few] Preostale su { $minutes } minute.
   *[other] Preostalo je { $minutes } minuta.
}
quiz-deadline = Vrijeme istječe u { $time }; odgovori poslani nakon toga neće biti prihvaćeni.
quiz-time-up = Vrijeme za ovaj pokušaj je isteklo. Ocijenjen je na temelju odgovora spremljenih na vrijeme.
quiz-saved = Vaši su odgovori spremljeni.
quiz-fix-answers = Neke odgovore nije bilo moguće pročitati; ništa nije spremljeno. Ispravite ih u nastavku.
quiz-choose-all = Odaberite sve točne odgovore.
quiz-true = Točno
quiz-false = Netočno
quiz-match-hint = Za svaku tvrdnju odaberite odgovarajući odgovor.
quiz-choose = Odaberite…
quiz-order-hint = Svakoj stavci dodijelite redni broj, počevši od 1.
quiz-position = Redni broj…
quiz-your-number = Vaš odgovor (broj)
quiz-your-answer = Vaš odgovor
quiz-save = Spremi odgovore
quiz-submit = Predaj na ocjenjivanje
quiz-submit-note = Predajom se pokušaj završava; nakon toga odgovore više ne možete mijenjati.
quiz-submit-confirm = Želite li predati odgovore na ocjenjivanje? Nakon toga ih više ne možete mijenjati.
quiz-number-invalid = Unesite broj, na primjer 12 ili 12,5.
quiz-order-invalid = Svakoj stavci dodijelite drugi redni broj, od 1 do ukupnog broja stavki.
review-correct = Točno
review-partial = Djelomično točno
review-incorrect = Netočno
review-points = Bodovi: { $awarded } od { $possible }
review-your-answer = Vaš odgovor:
review-correct-answer = Točan odgovor:
review-unanswered = Bez odgovora

## Survey
survey-title = Vaše mišljenje o tečaju
survey-intro = Vaši odgovori pomažu centru da poboljša svoje tečajeve. Treneri vide samo zbirne rezultate, nikada tko je što odgovorio.
survey-saved-before = Vaši raniji odgovori već su uneseni; možete ih mijenjati dok ne završite tečaj.
survey-required = obavezno
survey-submit = Pošalji odgovore

## Certificates
certificates-title = Moji certifikati
certificates-none = Još nemate nijedan certifikat. Završite neki tečaj kako biste ga stekli.
certificate-serial-web = Certifikat { $serial }
certificate-completed-on-web = Završeno { $date }
certificate-final-score-web = Završna provjera: { $score } %
certificate-revoked-on = Opozvan { $date }
certificate-download = Preuzmi PDF
certificate-verify-link = Javna stranica za provjeru
certificate-qr-hint = Svatko može provjeriti ovaj certifikat skeniranjem kôda ili otvaranjem stranice za provjeru.
certificate-qr-alt = QR kôd stranice za provjeru { $url }
completed-title = Tečaj je završen
completed-on = Čestitamo! Završili ste ovaj tečaj { $date }.
completed-emailed = Certifikat smo vam poslali i e-poštom.

## Profile
profile-title = Vaš profil
profile-details = Osobni podaci
profile-language-hint = (stranice, poruke e-pošte i certifikati)
profile-save = Spremi
profile-saved = Vaš je profil spremljen.
profile-password = Lozinka
field-current-password = Trenutačna lozinka
profile-password-submit = Promijeni lozinku
profile-password-changed = Vaša je lozinka promijenjena. Odjavljeni ste sa svih drugih uređaja.
profile-data = Vaši podaci
profile-export-intro = Preuzmite kopiju podataka koje sadržava vaš korisnički račun, u obliku datoteke JSON.
profile-export = Preuzmi moje podatke
profile-delete = Brisanje korisničkog računa
profile-delete-intro = Vaše ime i adresa e-pošte bit će izbrisani i više se nećete moći prijaviti. Certifikati koje ste stekli ostaju valjani za svakoga tko ih provjerava. Ova se radnja ne može poništiti.
profile-delete-confirm = Vaša lozinka, radi potvrde
profile-delete-submit = Izbriši moj korisnički račun

## Staff pages (issue 21): the dashboard, learner lists and records.
nav-staff = Nadzorna ploča
staff-dashboard-title = Nadzorna ploča
staff-coverage-all = Vidite podatke o polaznicima iz svih institucija.
staff-coverage-none = Još vam nije dodijeljena nijedna institucija pa nema polaznika za prikaz. Administrator vam može dodijeliti institucije.
staff-coverage-some = Vidite podatke o polaznicima iz sljedećih institucija: { $institutions }.
staff-filters = Filtri
staff-filter-from = Od
staff-filter-to = Do
staff-filter-by = Grupiraj završavanje po
staff-filter-apply = Prikaži podatke
staff-filter-invalid = Ova vrijednost nije valjana pa su podaci prikazani bez nje.
staff-headline = Ključni pokazatelji
staff-download-csv = Preuzmi kao CSV
staff-completion-by = Završavanje: { $grouping }
staff-completion-chart = Stopa završavanja: { $grouping }
staff-completion-summary = Završeno upisa: { $completed } od { $enrolled } ({ $rate }). Podaci za svaku skupinu navedeni su u tablici u nastavku.
staff-no-figures = Za ove filtre još nema podataka.
staff-small-group-star = * Manje od 5 polaznika: premalo za donošenje zaključaka, a osobe u takvoj skupini mogle bi se prepoznati.
staff-gain = Napredak u znanju
staff-gain-explained = Rezultat ulaznog testa u usporedbi s najboljim rezultatom završne provjere, za polaznike koji su pristupili i jednom i drugom. Normalizirani napredak (Hakeov g) udio je mogućeg poboljšanja koji je ostvaren: (završna provjera − ulazni test) / (100 − ulazni test).
staff-gain-by = Napredak u znanju: { $grouping }
staff-gain-chart = Prosjek ulaznog testa i najbolje završne provjere po tečaju
staff-gain-summary = Polaznika koji su pristupili i ulaznom testu i završnoj provjeri: { $learners }. Prosječni rezultat ulaznog testa { $pre }, prosječni najbolji rezultat završne provjere { $post }.
staff-percent = { $value } %
staff-no-institution = Bez institucije
staff-learners = Polaznici
staff-back-to-dashboard = Natrag na nadzornu ploču
staff-filters-applied = Filtri s nadzorne ploče primjenjuju se i na ovaj popis.
staff-search-learners = Pretraživanje po imenu ili adresi e-pošte
staff-search = Pretraži
staff-learners-count = { $total ->
    [one] { $total } polaznik
    [few] { $total } polaznika
   *[other] { $total } polaznika
  } · stranica { $page } od { $pages }
staff-no-learners = Nema polaznika koji odgovaraju kriterijima.
staff-module-number = M{ $number }
staff-module-lessons = { $done }/{ $total }
staff-status-enrolled = U tijeku
staff-status-completed = Završeno
staff-status-withdrawn = Odustao/la
staff-paging = Stranice popisa polaznika
staff-previous-page = Prethodna stranica
staff-next-page = Sljedeća stranica
staff-learner-courses = Tečajevi
staff-learner-no-courses = Nema upisanih tečajeva.
staff-courses = Tečajevi
staff-survey-title = Anketa o tečaju
staff-survey-respondents = { $count ->
    [one] { $count } polaznik je ispunio anketu.
    [few] { $count } polaznika su ispunila anketu.
   *[other] { $count } polaznika je ispunilo anketu.
  }
staff-survey-point = Ocjena { $point }
staff-survey-rating = Ocjena
staff-survey-share = Udio odgovora
staff-survey-summary = Odgovora: { $responses }, prosječna ocjena { $mean } na ljestvici od 1 do { $scale }.
staff-survey-comments-count = { $count ->
    [one] { $count } komentar
    [few] { $count } komentara
   *[other] { $count } komentara
  }
staff-survey-comments-admins = Komentare čitaju samo administratori: trener poznaje svoje polaznike, a iz komentara bi se moglo zaključiti tko ga je napisao.
staff-items-of = Analiza pitanja
staff-items-attempts = Predani pokušaji po jeziku
staff-items-mean = Prosječni rezultat
staff-items-pass-rate = Prolaznost
staff-items-questions = Pitanja
staff-items-explained = Indeks lakoće prosječni je udio bodova osvojenih na pitanju (1 = svi su točno odgovorili). Indeks diskriminativnosti korelacija je rezultata na pitanju s rezultatom na ostatku pokušaja (ispod 0,2: pitanje slabo razlikuje bolje od slabijih polaznika).
staff-items-chart = Indeks lakoće po pitanju
staff-items-chart-summary = Udio bodova koje su polaznici osvojili na svakom pitanju; podaci su navedeni u tablici u nastavku.
staff-items-flag-explained = Pitanje se označava za jezik na kojem je znatno teže nego na ostalim jezicima, ako ima dovoljno pokušaja da se to utvrdi: provjerite prijevod tog pitanja na taj jezik.
nav-funder-report = Izvješće za donatore
staff-funder-title = Izvješće za donatore
staff-funder-period = Od { $from } do { $to }
staff-funder-since = Od { $from }
staff-funder-until = Do { $to }
staff-funder-all-time = Cijelo razdoblje
staff-funder-pdf = Preuzmi kao PDF
staff-funder-print-hint = Stranica se ispisuje kao izvješće, bez izbornika web-mjesta i ovog obrasca.
staff-funder-completion = Stopa završavanja i prolaznost na završnoj provjeri
staff-funder-by-course = Po tečaju
staff-funder-by-country = Po državi
staff-funder-satisfaction = Zadovoljstvo
staff-funder-respondents = Polaznika koji su ispunili anketu
staff-funder-ratings = Danih ocjena
staff-funder-mean-rating = Prosječna ocjena
staff-funder-of-scale = { $mean } od { $scale }
staff-funder-satisfied = Ocjene u dva najviša stupnja ljestvice
staff-funder-definitions = Definicije
staff-funder-def-trained = Osposobljenih polaznika: broj različitih polaznika koji su u razdoblju završili barem jedan tečaj (prema datumu završetka tečaja). „Završenih tečajeva” broji svako završavanje tečaja; „Izdanih certifikata” broji certifikate izdane u razdoblju koji nisu opozvani. Broje se samo polaznici, nikada treneri ni administratori.
staff-funder-def-completion = Stopa završavanja: broj završenih upisa podijeljen brojem upisa ostvarenih u razdoblju (prema datumu upisa), pri čemu se u upise ubrajaju i oni iz kojih su polaznici odustali.
staff-funder-def-pass = Prolaznost na završnoj provjeri: broj upisa s položenim pokušajem na završnoj provjeri tečaja podijeljen brojem upisa s barem jednim predanim pokušajem na toj provjeri (upisi ostvareni u razdoblju).
staff-funder-def-gain = Napredak u znanju: za upise ostvarene u razdoblju koji imaju i ulazni test i završnu provjeru, prvi rezultat ulaznog testa u usporedbi s najboljim rezultatom završne provjere. Hakeov normalizirani napredak g iznosi (završna provjera − ulazni test) / (100 − ulazni test): prosjek skupine izračunava se iz prosječnih rezultata; prosjek polaznika prosjek je vrijednosti g svakog polaznika pojedinačno, pri čemu se izostavljaju polaznici koji su na ulaznom testu postigli 100.
staff-funder-def-satisfaction = Zadovoljstvo: pitanja s ljestvicom procjene u anketi na kraju tečaja, izračunano na temelju svih ocjena u anketama ispunjenima u razdoblju; prosječna ocjena i udio ocjena u dva najviša stupnja ljestvice (4 ili 5 od 5).
staff-funder-def-small = Skupine s manje od 5 polaznika označene su zvjezdicom: njihovi su podaci previše nepouzdani da bi se iz njih izvodili zaključci, a osobe u njima mogle bi se prepoznati.
staff-funder-page = Stranica { $page } od { $pages }

## The admins' publishing console (issue 21).
nav-admin-content = Objavljivanje
admin-content-title = Objavljivanje
admin-translation-status = Status prijevoda
admin-translation-explained = Za svaki objavljeni tečaj i jezik: potpun (svaki je tekst preveden s trenutačnog engleskog teksta), djelomičan (polaznici tekstove koji nedostaju vide na zamjenskom jeziku) ili zastario (preveden sa starijeg engleskog teksta).
admin-translation-complete = Potpun
admin-translation-partial = Djelomičan
admin-translation-outdated = Zastario
admin-translation-counts = nedostaje: { $missing }, zastarjelo: { $outdated }, od ukupno { $total }
admin-versions = Verzije
admin-version-number = Verzija
admin-version-name = Verzija { $number }
admin-version-created = Stvorena
admin-version-source = Izvor
admin-version-state = Status
admin-source-content-folder = mapa sa sadržajem
admin-source-upload = učitavanje
admin-version-published = Objavljena
admin-version-draft = Nacrt
admin-back-to-console = Natrag na objavljivanje
admin-report = Izvješće o provjeri valjanosti
admin-report-counts = { $errors ->
    [one] { $errors } pogreška
    [few] { $errors } pogreške
   *[other] { $errors } pogrešaka
  }, { $warnings ->
    [one] { $warnings } upozorenje
    [few] { $warnings } upozorenja
   *[other] { $warnings } upozorenja
  }
admin-report-place = Datoteka:redak:stupac
admin-report-severity = Ozbiljnost
admin-report-code = Kôd
admin-report-message = Poruka (na engleskom)
admin-severity-error = Pogreška
admin-severity-warning = Upozorenje

## Admin console: people, institutions and invitation codes (issue 21)

admin-people-nav = Korisnici i institucije
admin-people-title = Korisnici
admin-people-invite-hint = Da biste uključili nekoga novog, izradite pozivni kod.
admin-people-invite = Pozovite nekoga
admin-people-search = Pretraživanje korisnika
admin-people-search-hint = (dio imena ili adrese e-pošte)
admin-people-role = Uloga
admin-people-any-role = Bilo koja uloga
admin-people-search-submit = Pretraži
admin-people-none = Nijedan korisnik ne odgovara pretraživanju.
admin-people-page = Korisnici, stranica { $number }
admin-people-name = Ime
admin-people-institution = Institucija
admin-people-status = Status
admin-people-active-state = Aktivan
admin-people-deactivated-state = Deaktiviran
admin-people-role-learner = Polaznik
admin-people-role-trainer = Trener
admin-people-role-admin = Administrator
admin-people-email = Adresa e-pošte
admin-people-change-role = Promjena uloge
admin-people-own-account = Ovo je vaš račun: samo mu drugi administrator može smanjiti ovlasti ili ga deaktivirati.
admin-people-role-hint = (promjena odjavljuje osobu na svim uređajima)
admin-people-save-role = Spremi ulogu
admin-people-reactivate-intro = Račun je deaktiviran: osoba se ne može prijaviti.
admin-people-reactivate = Ponovno aktiviraj račun
admin-people-deactivate-intro = Deaktivacija odmah odjavljuje osobu i sprječava je da se prijavi; njezini podaci ostaju sačuvani.
admin-people-deactivate-confirm = Da, deaktiviraj ovaj račun
admin-people-deactivate = Deaktiviraj račun
admin-people-trainer-of = Institucije koje ovaj trener prati
admin-people-followed = Prati
admin-people-followed-yes = Da
admin-people-followed-no = Ne
admin-people-action = Radnja
admin-people-assign = Dodijeli
admin-people-unassign = Ukloni
admin-people-role-changed = Uloga je promijenjena.
admin-people-deactivated = Račun je deaktiviran.
admin-people-reactivated = Račun je ponovno aktiviran.
admin-people-assigned = Institucija je dodijeljena treneru.
admin-people-unassigned = Institucija je uklonjena treneru.
admin-people-not-yourself = Ne možete smanjiti ovlasti svojeg računa ni deaktivirati ga; to mora učiniti drugi administrator.
admin-people-confirm-required = Označite kućicu da biste potvrdili deaktivaciju.
admin-people-not-a-trainer = Samo treneri prate institucije: najprije promijenite ulogu.
admin-institutions-title = Institucije
admin-institutions-none = Još nema institucija.
admin-institutions-name = Naziv
admin-institutions-name-hint = (kako se ispisuje na certifikatima)
admin-institutions-country = Oznaka države
admin-institutions-country-hint = (dva slova, npr. BA, RS, ME)
admin-institutions-kind = Vrsta
admin-institutions-choose-kind = Odaberite vrstu
admin-institutions-kind-ministry = Ministarstvo
admin-institutions-kind-police = Policija
admin-institutions-kind-border-police = Granična policija
admin-institutions-kind-asylum-agency = Služba za azil
admin-institutions-kind-refugee-agency = Služba za izbjeglice
admin-institutions-kind-training-centre = Centar za osposobljavanje
admin-institutions-kind-international-organisation = Međunarodna organizacija
admin-institutions-kind-other = Ostalo
admin-institutions-new = Nova institucija
admin-institutions-create = Izradi instituciju
admin-institutions-save = Spremi instituciju
admin-institutions-back = Natrag na institucije
admin-institutions-created = Institucija je izrađena.
admin-institutions-saved = Institucija je spremljena.
admin-institutions-name-taken = Institucija s tim nazivom već postoji u toj državi.
admin-invitations-title = Pozivni kodovi
admin-invitations-none = Još nema pozivnih kodova.
admin-invitations-list = Pozivni kodovi, najnoviji prvi
admin-invitations-for = Za koga
admin-invitations-institution = Institucija
admin-invitations-role = Uloga
admin-invitations-expires = Istječe (UTC)
admin-invitations-uses = Korištenja
admin-invitations-state = Stanje
admin-invitations-action = Radnja
admin-invitations-revoke = Opozovi
admin-invitations-anyone = Svatko tko ima kod
admin-invitations-state-open = Vrijedi
admin-invitations-state-revoked = Opozvan
admin-invitations-state-expired = Istekao
admin-invitations-state-used-up = Iskorišten
admin-invitations-new = Novi pozivni kod
admin-invitations-new-intro = Kod se prikazuje samo jednom, odmah nakon izrade: tada ga kopirajte. Ako navedete adresu e-pošte, kod se šalje i na nju i vrijedi samo za tu adresu.
admin-invitations-no-institution = Bez institucije
admin-invitations-email = Adresa e-pošte
admin-invitations-email-hint = (nije obvezno: za poziv jednoj osobi)
admin-invitations-days = Broj dana valjanosti
admin-invitations-days-hint = (od 1 do 365)
admin-invitations-max-uses = Broj računa koje može izraditi
admin-invitations-max-uses-hint = (od 1 do 10.000; prazno: 1 za poziv e-poštom, 100 za zajednički kod)
admin-invitations-create = Izradi kod
admin-invitations-created = Pozivni kod je izrađen
admin-invitations-code-once = Kopirajte kod sada: prikazuje se samo ovaj put.
admin-invitations-code = Kod
admin-invitations-link = Poveznica za registraciju
admin-invitations-emailed = Kod je poslan i na adresu e-pošte.
admin-invitations-back = Natrag na pozivne kodove
admin-invitations-revoke-title = Opoziv pozivnog koda
admin-invitations-revoke-intro = Nakon opoziva kod više ne vrijedi; računi već izrađeni njime ostaju.
admin-invitations-revoke-submit = Da, opozovi kod
admin-invitations-revoked-already = Ovaj je kod već opozvan.
admin-invitations-revoked = Pozivni kod je opozvan.

## End of people, institutions and invitation codes

## Admin console: certificates, failed mail and the audit log (issue 21)

admin-certificates-title = Certifikati
admin-certificates-search = Pronađite certifikat
admin-certificates-search-hint = (njegov serijski broj ili kod za provjeru, ili dio imena ili adrese e-pošte vlasnika)
admin-certificates-search-submit = Pretraži
admin-certificates-found = { $count ->
    [0] Nije pronađen nijedan certifikat.
    [one] Pronađen je { $count } certifikat.
    [few] Pronađena su { $count } certifikata.
   *[other] Pronađeno je { $count } certifikata.
  }
admin-certificates-results = Pronađeni certifikati
admin-certificates-serial = Serijski broj
admin-certificates-holder = Vlasnik
admin-certificates-course = Tečaj
admin-certificates-issued = Izdan
admin-certificates-status = Stanje
admin-certificates-status-valid = Valjan
admin-certificates-status-revoked = Opozvan
admin-certificates-status-replaced = Zamijenjen
admin-certificates-certificate = Certifikat { $serial }
admin-certificates-back = Natrag na traženje certifikata
admin-certificates-facts = Podaci
admin-certificates-code = Kod za provjeru
admin-certificates-printed-name = Ime otisnuto na njemu
admin-certificates-completed = Tečaj završen
admin-certificates-revoked-at = Opozvan
admin-certificates-reason = Razlog
admin-certificates-replaced-by = Zamijenio ga je
admin-certificates-trail = Povijest
admin-certificates-when = Kada
admin-certificates-what = Što
admin-certificates-event-revoked = Opozvan
admin-certificates-event-replaced = Zamijenjen novim certifikatom
admin-certificates-event-replaces = Izdan kao zamjena za drugi
admin-certificates-revoke = Opozovite ovaj certifikat
admin-certificates-revoke-intro = Svatko tko ga provjerava tada će pročitati da je opozvan i zašto.
admin-certificates-reason-hint = (prikazuje se svakome tko provjerava certifikat; najviše 500 znakova)
admin-certificates-revoke-next = Nastavi prema opozivu
admin-certificates-reissue = Ponovno izdajte ovaj certifikat
admin-certificates-reissue-intro = Novi certifikat zamjenjuje ovaj: novi serijski broj i kod za provjeru, ime i ustanova vlasnika i tekstovi tečaja kakvi su sada, isti datum završetka. Ovaj se opoziva uz razlog, a novi se šalje vlasniku e-poštom.
admin-certificates-reissue-next = Nastavi prema ponovnom izdavanju
admin-certificates-confirm-revoke = Opozvati certifikat { $serial }?
admin-certificates-confirm-reissue = Ponovno izdati certifikat { $serial }?
admin-certificates-confirm-revoke-explained = Ovo se ne može poništiti: od sada provjera kaže da je certifikat opozvan i prikazuje ovaj razlog.
admin-certificates-confirm-reissue-explained = Ovo se ne može poništiti: certifikat se opoziva uz ovaj razlog i zamjenjuje novim, koji se šalje vlasniku e-poštom.
admin-certificates-revoke-confirm = Opozovi certifikat
admin-certificates-reissue-confirm = Ponovno izdaj certifikat
admin-certificates-cancel = Odustani
admin-certificates-revoked = Certifikat je opozvan.
admin-certificates-reissued = Certifikat je ponovno izdan. Ovo je novi; poruka vlasniku čeka na slanje.
admin-certificates-already-revoked = Ovaj je certifikat već bio opozvan; vrijedi prvi razlog.
admin-certificates-already-replaced = Ovaj je certifikat već bio zamijenjen; ponovno izdajte njegovu zamjenu.
admin-mail-title = Neuspjela pošta
admin-mail-intro = Poruke koje red za slanje nije uspio poslati ni nakon svih pokušaja, od najstarije. „Pokušaj ponovno” vraća poruku u red s novim brojem pokušaja.
admin-mail-count = { $count ->
    [0] Nema neuspjelih poruka.
    [one] { $count } neuspjela poruka.
    [few] { $count } neuspjele poruke.
   *[other] { $count } neuspjelih poruka.
  }
admin-mail-failed = Neuspjele poruke
admin-mail-recipient = Primatelj
admin-mail-kind = Vrsta
admin-mail-queued = U redu od
admin-mail-attempts = Pokušaji
admin-mail-last-error = Posljednja pogreška
admin-mail-action = Radnja
admin-mail-retry = Pokušaj ponovno
admin-mail-retried = Poruka je ponovno u redu za slanje.
admin-mail-kind-verify = Potvrda adrese e-pošte
admin-mail-kind-reset = Nova lozinka
admin-mail-kind-invite = Pozivnica
admin-mail-kind-certificate = Certifikat
admin-audit-title = Revizijski zapisnik
admin-audit-filters = Filtrirajte zapisnik
admin-audit-action = Radnja
admin-audit-action-hint = (početak njezina naziva, npr. certificate. ili user.role)
admin-audit-actor = Izvršitelj
admin-audit-actor-hint = (id korisnika)
admin-audit-from = Od (dan, UTC)
admin-audit-until = Do (dan, UTC, uključivo)
admin-audit-apply = Primijeni filtre
admin-audit-csv = Preuzmi ove zapise kao CSV
admin-audit-none = Nijedan zapis ne odgovara.
admin-audit-entries = Zapisi, od najstarijeg
admin-audit-at = Vrijeme (UTC)
admin-audit-subject = Predmet
admin-audit-details = Pojedinosti
admin-audit-system = Sustav
admin-audit-paging = Stranice zapisnika
admin-audit-first = Prva stranica
admin-audit-next = Sljedeća stranica

## End of certificates, failed mail and the audit log

## Admin console: publishing forms (issue 21)

admin-upload-heading = Prijenos paketa
admin-upload-file = Paket (.zip ili .tar.gz)
admin-upload-hint = Cijeli tečaj, više tečajeva, novi modul ili tekstovi na još jednom jeziku. Paket se provjerava i sprema kao nacrt: polaznici ne vide ništa od njega dok ga ne objavite.
admin-upload-button = Prenesi i provjeri
admin-upload-missing = Odaberite datoteku paketa za prijenos.
admin-upload-too-large = Datoteka je veća od { $megabytes } MB. Ništa nije spremljeno.
admin-upload-invalid = { $count ->
    [one] Paket ima { $count } problem
    [few] Paket ima { $count } problema
   *[other] Paket ima { $count } problema
  }. Ništa nije spremljeno: ispravite navedene datoteke i ponovno prenesite paket.
admin-upload-refused = Datoteka je odbijena ({ $count ->
    [one] { $count } razlog
    [few] { $count } razloga
   *[other] { $count } razloga
  }): to nije .zip ili .tar.gz arhiva koju Kampus može sigurno pročitati. Ništa nije spremljeno.
admin-done-uploaded = Preneseno i provjereno: nacrt je spremljen. Polaznici ga ne vide dok ga ne objavite.
admin-done-uploaded-before = Ove su datoteke već prenesene: ovo je verzija koja je od njih napravljena.
admin-done-published = Objavljeno: polaznici sada vide ovu verziju.
admin-done-unpublished = Tečaj je povučen: polaznici ga više ne vide.
admin-cancel = Odustani
admin-publish-heading = Objava verzije { $number }
admin-rollback-heading = Vraćanje na verziju { $number }
admin-publish-button = Objavi ovu verziju
admin-rollback-button = Vrati na ovu verziju
admin-publish-first = Polaznici će vidjeti verziju { $number }; tečaj trenutačno nije objavljen.
admin-publish-replaces = Polaznici će odmah vidjeti verziju { $number } umjesto verzije { $current }.
admin-publish-already = Polaznici već vide ovu verziju: ništa se neće promijeniti.
admin-publish-progress-kept = Napredak, pokušaji i certifikati polaznika ostaju sačuvani.
admin-unpublish-heading = Povlačenje tečaja
admin-unpublish-button = Povuci tečaj
admin-unpublish-link = Povuci tečaj { $course }
admin-unpublish-withdraws = Tečaj se uklanja iz kataloga, a njegove lekcije i provjere znanja zatvaraju se za polaznike dok se ponovno ne objavi neka verzija.
admin-unpublish-kept = Upisi, napredak i certifikati ostaju sačuvani.
admin-unpublish-not-published = Tečaj trenutačno nije objavljen: ništa se neće promijeniti.
admin-preview-link = Pregled lekcija na dva jezika
admin-preview-title = Pregled
admin-back-to-version = Natrag na verziju
admin-preview-choose = Lekcija i jezici
admin-preview-lesson = Lekcija
admin-preview-left = Lijevi stupac
admin-preview-right = Desni stupac
admin-preview-show = Prikaži
admin-preview-fallback = Ova lekcija u ovoj verziji nije prevedena na jezik { $language }: polaznici je vide na jeziku { $shown }.
admin-area-nav = Administracija

## End of publishing forms

## LRS credentials
admin-lrs-title = LRS pristupni podaci
admin-lrs-intro = Alati koji čitaju ili upisuju zapise o učenju u formatu xAPI (na /xapi) prijavljuju se ključem i tajnom.
admin-lrs-none = Još nema LRS pristupnih podataka.
admin-lrs-list = LRS pristupni podaci, najnoviji prvi
admin-lrs-name = Naziv
admin-lrs-key = Ključ
admin-lrs-scopes = Ovlasti
admin-lrs-institutions = Institucije
admin-lrs-all-institutions = Sve institucije
admin-lrs-made = Izrađeno (UTC)
admin-lrs-state = Stanje
admin-lrs-action = Radnja
admin-lrs-state-active = Aktivan
admin-lrs-state-revoked = Opozvan
admin-lrs-revoke = Opozovi
admin-lrs-new = Novi LRS pristupni podaci
admin-lrs-new-intro = Tajna se prikazuje samo jednom, odmah nakon izrade: tada je kopirajte.
admin-lrs-name-hint = (čemu služi, na primjer alat za analitiku; od 1 do 200 znakova)
admin-lrs-scopes-hint = (statements/write: upis izjava; statements/read/mine: čitanje samo onoga što je sam upisao; statements/read: čitanje izjava; state i profile: resursi State i Profile; define: čuvanje definicija aktivnosti; all/read: čitanje svega; all: sve)
admin-lrs-institutions-hint = (vezan uz institucije, čita samo izjave o njihovim ljudima; ništa označeno: nije vezan)
admin-lrs-create = Izradi pristupne podatke
admin-lrs-created = LRS pristupni podaci su izrađeni
admin-lrs-secret-once = Kopirajte tajnu sada: prikazuje se samo ovaj put.
admin-lrs-secret = Tajna
admin-lrs-endpoint = LRS adresa
admin-lrs-back = Natrag na LRS pristupne podatke
admin-lrs-revoke-title = Opoziv LRS pristupnih podataka
admin-lrs-revoke-intro = Opozivom pristupni podaci odmah prestaju raditi; upisane izjave ostaju.
admin-lrs-revoke-submit = Da, opozovi pristupne podatke
admin-lrs-revoked-already = Ovi pristupni podaci već su opozvani.
admin-lrs-revoked = LRS pristupni podaci su opozvani.

## End of LRS credentials
