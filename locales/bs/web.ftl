# The web pages (crates/kampus-web); see locales/en/web.ftl.

## The language switcher: each language's name in itself.
language-name = Bosanski
language-switch = Jezik

## Every page
skip-to-content = Pređi na sadržaj
nav-label = Glavni meni
nav-catalog = Kursevi
nav-certificates = Moji certifikati
nav-profile = Profil ({ $name })
nav-sign-in = Prijava
nav-register = Registracija
nav-sign-out = Odjava
footer-about = Kampus — platforma za samostalno e-učenje Regionalnog centra za obuku u oblasti migracija.
text-not-translated = još nije prevedeno

## Errors
error-not-found = Stranica nije pronađena
error-not-found-explanation = Na ovoj adresi nema ničega. Stranica je možda premještena ili je adresa pogrešno upisana.
error-forbidden = Nije dozvoljeno
error-forbidden-explanation = Ovu radnju ne možete izvršiti ovdje. Ako ste došli s obrasca, ponovo učitajte stranicu i pokušajte opet.
error-bad-request = Obrazac nije moguće pročitati
error-bad-request-explanation = Nešto u obrascu nedostaje ili nije ispravno. Vratite se, provjerite podatke i ponovo pošaljite obrazac.
error-too-many = Previše pokušaja
error-too-many-explanation = Bilo je previše pokušaja u kratkom vremenu. Sačekajte nekoliko minuta, pa pokušajte ponovo.
error-unavailable = Privremeno nedostupno
error-unavailable-explanation = Kampus trenutno ne može pristupiti bazi podataka. Pokušajte ponovo za nekoliko trenutaka.
error-internal = Došlo je do greške
error-internal-explanation = Greška je na našoj strani, ne na vašoj. Zabilježena je; pokušajte ponovo kasnije.
error-back-to-catalog = Nazad na kurseve

## Catalog
catalog-title = Kursevi
catalog-intro = Online kursevi o upravljanju migracijama namijenjeni uposlenicima ministarstava, granične policije i institucija nadležnih za azil. Pohađate ih na svom jeziku i vlastitim tempom.
catalog-filters = Filtriranje kurseva
catalog-filter-language = Dostupno na jeziku
catalog-filter-level = Nivo
catalog-filter-length = Trajanje
catalog-filter-any = Sve
catalog-filter-credits = Samo kursevi s ECTS bodovima
catalog-filter-apply = Prikaži kurseve
catalog-filter-clear = Prikaži sve kurseve
catalog-length-short = Do 10 sati
catalog-length-medium = Od 10 do 30 sati
catalog-length-long = Više od 30 sati
catalog-count = Prikazano kurseva: { $shown } od { $total }
catalog-empty = Nijedan kurs ne odgovara ovim filterima.

## Courses
course-hours = Broj sati: { $hours }
course-credits = ECTS bodovi: { $credits }
course-eqf = EQF nivo { $level }
course-languages = Jezici
course-not-for-you = Nije dostupno za vašu instituciju
course-percent-done = Završeno { $percent } %
course-continue = Nastavite tamo gdje ste stali
course-completed = Završen
course-withdrawn = Odustali ste
level-introductory = Uvodni
level-intermediate = Srednji
level-advanced = Napredni
level-specialist = Specijalistički
audience-countries = Otvoreno za uposlenike institucija iz sljedećih država: { $countries }.
audience-countries-and-institutions = Otvoreno za uposlenike pojedinih institucija koje je odredio centar, kao i institucija iz sljedećih država: { $countries }.
audience-institutions = Otvoreno za uposlenike pojedinih institucija koje je odredio centar.

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
country-RO = Rumunija
country-RS = Srbija
country-SI = Slovenija
country-TR = Turska
country-XK = Kosovo

## Accounts
field-email = E-mail adresa
field-password = Lozinka
sign-in-title = Prijava
sign-in-submit = Prijavi se
sign-in-forgot = Zaboravili ste lozinku?
sign-in-no-account = Nemate račun?
sign-in-wrong = E-mail adresa ili lozinka nisu tačni.
sign-in-not-verified = Prvo potvrdite svoju e-mail adresu: otvorite link koji smo vam poslali.
sign-in-resend-link = Ponovo pošalji link
course-your-place = Vaš status na kursu
course-sign-in-to-enroll = Prijavite se kako biste se upisali na ovaj kurs i kako bi se vaš napredak čuvao.
course-enroll = Upiši se na ovaj kurs
course-resume = Ponovo se upiši i nastavi
course-withdraw = Odustani od ovog kursa
course-withdrawn-explained = Odustali ste od ovog kursa. Ako se ponovo upišete, zadržat ćete dosadašnji napredak.
course-not-for-you-explained = Ovaj kurs je otvoren samo za gore navedene institucije. Ako smatrate da biste trebali imati pristup, obratite se koordinatoru za obuku u svojoj instituciji.
course-lessons-done = Završeno lekcija: { $done } od { $total }
course-start = Započni prvu lekciju
course-see-completion = Vaš certifikat i podaci o završetku kursa
course-outcomes = Šta ćete naučiti
course-outline = Moduli i lekcije
course-assessments = Provjere znanja
course-survey-link = Popunite anketu o kursu
lesson-reading-minutes = { $minutes ->
    [one] { $minutes } minuta čitanja
    [few] { $minutes } minute čitanja
   *[other] { $minutes } minuta čitanja
}
lesson-done = Završena
assessment-required = uslov za certifikat
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
lesson-not-translated = Ova lekcija još nije prevedena na vaš jezik; prikazana je na jeziku koji je najbliži vašem.
lesson-contents = U ovoj lekciji
lesson-complete = Označi kao završenu
lesson-complete-and-next = Označi kao završenu i nastavi
lesson-pager = Prethodna i sljedeća lekcija
lesson-back-to-course = Nazad na kurs

## Forms
form-has-errors = Ispravite sljedeće
field-invitation-code = Kod pozivnice
field-invitation-code-hint = (dobijate ga od koordinatora za obuku, na primjer K7QM2-XHD9T-WAB4R)
field-display-name = Vaše ime
field-display-name-hint = (onako kako će biti odštampano na vašim certifikatima)
field-new-password = Nova lozinka
field-new-password-hint = (najmanje 12 znakova; najbolje je nekoliko riječi koje lahko pamtite)
field-language = Jezik
field-gender = Spol
field-gender-hint = (nije obavezno; koristi se samo za anonimnu statistiku)
field-gender-unstated = Nije navedeno
gender-female = Ženski
gender-male = Muški
gender-other = Drugo
gender-prefer-not-to-say = Ne želim se izjasniti

## Registration
register-title = Otvaranje računa
register-intro = Potreban vam je kod pozivnice koji ste dobili od koordinatora za obuku u svojoj instituciji.
register-submit = Otvori račun
register-have-account = Već imate račun?
register-done-check-mail = Hvala. Poslali smo vam e-mail s linkom za potvrdu adrese; otvorite link kako biste završili registraciju. Ako ne vidite poruku, provjerite folder za neželjenu poštu.
register-done-verified = Vaš račun je spreman. Sada se možete prijaviti.

## Emailed links
verify-title = Potvrdite svoju e-mail adresu
verify-intro = Potvrdite da je ova adresa vaša kako biste završili otvaranje računa.
verify-submit = Potvrdi moju adresu
verify-done = Vaša adresa je potvrđena. Sada se možete prijaviti.
resend-title = Ponovno slanje linka za potvrdu
resend-intro = Unesite adresu s kojom ste se registrovali. Ako adresa čeka potvrdu, poslat ćemo vam novi link.
forgot-title = Zaboravili ste lozinku?
forgot-intro = Unesite adresu svog računa i poslat ćemo vam link za odabir nove lozinke.
link-send = Pošalji link
link-sent = Ako postoji račun s ovom adresom, e-mail s linkom je na putu. Link važi ograničeno vrijeme.
link-invalid = Ovaj link više nije važeći: već je iskorišten ili je istekao.
link-ask-again = Zatraži novi link
reset-title = Odaberite novu lozinku
reset-intro = Odaberite novu lozinku za svoj račun. Bit ćete odjavljeni sa svih drugih uređaja.
reset-submit = Sačuvaj novu lozinku
reset-done = Vaša lozinka je promijenjena. Prijavite se novom lozinkom.

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
assessment-no-attempts-left = Iskoristili ste sve pokušaje koje ova provjera znanja dozvoljava.
assessment-your-attempts = Vaši pokušaji
assessment-attempt-number = Pokušaj { $number }
assessment-attempt-open = u toku
quiz-percent = { $percent } %
quiz-passed = Položeno
quiz-not-passed = Nije položeno
quiz-result = Rezultat
quiz-your-score = Vaš rezultat: { $score }
quiz-pass-mark-was = Prag prolaznosti je { $mark }.
quiz-pre-test-note = Ovaj ulazni test pokazuje koliko znate prije početka kursa; ne računa se za polaganje.
quiz-review = Pregled vaših odgovora
quiz-question-number = Pitanje { $number }
quiz-points = { $points ->
    [one] { $points } bod
    [few] { $points } boda
   *[other] { $points } bodova
}
quiz-instructions = Odgovorite na pitanja u nastavku. Odgovore možete sačuvati i vratiti se kasnije; ništa se ne ocjenjuje dok ih ne predate.
quiz-minutes-left = { $minutes ->
    [one] Preostala je { $minutes } minuta.
    [few] Preostale su { $minutes } minute.
   *[other] Preostalo je { $minutes } minuta.
}
quiz-deadline = Vrijeme ističe u { $time }; odgovori poslani nakon toga neće biti prihvaćeni.
quiz-time-up = Vrijeme za ovaj pokušaj je isteklo. Ocijenjen je na osnovu odgovora sačuvanih na vrijeme.
quiz-saved = Vaši odgovori su sačuvani.
quiz-fix-answers = Neke odgovore nije bilo moguće pročitati; ništa nije sačuvano. Ispravite ih u nastavku.
quiz-choose-all = Odaberite sve tačne odgovore.
quiz-true = Tačno
quiz-false = Netačno
quiz-match-hint = Za svaku tvrdnju odaberite odgovarajući odgovor.
quiz-choose = Odaberite…
quiz-order-hint = Svakoj stavci dodijelite redni broj, počevši od 1.
quiz-position = Redni broj…
quiz-your-number = Vaš odgovor (broj)
quiz-your-answer = Vaš odgovor
quiz-save = Sačuvaj odgovore
quiz-submit = Predaj na ocjenjivanje
quiz-submit-note = Predajom se pokušaj završava; nakon toga odgovore više ne možete mijenjati.
quiz-submit-confirm = Želite li predati odgovore na ocjenjivanje? Nakon toga ih više ne možete mijenjati.
quiz-number-invalid = Unesite broj, na primjer 12 ili 12,5.
quiz-order-invalid = Svakoj stavci dodijelite drugi redni broj, od 1 do ukupnog broja stavki.
review-correct = Tačno
review-partial = Djelimično tačno
review-incorrect = Netačno
review-points = Bodovi: { $awarded } od { $possible }
review-your-answer = Vaš odgovor:
review-correct-answer = Tačan odgovor:
review-unanswered = Bez odgovora

## Survey
survey-title = Vaše mišljenje o kursu
survey-intro = Vaši odgovori pomažu centru da unaprijedi svoje kurseve. Treneri vide samo zbirne rezultate, nikada ko je šta odgovorio.
survey-saved-before = Vaši raniji odgovori su već uneseni; možete ih mijenjati dok ne završite kurs.
survey-required = obavezno
survey-submit = Pošalji odgovore

## Certificates
certificates-title = Moji certifikati
certificates-none = Još nemate nijedan certifikat. Završite neki kurs kako biste ga stekli.
certificate-serial-web = Certifikat { $serial }
certificate-completed-on-web = Završeno { $date }
certificate-final-score-web = Završna provjera: { $score } %
certificate-revoked-on = Opozvan { $date }
certificate-download = Preuzmi PDF
certificate-verify-link = Javna stranica za provjeru
certificate-qr-hint = Svako može provjeriti ovaj certifikat skeniranjem koda ili otvaranjem stranice za provjeru.
certificate-qr-alt = QR kod stranice za provjeru { $url }
completed-title = Kurs je završen
completed-on = Čestitamo! Završili ste ovaj kurs { $date }.
completed-emailed = Certifikat smo vam poslali i e-mailom.

## Profile
profile-title = Vaš profil
profile-details = Lični podaci
profile-language-hint = (stranice, e-mail poruke i certifikati)
profile-save = Sačuvaj
profile-saved = Vaš profil je sačuvan.
profile-password = Lozinka
field-current-password = Trenutna lozinka
profile-password-submit = Promijeni lozinku
profile-password-changed = Vaša lozinka je promijenjena. Odjavljeni ste sa svih drugih uređaja.
profile-data = Vaši podaci
profile-export-intro = Preuzmite kopiju podataka koje vaš račun sadrži, u obliku JSON datoteke.
profile-export = Preuzmi moje podatke
profile-delete = Brisanje računa
profile-delete-intro = Vaše ime i e-mail adresa bit će izbrisani i više se nećete moći prijaviti. Certifikati koje ste stekli ostaju važeći za svakoga ko ih provjerava. Ova radnja se ne može poništiti.
profile-delete-confirm = Vaša lozinka, radi potvrde
profile-delete-submit = Izbriši moj račun

## Staff pages (issue 21): the dashboard, learner lists and records.
nav-staff = Kontrolna ploča
staff-dashboard-title = Kontrolna ploča
staff-coverage-all = Vidite podatke o polaznicima iz svih institucija.
staff-coverage-none = Još vam nije dodijeljena nijedna institucija, pa nema polaznika za prikaz. Administrator vam može dodijeliti institucije.
staff-coverage-some = Vidite podatke o polaznicima iz sljedećih institucija: { $institutions }.
staff-filters = Filteri
staff-filter-from = Od
staff-filter-to = Do
staff-filter-by = Grupiši završavanje po
staff-filter-apply = Prikaži podatke
staff-filter-invalid = Ova vrijednost nije ispravna, pa su podaci prikazani bez nje.
staff-headline = Ključni pokazatelji
staff-download-csv = Preuzmi kao CSV
staff-completion-by = Završavanje: { $grouping }
staff-completion-chart = Stopa završavanja: { $grouping }
staff-completion-summary = Završeno upisa: { $completed } od { $enrolled } ({ $rate }). Podaci za svaku grupu navedeni su u tabeli ispod.
staff-no-figures = Za ove filtere još nema podataka.
staff-small-group-star = * Manje od 5 polaznika: premalo za donošenje zaključaka, a osobe u takvoj grupi mogle bi se prepoznati.
staff-gain = Napredak u znanju
staff-gain-explained = Rezultat ulaznog testa u poređenju s najboljim rezultatom završne provjere, za polaznike koji su pristupili i jednom i drugom. Normalizovani napredak (Hakeov g) je udio mogućeg poboljšanja koji je ostvaren: (završna provjera − ulazni test) / (100 − ulazni test).
staff-gain-by = Napredak u znanju: { $grouping }
staff-gain-chart = Prosjek ulaznog testa i najbolje završne provjere po kursu
staff-gain-summary = Polaznika koji su pristupili i ulaznom testu i završnoj provjeri: { $learners }. Prosječan rezultat ulaznog testa { $pre }, prosječan najbolji rezultat završne provjere { $post }.
staff-percent = { $value } %
staff-no-institution = Bez institucije
staff-learners = Polaznici
staff-back-to-dashboard = Nazad na kontrolnu ploču
staff-filters-applied = Filteri s kontrolne ploče primjenjuju se i na ovaj spisak.
staff-search-learners = Pretraga po imenu ili e-mail adresi
staff-search = Pretraži
staff-learners-count = { $total ->
    [one] { $total } polaznik
    [few] { $total } polaznika
   *[other] { $total } polaznika
  } · stranica { $page } od { $pages }
staff-no-learners = Nema polaznika koji odgovaraju kriterijima.
staff-module-number = M{ $number }
staff-module-lessons = { $done }/{ $total }
staff-status-enrolled = U toku
staff-status-completed = Završeno
staff-status-withdrawn = Odustao/la
staff-paging = Stranice spiska polaznika
staff-previous-page = Prethodna stranica
staff-next-page = Sljedeća stranica
staff-learner-courses = Kursevi
staff-learner-no-courses = Nema upisanih kurseva.
staff-courses = Kursevi
staff-survey-title = Anketa o kursu
staff-survey-respondents = { $count ->
    [one] { $count } polaznik je popunio anketu.
    [few] { $count } polaznika su popunila anketu.
   *[other] { $count } polaznika je popunilo anketu.
  }
staff-survey-point = Ocjena { $point }
staff-survey-rating = Ocjena
staff-survey-share = Udio odgovora
staff-survey-summary = Odgovora: { $responses }, prosječna ocjena { $mean } na skali od 1 do { $scale }.
staff-survey-comments-count = { $count ->
    [one] { $count } komentar
    [few] { $count } komentara
   *[other] { $count } komentara
  }
staff-survey-comments-admins = Komentare čitaju samo administratori: trener poznaje svoje polaznike, a iz komentara bi se moglo zaključiti ko ga je napisao.
staff-items-of = Analiza pitanja
staff-items-attempts = Predati pokušaji po jeziku
staff-items-mean = Prosječan rezultat
staff-items-pass-rate = Prolaznost
staff-items-questions = Pitanja
staff-items-explained = Indeks lakoće je prosječan udio bodova osvojenih na pitanju (1 = svi su tačno odgovorili). Indeks diskriminativnosti je korelacija rezultata na pitanju s rezultatom na ostatku pokušaja (ispod 0,2: pitanje slabo razlikuje bolje od slabijih polaznika).
staff-items-chart = Indeks lakoće po pitanju
staff-items-chart-summary = Udio bodova koje su polaznici osvojili na svakom pitanju; podaci su navedeni u tabeli ispod.
staff-items-flag-explained = Pitanje se označava za jezik na kojem je znatno teže nego na ostalim jezicima, ako ima dovoljno pokušaja da se to utvrdi: provjerite prijevod tog pitanja na taj jezik.
nav-funder-report = Izvještaj za donatore
staff-funder-title = Izvještaj za donatore
staff-funder-period = Od { $from } do { $to }
staff-funder-since = Od { $from }
staff-funder-until = Do { $to }
staff-funder-all-time = Cijeli period
staff-funder-pdf = Preuzmi kao PDF
staff-funder-print-hint = Stranica se štampa kao izvještaj, bez menija web-stranice i ovog obrasca.
staff-funder-completion = Stopa završavanja i prolaznost na završnoj provjeri
staff-funder-by-course = Po kursu
staff-funder-by-country = Po državi
staff-funder-satisfaction = Zadovoljstvo
staff-funder-respondents = Polaznika koji su popunili anketu
staff-funder-ratings = Datih ocjena
staff-funder-mean-rating = Prosječna ocjena
staff-funder-of-scale = { $mean } od { $scale }
staff-funder-satisfied = Ocjene u dva najviša stepena skale
staff-funder-definitions = Definicije
staff-funder-def-trained = Obučenih polaznika: broj različitih polaznika koji su u periodu završili najmanje jedan kurs (prema datumu završetka kursa). „Završenih kurseva” broji svako završavanje kursa; „Izdatih certifikata” broji certifikate izdate u periodu koji nisu opozvani. Broje se samo polaznici, nikada treneri ni administratori.
staff-funder-def-completion = Stopa završavanja: broj završenih upisa podijeljen brojem upisa ostvarenih u periodu (prema datumu upisa), pri čemu se u upise računaju i oni iz kojih su polaznici odustali.
staff-funder-def-pass = Prolaznost na završnoj provjeri: broj upisa s položenim pokušajem na završnoj provjeri kursa podijeljen brojem upisa s najmanje jednim predatim pokušajem na toj provjeri (upisi ostvareni u periodu).
staff-funder-def-gain = Napredak u znanju: za upise ostvarene u periodu koji imaju i ulazni test i završnu provjeru, prvi rezultat ulaznog testa u poređenju s najboljim rezultatom završne provjere. Hakeov normalizovani napredak g iznosi (završna provjera − ulazni test) / (100 − ulazni test): prosjek grupe računa se iz prosječnih rezultata; prosjek polaznika je prosjek vrijednosti g svakog polaznika pojedinačno, pri čemu se izostavljaju polaznici koji su na ulaznom testu postigli 100.
staff-funder-def-satisfaction = Zadovoljstvo: pitanja sa skalom procjene u anketi na kraju kursa, računato na osnovu svih ocjena u anketama popunjenim u periodu; prosječna ocjena i udio ocjena u dva najviša stepena skale (4 ili 5 od 5).
staff-funder-def-small = Grupe s manje od 5 polaznika označene su zvjezdicom: njihovi podaci su previše nepouzdani da bi se iz njih izvodili zaključci, a osobe u njima mogle bi se prepoznati.
staff-funder-page = Stranica { $page } od { $pages }

## The admins' publishing console (issue 21).
nav-admin-content = Objavljivanje
admin-content-title = Objavljivanje
admin-translation-status = Status prijevoda
admin-translation-explained = Za svaki objavljeni kurs i jezik: potpun (svaki tekst je preveden s aktuelnog engleskog teksta), djelimičan (polaznici tekstove koji nedostaju vide na rezervnom jeziku) ili zastario (preveden sa starijeg engleskog teksta).
admin-translation-complete = Potpun
admin-translation-partial = Djelimičan
admin-translation-outdated = Zastario
admin-translation-counts = nedostaje: { $missing }, zastarjelo: { $outdated }, od ukupno { $total }
admin-versions = Verzije
admin-version-number = Verzija
admin-version-name = Verzija { $number }
admin-version-created = Napravljena
admin-version-source = Izvor
admin-version-state = Status
admin-source-content-folder = folder sa sadržajem
admin-source-upload = otpremanje
admin-version-published = Objavljena
admin-version-draft = Nacrt
admin-back-to-console = Nazad na objavljivanje
admin-report = Izvještaj o validaciji
admin-report-counts = { $errors ->
    [one] { $errors } greška
    [few] { $errors } greške
   *[other] { $errors } grešaka
  }, { $warnings ->
    [one] { $warnings } upozorenje
    [few] { $warnings } upozorenja
   *[other] { $warnings } upozorenja
  }
admin-report-place = Datoteka:red:kolona
admin-report-severity = Ozbiljnost
admin-report-code = Kod
admin-report-message = Poruka (na engleskom)
admin-severity-error = Greška
admin-severity-warning = Upozorenje

## Admin console: people, institutions and invitation codes (issue 21)

admin-people-nav = Korisnici i institucije
admin-people-title = Korisnici
admin-people-invite-hint = Da biste uključili nekoga novog, kreirajte pozivni kod.
admin-people-invite = Pozovite nekoga
admin-people-search = Pretraga korisnika
admin-people-search-hint = (dio imena ili e-mail adrese)
admin-people-role = Uloga
admin-people-any-role = Bilo koja uloga
admin-people-search-submit = Pretraži
admin-people-none = Nijedan korisnik ne odgovara pretrazi.
admin-people-page = Korisnici, stranica { $number }
admin-people-name = Ime
admin-people-institution = Institucija
admin-people-status = Status
admin-people-active-state = Aktivan
admin-people-deactivated-state = Deaktiviran
admin-people-role-learner = Polaznik
admin-people-role-trainer = Trener
admin-people-role-admin = Administrator
admin-people-email = E-mail adresa
admin-people-change-role = Promjena uloge
admin-people-own-account = Ovo je vaš račun: samo mu drugi administrator može smanjiti ovlasti ili ga deaktivirati.
admin-people-role-hint = (promjena odjavljuje osobu na svim uređajima)
admin-people-save-role = Sačuvaj ulogu
admin-people-reactivate-intro = Račun je deaktiviran: osoba se ne može prijaviti.
admin-people-reactivate = Ponovo aktiviraj račun
admin-people-deactivate-intro = Deaktivacija odmah odjavljuje osobu i sprječava je da se prijavi; njeni podaci ostaju sačuvani.
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
admin-people-reactivated = Račun je ponovo aktiviran.
admin-people-assigned = Institucija je dodijeljena treneru.
admin-people-unassigned = Institucija je uklonjena treneru.
admin-people-not-yourself = Ne možete smanjiti ovlasti svog računa ni deaktivirati ga; to mora učiniti drugi administrator.
admin-people-confirm-required = Označite polje da potvrdite deaktivaciju.
admin-people-not-a-trainer = Samo treneri prate institucije: prvo promijenite ulogu.
admin-institutions-title = Institucije
admin-institutions-none = Još nema institucija.
admin-institutions-name = Naziv
admin-institutions-name-hint = (kako se ispisuje na certifikatima)
admin-institutions-country = Oznaka države
admin-institutions-country-hint = (dva slova, npr. BA, RS, ME)
admin-institutions-kind = Vrsta
admin-institutions-choose-kind = Izaberite vrstu
admin-institutions-kind-ministry = Ministarstvo
admin-institutions-kind-police = Policija
admin-institutions-kind-border-police = Granična policija
admin-institutions-kind-asylum-agency = Služba za azil
admin-institutions-kind-refugee-agency = Služba za izbjeglice
admin-institutions-kind-training-centre = Centar za obuku
admin-institutions-kind-international-organisation = Međunarodna organizacija
admin-institutions-kind-other = Drugo
admin-institutions-new = Nova institucija
admin-institutions-create = Kreiraj instituciju
admin-institutions-save = Sačuvaj instituciju
admin-institutions-back = Nazad na institucije
admin-institutions-created = Institucija je kreirana.
admin-institutions-saved = Institucija je sačuvana.
admin-institutions-name-taken = Institucija s tim nazivom već postoji u toj državi.
admin-invitations-title = Pozivni kodovi
admin-invitations-none = Još nema pozivnih kodova.
admin-invitations-list = Pozivni kodovi, najnoviji prvi
admin-invitations-for = Za koga
admin-invitations-institution = Institucija
admin-invitations-role = Uloga
admin-invitations-expires = Ističe (UTC)
admin-invitations-uses = Korištenja
admin-invitations-state = Stanje
admin-invitations-action = Radnja
admin-invitations-revoke = Opozovi
admin-invitations-anyone = Svako ko ima kod
admin-invitations-state-open = Vrijedi
admin-invitations-state-revoked = Opozvan
admin-invitations-state-expired = Istekao
admin-invitations-state-used-up = Iskorišten
admin-invitations-new = Novi pozivni kod
admin-invitations-new-intro = Kod se prikazuje samo jednom, odmah nakon kreiranja: tada ga kopirajte. Ako navedete e-mail adresu, kod se šalje i na nju i vrijedi samo za tu adresu.
admin-invitations-no-institution = Bez institucije
admin-invitations-email = E-mail adresa
admin-invitations-email-hint = (nije obavezno: za poziv jednoj osobi)
admin-invitations-days = Broj dana važenja
admin-invitations-days-hint = (od 1 do 365)
admin-invitations-max-uses = Broj računa koje može kreirati
admin-invitations-max-uses-hint = (od 1 do 10.000; prazno: 1 za poziv e-mailom, 100 za zajednički kod)
admin-invitations-create = Kreiraj kod
admin-invitations-created = Pozivni kod je kreiran
admin-invitations-code-once = Kopirajte kod sada: prikazuje se samo ovaj put.
admin-invitations-code = Kod
admin-invitations-link = Link za registraciju
admin-invitations-emailed = Kod je poslan i na e-mail adresu.
admin-invitations-back = Nazad na pozivne kodove
admin-invitations-revoke-title = Opoziv pozivnog koda
admin-invitations-revoke-intro = Nakon opoziva kod više ne vrijedi; računi već kreirani njime ostaju.
admin-invitations-revoke-submit = Da, opozovi kod
admin-invitations-revoked-already = Ovaj kod je već opozvan.
admin-invitations-revoked = Pozivni kod je opozvan.

## End of people, institutions and invitation codes

## Admin console: certificates, failed mail and the audit log (issue 21)

admin-certificates-title = Certifikati
admin-certificates-search = Pronađite certifikat
admin-certificates-search-hint = (njegov serijski broj ili kod za provjeru, ili dio imena ili e-mail adrese vlasnika)
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
admin-certificates-course = Kurs
admin-certificates-issued = Izdat
admin-certificates-status = Stanje
admin-certificates-status-valid = Važeći
admin-certificates-status-revoked = Opozvan
admin-certificates-status-replaced = Zamijenjen
admin-certificates-certificate = Certifikat { $serial }
admin-certificates-back = Nazad na pretragu certifikata
admin-certificates-facts = Podaci
admin-certificates-code = Kod za provjeru
admin-certificates-printed-name = Ime odštampano na njemu
admin-certificates-completed = Kurs završen
admin-certificates-revoked-at = Opozvan
admin-certificates-reason = Razlog
admin-certificates-replaced-by = Zamijenio ga je
admin-certificates-trail = Historija
admin-certificates-when = Kada
admin-certificates-what = Šta
admin-certificates-event-revoked = Opozvan
admin-certificates-event-replaced = Zamijenjen novim certifikatom
admin-certificates-event-replaces = Izdat kao zamjena za drugi
admin-certificates-revoke = Opozovite ovaj certifikat
admin-certificates-revoke-intro = Svako ko ga provjerava tada će pročitati da je opozvan i zašto.
admin-certificates-reason-hint = (prikazuje se svakome ko provjerava certifikat; najviše 500 znakova)
admin-certificates-revoke-next = Nastavi ka opozivu
admin-certificates-reissue = Ponovo izdajte ovaj certifikat
admin-certificates-reissue-intro = Novi certifikat zamjenjuje ovaj: novi serijski broj i kod za provjeru, ime i institucija vlasnika i tekstovi kursa kakvi su sada, isti datum završetka. Ovaj se opoziva uz razlog, a novi se šalje vlasniku e-mailom.
admin-certificates-reissue-next = Nastavi ka ponovnom izdavanju
admin-certificates-confirm-revoke = Opozvati certifikat { $serial }?
admin-certificates-confirm-reissue = Ponovo izdati certifikat { $serial }?
admin-certificates-confirm-revoke-explained = Ovo se ne može poništiti: od sada provjera kaže da je certifikat opozvan i prikazuje ovaj razlog.
admin-certificates-confirm-reissue-explained = Ovo se ne može poništiti: certifikat se opoziva uz ovaj razlog i zamjenjuje novim, koji se šalje vlasniku e-mailom.
admin-certificates-revoke-confirm = Opozovi certifikat
admin-certificates-reissue-confirm = Ponovo izdaj certifikat
admin-certificates-cancel = Otkaži
admin-certificates-revoked = Certifikat je opozvan.
admin-certificates-reissued = Certifikat je ponovo izdat. Ovo je novi; poruka vlasniku čeka na slanje.
admin-certificates-already-revoked = Ovaj certifikat je već bio opozvan; važi prvi razlog.
admin-certificates-already-replaced = Ovaj certifikat je već bio zamijenjen; ponovo izdajte njegovu zamjenu.
admin-mail-title = Neuspjela pošta
admin-mail-intro = Poruke koje red za slanje nije uspio poslati ni nakon svih pokušaja, od najstarije. „Pokušaj ponovo” vraća poruku u red s novim brojem pokušaja.
admin-mail-count = { $count ->
    [0] Nema neuspjelih poruka.
    [one] { $count } neuspjela poruka.
    [few] { $count } neuspjele poruke.
   *[other] { $count } neuspjelih poruka.
  }
admin-mail-failed = Neuspjele poruke
admin-mail-recipient = Primalac
admin-mail-kind = Vrsta
admin-mail-queued = U redu od
admin-mail-attempts = Pokušaji
admin-mail-last-error = Posljednja greška
admin-mail-action = Radnja
admin-mail-retry = Pokušaj ponovo
admin-mail-retried = Poruka je ponovo u redu za slanje.
admin-mail-kind-verify = Potvrda e-mail adrese
admin-mail-kind-reset = Nova lozinka
admin-mail-kind-invite = Pozivnica
admin-mail-kind-certificate = Certifikat
admin-audit-title = Dnevnik nadzora
admin-audit-filters = Filtrirajte dnevnik
admin-audit-action = Radnja
admin-audit-action-hint = (početak njenog naziva, npr. certificate. ili user.role)
admin-audit-actor = Izvršio
admin-audit-actor-hint = (id korisnika)
admin-audit-from = Od (dan, UTC)
admin-audit-until = Do (dan, UTC, uključujući)
admin-audit-apply = Primijeni filtere
admin-audit-csv = Preuzmi ove zapise kao CSV
admin-audit-none = Nijedan zapis ne odgovara.
admin-audit-entries = Zapisi, od najstarijeg
admin-audit-at = Vrijeme (UTC)
admin-audit-subject = Predmet
admin-audit-details = Pojedinosti
admin-audit-system = Sistem
admin-audit-paging = Stranice dnevnika
admin-audit-first = Prva stranica
admin-audit-next = Sljedeća stranica

## End of certificates, failed mail and the audit log

## Admin console: publishing forms (issue 21)

admin-upload-heading = Učitavanje paketa
admin-upload-file = Paket (.zip ili .tar.gz)
admin-upload-hint = Cijeli kurs, više kurseva, novi modul ili tekstovi na još jednom jeziku. Paket se provjerava i čuva kao nacrt: polaznici ne vide ništa od njega dok ga ne objavite.
admin-upload-button = Učitaj i provjeri
admin-upload-missing = Odaberite datoteku paketa za učitavanje.
admin-upload-too-large = Datoteka je veća od { $megabytes } MB. Ništa nije sačuvano.
admin-upload-invalid = { $count ->
    [one] Paket ima { $count } problem
    [few] Paket ima { $count } problema
   *[other] Paket ima { $count } problema
  }. Ništa nije sačuvano: ispravite navedene datoteke i ponovo učitajte paket.
admin-upload-refused = Datoteka je odbijena ({ $count ->
    [one] { $count } razlog
    [few] { $count } razloga
   *[other] { $count } razloga
  }): to nije .zip ili .tar.gz arhiva koju Kampus može sigurno pročitati. Ništa nije sačuvano.
admin-done-uploaded = Učitano i provjereno: nacrt je sačuvan. Polaznici ga ne vide dok ga ne objavite.
admin-done-uploaded-before = Ove datoteke su već učitavane: ovo je verzija koja je od njih napravljena.
admin-done-published = Objavljeno: polaznici sada vide ovu verziju.
admin-done-unpublished = Kurs je povučen: polaznici ga više ne vide.
admin-cancel = Odustani
admin-publish-heading = Objavljivanje verzije { $number }
admin-rollback-heading = Vraćanje na verziju { $number }
admin-publish-button = Objavi ovu verziju
admin-rollback-button = Vrati na ovu verziju
admin-publish-first = Polaznici će vidjeti verziju { $number }; kurs trenutno nije objavljen.
admin-publish-replaces = Polaznici će odmah vidjeti verziju { $number } umjesto verzije { $current }.
admin-publish-already = Polaznici već vide ovu verziju: ništa se neće promijeniti.
admin-publish-progress-kept = Napredak, pokušaji i certifikati polaznika ostaju sačuvani.
admin-unpublish-heading = Povlačenje kursa
admin-unpublish-button = Povuci kurs
admin-unpublish-link = Povuci kurs { $course }
admin-unpublish-withdraws = Kurs se uklanja iz kataloga, a njegove lekcije i provjere znanja zatvaraju se za polaznike dok se ponovo ne objavi neka verzija.
admin-unpublish-kept = Upisi, napredak i certifikati ostaju sačuvani.
admin-unpublish-not-published = Kurs trenutno nije objavljen: ništa se neće promijeniti.
admin-preview-link = Pregled lekcija na dva jezika
admin-preview-title = Pregled
admin-back-to-version = Nazad na verziju
admin-preview-choose = Lekcija i jezici
admin-preview-lesson = Lekcija
admin-preview-left = Lijeva kolona
admin-preview-right = Desna kolona
admin-preview-show = Prikaži
admin-preview-fallback = Ova lekcija u ovoj verziji nije prevedena na jezik { $language }: polaznici je vide na jeziku { $shown }.
admin-area-nav = Administracija

## End of publishing forms

## LRS credentials
admin-lrs-title = LRS pristupni podaci
admin-lrs-intro = Alati koji čitaju ili upisuju zapise o učenju u xAPI formatu (na /xapi) prijavljuju se ključem i tajnom.
admin-lrs-none = Još nema LRS pristupnih podataka.
admin-lrs-list = LRS pristupni podaci, najnoviji prvi
admin-lrs-name = Naziv
admin-lrs-key = Ključ
admin-lrs-scopes = Ovlasti
admin-lrs-institutions = Institucije
admin-lrs-all-institutions = Sve institucije
admin-lrs-made = Napravljeno (UTC)
admin-lrs-state = Stanje
admin-lrs-action = Radnja
admin-lrs-state-active = Aktivan
admin-lrs-state-revoked = Opozvan
admin-lrs-revoke = Opozovi
admin-lrs-new = Novi LRS pristupni podaci
admin-lrs-new-intro = Tajna se prikazuje samo jednom, odmah nakon izrade: tada je kopirajte.
admin-lrs-name-hint = (čemu služi, na primjer alat za analitiku; od 1 do 200 znakova)
admin-lrs-scopes-hint = (statements/write: upis izjava; statements/read/mine: čitanje samo onoga što je sam upisao; statements/read: čitanje izjava; state i profile: resursi State i Profile; define: čuvanje definicija aktivnosti; all/read: čitanje svega; all: sve)
admin-lrs-institutions-hint = (vezan za institucije, čita samo izjave o njihovim ljudima; ništa označeno: nije vezan)
admin-lrs-create = Napravi pristupne podatke
admin-lrs-created = LRS pristupni podaci su napravljeni
admin-lrs-secret-once = Kopirajte tajnu sada: prikazuje se samo ovaj put.
admin-lrs-secret = Tajna
admin-lrs-endpoint = LRS adresa
admin-lrs-back = Nazad na LRS pristupne podatke
admin-lrs-revoke-title = Opoziv LRS pristupnih podataka
admin-lrs-revoke-intro = Opozivom pristupni podaci odmah prestaju raditi; izjave koje su upisane ostaju.
admin-lrs-revoke-submit = Da, opozovi pristupne podatke
admin-lrs-revoked-already = Ovi pristupni podaci su već opozvani.
admin-lrs-revoked = LRS pristupni podaci su opozvani.

## End of LRS credentials
