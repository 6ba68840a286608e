# The web pages (crates/kampus-web); see locales/en/web.ftl.

## The language switcher: each language's name in itself.
language-name = Shqip
language-switch = Gjuha

## Every page
skip-to-content = Kalo te përmbajtja
nav-label = Menyja kryesore
nav-catalog = Kurset
nav-certificates = Certifikatat e mia
nav-profile = Profili ({ $name })
nav-sign-in = Identifikohu
nav-register = Regjistrohu
nav-sign-out = Dil
footer-about = Kampus, platforma e mësimit elektronik e Qendrës Rajonale të Trajnimit për Migracionin, ku mësoni me ritmin tuaj.
text-not-translated = ende pa përkthim

## Errors
error-not-found = Faqja nuk u gjet
error-not-found-explanation = Në këtë adresë nuk ka asgjë. Faqja mund të jetë zhvendosur ose adresa mund të jetë shkruar gabim.
error-forbidden = Nuk lejohet
error-forbidden-explanation = Këtë nuk mund ta bëni këtu. Nëse erdhët nga një formular, ringarkoni faqen dhe provoni përsëri.
error-bad-request = Formulari nuk mund të lexohej
error-bad-request-explanation = Diçka në formular mungonte ose ishte e pasaktë. Kthehuni prapa, kontrollojeni dhe dërgojeni përsëri.
error-too-many = Shumë përpjekje
error-too-many-explanation = Pati shumë përpjekje brenda një kohe të shkurtër. Prisni disa minuta, pastaj provoni përsëri.
error-unavailable = Përkohësisht jashtë shërbimit
error-unavailable-explanation = Kampus nuk mund të lidhet me bazën e të dhënave për momentin. Provoni përsëri pas pak.
error-internal = Diçka shkoi keq
error-internal-explanation = Gabimi është nga ana jonë, jo nga ana juaj. Është regjistruar; provoni përsëri më vonë.
error-back-to-catalog = Kthehu te kurset

## Catalog
catalog-title = Kurset
catalog-intro = Kurse online për menaxhimin e migracionit, për punonjësit e ministrive, të policisë kufitare dhe të institucioneve përgjegjëse për azilin. I ndiqni në gjuhën tuaj dhe me ritmin tuaj.
catalog-filters = Filtrimi i kurseve
catalog-filter-language = Në dispozicion në
catalog-filter-level = Niveli
catalog-filter-length = Kohëzgjatja
catalog-filter-any = Të gjitha
catalog-filter-credits = Vetëm kurset me kredite ECTS
catalog-filter-apply = Shfaq kurset
catalog-filter-clear = Shfaq të gjitha kurset
catalog-length-short = Deri në 10 orë
catalog-length-medium = Nga 10 deri në 30 orë
catalog-length-long = Mbi 30 orë
catalog-count = Kurse të shfaqura: { $shown } nga { $total }
catalog-empty = Asnjë kurs nuk përputhet me këta filtra.

## Courses
course-hours = { $hours } orë
course-credits = Kredite ECTS: { $credits }
course-eqf = Niveli EQF { $level }
course-languages = Gjuhët
course-not-for-you = Nuk është i hapur për institucionin tuaj
course-percent-done = Përfunduar { $percent } %
course-continue = Vazhdoni aty ku e latë
course-completed = I përfunduar
course-withdrawn = U tërhoqët
level-introductory = Hyrës
level-intermediate = I mesëm
level-advanced = I avancuar
level-specialist = I specializuar
audience-countries = I hapur për punonjësit e institucioneve të këtyre shteteve: { $countries }.
audience-countries-and-institutions = I hapur për punonjësit e disa institucioneve të përcaktuara nga qendra, si dhe për punonjësit e institucioneve të këtyre shteteve: { $countries }.
audience-institutions = I hapur për punonjësit e disa institucioneve të përcaktuara nga qendra.

## Countries
country-AL = Shqipëria
country-AT = Austria
country-BA = Bosnja dhe Hercegovina
country-BG = Bullgaria
country-DE = Gjermania
country-GR = Greqia
country-HR = Kroacia
country-HU = Hungaria
country-IT = Italia
country-ME = Mali i Zi
country-MK = Maqedonia e Veriut
country-RO = Rumania
country-RS = Serbia
country-SI = Sllovenia
country-TR = Turqia
country-XK = Kosova

## Accounts
field-email = Adresa e email-it
field-password = Fjalëkalimi
sign-in-title = Identifikimi
sign-in-submit = Identifikohu
sign-in-forgot = Keni harruar fjalëkalimin?
sign-in-no-account = Nuk keni ende llogari?
sign-in-wrong = Adresa e email-it ose fjalëkalimi nuk është i saktë.
sign-in-not-verified = Fillimisht konfirmoni adresën tuaj të email-it: hapni lidhjen që ju dërguam.
sign-in-resend-link = Dërgo sërish lidhjen
course-your-place = Statusi juaj në këtë kurs
course-sign-in-to-enroll = Identifikohuni për t’u regjistruar në këtë kurs dhe për të ruajtur përparimin tuaj.
course-enroll = Regjistrohu në këtë kurs
course-resume = Regjistrohu përsëri dhe vazhdo
course-withdraw = Tërhiqu nga ky kurs
course-withdrawn-explained = U tërhoqët nga ky kurs. Nëse regjistroheni përsëri, përparimi juaj do të ruhet.
course-not-for-you-explained = Ky kurs është i hapur vetëm për institucionet e përmendura më sipër. Nëse mendoni se duhet të keni qasje, drejtohuni koordinatorit të trajnimit në institucionin tuaj.
course-lessons-done = Mësime të përfunduara: { $done } nga { $total }
course-start = Fillo mësimin e parë
course-see-completion = Certifikata juaj dhe të dhënat e përfundimit
course-outcomes = Çfarë do të mësoni
course-outline = Modulet dhe mësimet
course-assessments = Vlerësimet
course-survey-link = Plotësoni pyetësorin për kursin
lesson-reading-minutes = { $minutes ->
    [one] { $minutes } minutë lexim
   *[other] { $minutes } minuta lexim
}
lesson-done = I përfunduar
assessment-required = kusht për certifikatën
assessment-pass-mark = Pragu i kalimit { $percent } %
assessment-time-limit = { $minutes ->
    [one] { $minutes } minutë
   *[other] { $minutes } minuta
}
assessment-attempts = { $attempts ->
    [one] { $attempts } përpjekje
   *[other] { $attempts } përpjekje
}
assessment-kind-pre-test = test paraprak
assessment-kind-module-quiz = test i modulit
assessment-kind-final = vlerësim përfundimtar

## Lessons
lesson-breadcrumb = Ku ndodheni
lesson-position = Mësimi { $position } nga { $count }
lesson-not-translated = Ky mësim ende nuk është përkthyer në gjuhën tuaj; shfaqet në gjuhën më të afërt me tuajën.
lesson-contents = Në këtë mësim
lesson-complete = Shëno si të përfunduar
lesson-complete-and-next = Shëno si të përfunduar dhe vazhdo
lesson-pager = Mësimi i mëparshëm dhe i radhës
lesson-back-to-course = Kthehu te kursi

## Forms
form-has-errors = Ju lutemi korrigjoni sa vijon
field-invitation-code = Kodi i ftesës
field-invitation-code-hint = (e merrni nga koordinatori i trajnimit, për shembull K7QM2-XHD9T-WAB4R)
field-display-name = Emri juaj
field-display-name-hint = (siç do të shtypet në certifikatat tuaja)
field-new-password = Fjalëkalimi i ri
field-new-password-hint = (të paktën 12 karaktere; më mirë disa fjalë që i mbani mend lehtë)
field-language = Gjuha
field-gender = Gjinia
field-gender-hint = (opsionale; përdoret vetëm për statistika anonime)
field-gender-unstated = Nuk është deklaruar
gender-female = Femër
gender-male = Mashkull
gender-other = Tjetër
gender-prefer-not-to-say = Preferoj të mos e them

## Registration
register-title = Krijimi i llogarisë
register-intro = Ju nevojitet kodi i ftesës që ju ka dhënë koordinatori i trajnimit në institucionin tuaj.
register-submit = Krijo llogarinë
register-have-account = Keni tashmë një llogari?
register-done-check-mail = Faleminderit. Ju dërguam një email me një lidhje për të konfirmuar adresën tuaj; hapeni lidhjen për të përfunduar regjistrimin. Nëse nuk e shihni, kontrolloni dosjen e postës së padëshiruar (spam).
register-done-verified = Llogaria juaj është gati. Tani mund të identifikoheni.

## Emailed links
verify-title = Konfirmoni adresën tuaj të email-it
verify-intro = Konfirmoni që kjo adresë është e juaja për të përfunduar krijimin e llogarisë.
verify-submit = Konfirmo adresën time
verify-done = Adresa juaj u konfirmua. Tani mund të identifikoheni.
resend-title = Ridërgimi i lidhjes së konfirmimit
resend-intro = Shkruani adresën me të cilën u regjistruat. Nëse ajo pret konfirmim, do t’ju dërgojmë një lidhje të re.
forgot-title = Keni harruar fjalëkalimin?
forgot-intro = Shkruani adresën e llogarisë suaj dhe do t’ju dërgojmë një lidhje për të zgjedhur një fjalëkalim të ri.
link-send = Dërgo lidhjen
link-sent = Nëse ka një llogari me këtë adresë, një email me lidhjen është nisur. Lidhja është e vlefshme për një kohë të kufizuar.
link-invalid = Kjo lidhje nuk është më e vlefshme: është përdorur tashmë ose ka skaduar.
link-ask-again = Kërko një lidhje të re
reset-title = Zgjidhni një fjalëkalim të ri
reset-intro = Zgjidhni një fjalëkalim të ri për llogarinë tuaj. Do të dilni nga llogaria në të gjitha pajisjet e tjera.
reset-submit = Ruaj fjalëkalimin e ri
reset-done = Fjalëkalimi juaj u ndryshua. Identifikohuni me fjalëkalimin e ri.

## Assessments
assessment-questions = { $count ->
    [one] { $count } pyetje
   *[other] { $count } pyetje
}
assessment-attempts-used = Përpjekje të përdorura: { $used } nga { $allowed }
assessment-attempts-unlimited = Numër i pakufizuar përpjekjesh
assessment-start = Fillo një përpjekje
assessment-continue = Vazhdo përpjekjen
assessment-no-attempts-left = Keni përdorur të gjitha përpjekjet që lejon ky vlerësim.
assessment-your-attempts = Përpjekjet tuaja
assessment-attempt-number = Përpjekja { $number }
assessment-attempt-open = në vazhdim
quiz-percent = { $percent } %
quiz-passed = Kaloi
quiz-not-passed = Nuk kaloi
quiz-result = Rezultati
quiz-your-score = Rezultati juaj: { $score }
quiz-pass-mark-was = Pragu i kalimit është { $mark }.
quiz-pre-test-note = Ky test paraprak mat njohuritë tuaja para fillimit të kursit; nuk llogaritet për kalimin.
quiz-review = Rishikimi i përgjigjeve tuaja
quiz-question-number = Pyetja { $number }
quiz-points = { $points ->
    [one] { $points } pikë
   *[other] { $points } pikë
}
quiz-instructions = Përgjigjuni pyetjeve më poshtë. Mund t’i ruani përgjigjet dhe të ktheheni më vonë; asgjë nuk vlerësohet derisa t’i dorëzoni.
quiz-minutes-left = { $minutes ->
    [one] Ka mbetur { $minutes } minutë.
   *[other] Kanë mbetur { $minutes } minuta.
}
quiz-deadline = Koha mbaron në orën { $time }; përgjigjet e dërguara më pas nuk pranohen.
quiz-time-up = Koha për këtë përpjekje ka mbaruar. Ajo u vlerësua me përgjigjet e ruajtura në kohë.
quiz-saved = Përgjigjet tuaja u ruajtën.
quiz-fix-answers = Disa përgjigje nuk mund të lexoheshin; asgjë nuk u ruajt. Korrigjojini më poshtë.
quiz-choose-all = Zgjidhni të gjitha përgjigjet e sakta.
quiz-true = E vërtetë
quiz-false = E gabuar
quiz-match-hint = Për çdo pohim, zgjidhni përgjigjen përkatëse.
quiz-choose = Zgjidhni…
quiz-order-hint = Jepini çdo elementi pozicionin e tij, duke filluar nga 1.
quiz-position = Pozicioni…
quiz-your-number = Përgjigjja juaj (një numër)
quiz-your-answer = Përgjigjja juaj
quiz-save = Ruaj përgjigjet
quiz-submit = Dorëzo për vlerësim
quiz-submit-note = Me dorëzimin përpjekja përfundon; pas kësaj nuk mund t’i ndryshoni përgjigjet.
quiz-submit-confirm = Dëshironi t’i dorëzoni përgjigjet për vlerësim? Pas kësaj nuk mund t’i ndryshoni më.
quiz-number-invalid = Shkruani një numër, për shembull 12 ose 12,5.
quiz-order-invalid = Jepini çdo elementi një pozicion të ndryshëm, nga 1 deri te numri i elementeve.
review-correct = E saktë
review-partial = Pjesërisht e saktë
review-incorrect = E pasaktë
review-points = Pikë: { $awarded } nga { $possible }
review-your-answer = Përgjigjja juaj:
review-correct-answer = Përgjigjja e saktë:
review-unanswered = Pa përgjigje

## Survey
survey-title = Mendimi juaj për kursin
survey-intro = Përgjigjet tuaja e ndihmojnë qendrën të përmirësojë kurset e saj. Trajnerët shohin vetëm përmbledhje, kurrë se kush çfarë është përgjigjur.
survey-saved-before = Përgjigjet tuaja të mëparshme janë plotësuar; mund t’i ndryshoni derisa të përfundoni kursin.
survey-required = e detyrueshme
survey-submit = Dërgo përgjigjet

## Certificates
certificates-title = Certifikatat e mia
certificates-none = Ende nuk keni asnjë certifikatë. Përfundoni një kurs për të fituar certifikatën tuaj të parë.
certificate-serial-web = Certifikata { $serial }
certificate-completed-on-web = Përfunduar më { $date }
certificate-final-score-web = Vlerësimi përfundimtar: { $score } %
certificate-revoked-on = Revokuar më { $date }
certificate-download = Shkarko PDF-në
certificate-verify-link = Faqja publike e verifikimit
certificate-qr-hint = Kushdo mund ta verifikojë këtë certifikatë duke skanuar kodin ose duke hapur faqen e verifikimit.
certificate-qr-alt = Kodi QR i faqes së verifikimit { $url }
completed-title = Kursi u përfundua
completed-on = Urime! E përfunduat këtë kurs më { $date }.
completed-emailed = Certifikata ju është dërguar edhe me email.

## Profile
profile-title = Profili juaj
profile-details = Të dhënat personale
profile-language-hint = (faqet, email-et dhe certifikatat)
profile-save = Ruaj
profile-saved = Profili juaj u ruajt.
profile-password = Fjalëkalimi
field-current-password = Fjalëkalimi aktual
profile-password-submit = Ndrysho fjalëkalimin
profile-password-changed = Fjalëkalimi juaj u ndryshua. Jeni nxjerrë nga llogaria në të gjitha pajisjet e tjera.
profile-data = Të dhënat tuaja
profile-export-intro = Shkarkoni një kopje të të dhënave që ruan llogaria juaj, si skedar JSON.
profile-export = Shkarko të dhënat e mia
profile-delete = Fshirja e llogarisë
profile-delete-intro = Emri dhe adresa juaj e email-it fshihen dhe nuk do të mund të identifikoheni më. Certifikatat që keni fituar mbeten të vlefshme për këdo që i verifikon. Ky veprim nuk mund të zhbëhet.
profile-delete-confirm = Fjalëkalimi juaj, për konfirmim
profile-delete-submit = Fshi llogarinë time

## Staff pages (issue 21): the dashboard, learner lists and records.
nav-staff = Paneli i kontrollit
staff-dashboard-title = Paneli i kontrollit
staff-coverage-all = Po shihni të dhënat e pjesëmarrësve nga të gjitha institucionet.
staff-coverage-none = Ende nuk ju është caktuar asnjë institucion, prandaj nuk ka pjesëmarrës për t’u shfaqur. Një administrator mund t’ju caktojë institucione.
staff-coverage-some = Po shihni të dhënat e pjesëmarrësve nga këto institucione: { $institutions }.
staff-filters = Filtrat
staff-filter-from = Nga
staff-filter-to = Deri më
staff-filter-by = Grupo përfundimin sipas
staff-filter-apply = Shfaq të dhënat
staff-filter-invalid = Kjo vlerë nuk është e vlefshme, prandaj të dhënat shfaqen pa të.
staff-headline = Treguesit kryesorë
staff-download-csv = Shkarko si CSV
staff-completion-by = Përfundimi: { $grouping }
staff-completion-chart = Shkalla e përfundimit: { $grouping }
staff-completion-summary = Regjistrime të përfunduara: { $completed } nga { $enrolled } ({ $rate }). Tabela më poshtë jep të dhënat për çdo grup.
staff-no-figures = Ende nuk ka të dhëna për këta filtra.
staff-small-group-star = * Më pak se 5 pjesëmarrës: shumë pak për të nxjerrë përfundime, dhe personat në një grup të tillë mund të njiheshin.
staff-gain = Përmirësimi i njohurive
staff-gain-explained = Rezultati i testit paraprak krahasuar me rezultatin më të mirë të vlerësimit përfundimtar, për pjesëmarrësit që iu nënshtruan të dyjave. Përmirësimi i normalizuar (Hake's g) është pjesa e përmirësimit të mundshëm që u arrit: (vlerësimi përfundimtar − testi paraprak) / (100 − testi paraprak).
staff-gain-by = Përmirësimi i njohurive: { $grouping }
staff-gain-chart = Mesatarja e testit paraprak dhe e vlerësimit më të mirë përfundimtar sipas kursit
staff-gain-summary = Pjesëmarrës që iu nënshtruan edhe testit paraprak, edhe vlerësimit përfundimtar: { $learners }. Mesatarja e testit paraprak { $pre }, mesatarja e vlerësimit më të mirë përfundimtar { $post }.
staff-percent = { $value } %
staff-no-institution = Pa institucion
staff-learners = Pjesëmarrësit
staff-back-to-dashboard = Kthehu te paneli i kontrollit
staff-filters-applied = Filtrat e panelit të kontrollit zbatohen edhe për këtë listë.
staff-search-learners = Kërko sipas emrit ose email-it
staff-search = Kërko
staff-learners-count = { $total ->
    [one] { $total } pjesëmarrës
   *[other] { $total } pjesëmarrës
  } · faqja { $page } nga { $pages }
staff-no-learners = Asnjë pjesëmarrës nuk përputhet me kriteret.
staff-module-number = M{ $number }
staff-module-lessons = { $done }/{ $total }
staff-status-enrolled = Në vazhdim
staff-status-completed = I përfunduar
staff-status-withdrawn = U tërhoq
staff-paging = Faqet e listës së pjesëmarrësve
staff-previous-page = Faqja e mëparshme
staff-next-page = Faqja e radhës
staff-learner-courses = Kurset
staff-learner-no-courses = Nuk është regjistruar në asnjë kurs.
staff-courses = Kurset
staff-survey-title = Pyetësori për kursin
staff-survey-respondents = { $count ->
    [one] { $count } pjesëmarrës e plotësoi pyetësorin.
   *[other] { $count } pjesëmarrës e plotësuan pyetësorin.
  }
staff-survey-point = Vlerësimi { $point }
staff-survey-rating = Vlerësimi
staff-survey-share = Pjesa e përgjigjeve
staff-survey-summary = Përgjigje: { $responses }, vlerësimi mesatar { $mean } në një shkallë nga 1 deri në { $scale }.
staff-survey-comments-count = { $count ->
    [one] { $count } koment
   *[other] { $count } komente
  }
staff-survey-comments-admins = Komentet i lexojnë vetëm administratorët: trajneri i njeh pjesëmarrësit e vet, dhe një koment mund të zbulojë se kush e ka shkruar.
staff-items-of = Analiza e pyetjeve
staff-items-attempts = Përpjekje të dorëzuara sipas gjuhës
staff-items-mean = Rezultati mesatar
staff-items-pass-rate = Shkalla e kalueshmërisë
staff-items-questions = Pyetjet
staff-items-explained = Indeksi i lehtësisë është pjesa mesatare e pikëve të fituara në një pyetje (1 = të gjithë u përgjigjën saktë). Indeksi i diskriminimit është korrelacioni i rezultatit të pyetjes me rezultatin e pjesës tjetër të përpjekjes (nën 0,2: pyetja i dallon dobët pjesëmarrësit e mirë nga të dobëtit).
staff-items-chart = Indeksi i lehtësisë sipas pyetjes
staff-items-chart-summary = Pjesa e pikëve që pjesëmarrësit fituan në secilën pyetje; tabela më poshtë jep të dhënat.
staff-items-flag-explained = Një pyetje shënohet për një gjuhë në të cilën është dukshëm më e vështirë se në gjuhët e tjera, kur ka mjaft përpjekje për ta vërtetuar: kontrolloni përkthimin e saj në atë gjuhë.
nav-funder-report = Raporti për donatorët
staff-funder-title = Raporti për donatorët
staff-funder-period = Nga { $from } deri më { $to }
staff-funder-since = Nga { $from }
staff-funder-until = Deri më { $to }
staff-funder-all-time = E gjithë periudha
staff-funder-pdf = Shkarko si PDF
staff-funder-print-hint = Faqja shtypet si raport, pa menytë e sajtit dhe pa këtë formular.
staff-funder-completion = Shkalla e përfundimit dhe shkalla e kalueshmërisë në vlerësimin përfundimtar
staff-funder-by-course = Sipas kursit
staff-funder-by-country = Sipas shtetit
staff-funder-satisfaction = Kënaqësia
staff-funder-respondents = Pjesëmarrës që e plotësuan pyetësorin
staff-funder-ratings = Vlerësime të dhëna
staff-funder-mean-rating = Vlerësimi mesatar
staff-funder-of-scale = { $mean } nga { $scale }
staff-funder-satisfied = Vlerësime në dy pikat më të larta të shkallës
staff-funder-definitions = Përkufizimet
staff-funder-def-trained = Pjesëmarrës të trajnuar: numri i pjesëmarrësve të ndryshëm që përfunduan të paktën një kurs gjatë periudhës (sipas datës së përfundimit të kursit). „Kurse të përfunduara“ numëron çdo përfundim të një kursi; „Certifikata të lëshuara“ numëron certifikatat e lëshuara gjatë periudhës që nuk janë revokuar. Numërohen vetëm pjesëmarrësit, kurrë trajnerët apo administratorët.
staff-funder-def-completion = Shkalla e përfundimit: numri i regjistrimeve të përfunduara pjesëtuar me numrin e regjistrimeve të bëra gjatë periudhës (sipas datës së regjistrimit), duke përfshirë në regjistrime edhe ato nga të cilat pjesëmarrësit u tërhoqën.
staff-funder-def-pass = Shkalla e kalueshmërisë në vlerësimin përfundimtar: numri i regjistrimeve me një përpjekje të kaluar në vlerësimin përfundimtar të kursit pjesëtuar me numrin e regjistrimeve me të paktën një përpjekje të dorëzuar në të (regjistrime të bëra gjatë periudhës).
staff-funder-def-gain = Përmirësimi i njohurive: për regjistrimet e bëra gjatë periudhës që kanë edhe test paraprak, edhe vlerësim përfundimtar, rezultati i parë i testit paraprak krahasuar me rezultatin më të mirë të vlerësimit përfundimtar. Përmirësimi i normalizuar (Hake's g) është (vlerësimi përfundimtar − testi paraprak) / (100 − testi paraprak): mesatarja e grupit përdor rezultatet mesatare; mesatarja e pjesëmarrësve është mesatarja e vlerës g të secilit pjesëmarrës, duke lënë jashtë ata që morën 100 në testin paraprak.
staff-funder-def-satisfaction = Kënaqësia: pyetjet me shkallë vlerësimi të pyetësorit në fund të kursit, mbi të gjitha vlerësimet në pyetësorët e plotësuar gjatë periudhës; vlerësimi mesatar dhe pjesa e vlerësimeve në dy pikat më të larta të shkallës (4 ose 5 nga 5).
staff-funder-def-small = Grupet me më pak se 5 pjesëmarrës shënohen me yll: të dhënat e tyre janë shumë të pasigurta për të nxjerrë përfundime, dhe personat në to mund të njiheshin.
staff-funder-page = Faqja { $page } nga { $pages }

## The admins' publishing console (issue 21).
nav-admin-content = Publikimi
admin-content-title = Publikimi
admin-translation-status = Statusi i përkthimeve
admin-translation-explained = Për çdo kurs të publikuar dhe për çdo gjuhë: i plotë (çdo tekst është përkthyer nga teksti aktual në anglisht), i pjesshëm (pjesëmarrësit i shohin tekstet që mungojnë në gjuhën rezervë) ose i vjetëruar (përkthyer nga një tekst më i vjetër në anglisht).
admin-translation-complete = I plotë
admin-translation-partial = I pjesshëm
admin-translation-outdated = I vjetëruar
admin-translation-counts = mungojnë: { $missing }, të vjetëruara: { $outdated }, nga { $total } gjithsej
admin-versions = Versionet
admin-version-number = Versioni
admin-version-name = Versioni { $number }
admin-version-created = Krijuar më
admin-version-source = Burimi
admin-version-state = Statusi
admin-source-content-folder = dosja e përmbajtjes
admin-source-upload = ngarkimi
admin-version-published = I publikuar
admin-version-draft = Skicë
admin-back-to-console = Kthehu te publikimi
admin-report = Raporti i validimit
admin-report-counts = { $errors ->
    [one] { $errors } gabim
   *[other] { $errors } gabime
  }, { $warnings ->
    [one] { $warnings } paralajmërim
   *[other] { $warnings } paralajmërime
  }
admin-report-place = Skedari:rreshti:kolona
admin-report-severity = Ashpërsia
admin-report-code = Kodi
admin-report-message = Mesazhi (në anglisht)
admin-severity-error = Gabim
admin-severity-warning = Paralajmërim

## Admin console: people, institutions and invitation codes (issue 21)

admin-people-nav = Përdoruesit dhe institucionet
admin-people-title = Përdoruesit
admin-people-invite-hint = Për të përfshirë dikë të ri, krijoni një kod ftese.
admin-people-invite = Ftoni dikë
admin-people-search = Kërkoni përdorues
admin-people-search-hint = (pjesë e emrit ose e adresës së email-it)
admin-people-role = Roli
admin-people-any-role = Çdo rol
admin-people-search-submit = Kërko
admin-people-none = Asnjë përdorues nuk përputhet me kërkimin.
admin-people-page = Përdoruesit, faqja { $number }
admin-people-name = Emri
admin-people-institution = Institucioni
admin-people-status = Gjendja
admin-people-active-state = Aktiv
admin-people-deactivated-state = I çaktivizuar
admin-people-role-learner = Pjesëmarrës
admin-people-role-trainer = Trajner
admin-people-role-admin = Administrator
admin-people-email = Adresa e email-it
admin-people-change-role = Ndryshimi i rolit
admin-people-own-account = Kjo është llogaria juaj: vetëm një administrator tjetër mund t'ia ulë të drejtat ose ta çaktivizojë.
admin-people-role-hint = (ndryshimi e nxjerr personin nga të gjitha pajisjet)
admin-people-save-role = Ruaj rolin
admin-people-reactivate-intro = Llogaria është e çaktivizuar: personi nuk mund të hyjë.
admin-people-reactivate = Riaktivizo llogarinë
admin-people-deactivate-intro = Çaktivizimi e nxjerr personin menjëherë dhe e pengon të hyjë; të dhënat e tij mbeten.
admin-people-deactivate-confirm = Po, çaktivizo këtë llogari
admin-people-deactivate = Çaktivizo llogarinë
admin-people-trainer-of = Institucionet që ndjek ky trajner
admin-people-followed = E ndjek
admin-people-followed-yes = Po
admin-people-followed-no = Jo
admin-people-action = Veprimi
admin-people-assign = Caktoje
admin-people-unassign = Hiqe
admin-people-role-changed = Roli u ndryshua.
admin-people-deactivated = Llogaria u çaktivizua.
admin-people-reactivated = Llogaria u riaktivizua.
admin-people-assigned = Institucioni iu caktua trajnerit.
admin-people-unassigned = Institucioni iu hoq trajnerit.
admin-people-not-yourself = Nuk mund t'i ulni të drejtat llogarisë suaj as ta çaktivizoni; këtë duhet ta bëjë një administrator tjetër.
admin-people-confirm-required = Shënoni kutinë për të konfirmuar çaktivizimin.
admin-people-not-a-trainer = Vetëm trajnerët ndjekin institucione: së pari ndryshoni rolin.
admin-institutions-title = Institucionet
admin-institutions-none = Ende nuk ka institucione.
admin-institutions-name = Emri
admin-institutions-name-hint = (siç shtypet në certifikata)
admin-institutions-country = Kodi i shtetit
admin-institutions-country-hint = (dy shkronja, p.sh. BA, RS, ME)
admin-institutions-kind = Lloji
admin-institutions-choose-kind = Zgjidhni llojin
admin-institutions-kind-ministry = Ministri
admin-institutions-kind-police = Polici
admin-institutions-kind-border-police = Policia kufitare
admin-institutions-kind-asylum-agency = Agjenci për azilin
admin-institutions-kind-refugee-agency = Agjenci për refugjatët
admin-institutions-kind-training-centre = Qendër trajnimi
admin-institutions-kind-international-organisation = Organizatë ndërkombëtare
admin-institutions-kind-other = Tjetër
admin-institutions-new = Institucion i ri
admin-institutions-create = Krijo institucionin
admin-institutions-save = Ruaj institucionin
admin-institutions-back = Kthehu te institucionet
admin-institutions-created = Institucioni u krijua.
admin-institutions-saved = Institucioni u ruajt.
admin-institutions-name-taken = Në këtë shtet ekziston tashmë një institucion me këtë emër.
admin-invitations-title = Kodet e ftesës
admin-invitations-none = Ende nuk ka kode ftese.
admin-invitations-list = Kodet e ftesës, më të rejat së pari
admin-invitations-for = Për kë
admin-invitations-institution = Institucioni
admin-invitations-role = Roli
admin-invitations-expires = Skadon (UTC)
admin-invitations-uses = Përdorimet
admin-invitations-state = Gjendja
admin-invitations-action = Veprimi
admin-invitations-revoke = Revoko
admin-invitations-anyone = Kushdo që ka kodin
admin-invitations-state-open = I vlefshëm
admin-invitations-state-revoked = I revokuar
admin-invitations-state-expired = I skaduar
admin-invitations-state-used-up = I përdorur plotësisht
admin-invitations-new = Kod i ri ftese
admin-invitations-new-intro = Kodi shfaqet vetëm një herë, menjëherë pasi krijohet: kopjojeni atëherë. Nëse jepni një adresë email-i, kodi dërgohet edhe atje dhe vlen vetëm për atë adresë.
admin-invitations-no-institution = Pa institucion
admin-invitations-email = Adresa e email-it
admin-invitations-email-hint = (jo e detyrueshme: për të ftuar një person)
admin-invitations-days = Ditë vlefshmërie
admin-invitations-days-hint = (nga 1 deri në 365)
admin-invitations-max-uses = Llogari që mund të krijojë
admin-invitations-max-uses-hint = (nga 1 deri në 10.000; bosh: 1 për ftesë me email, 100 për kod të përbashkët)
admin-invitations-create = Krijo kodin
admin-invitations-created = Kodi i ftesës u krijua
admin-invitations-code-once = Kopjojeni kodin tani: shfaqet vetëm këtë herë.
admin-invitations-code = Kodi
admin-invitations-link = Lidhja e regjistrimit
admin-invitations-emailed = Kodi u dërgua edhe në adresën e email-it.
admin-invitations-back = Kthehu te kodet e ftesës
admin-invitations-revoke-title = Revokimi i një kodi ftese
admin-invitations-revoke-intro = Pas revokimit kodi nuk vlen më; llogaritë e krijuara tashmë me të mbeten.
admin-invitations-revoke-submit = Po, revokoje kodin
admin-invitations-revoked-already = Ky kod është revokuar tashmë.
admin-invitations-revoked = Kodi i ftesës u revokua.

## End of people, institutions and invitation codes

## Admin console: certificates, failed mail and the audit log (issue 21)

admin-certificates-title = Certifikatat
admin-certificates-search = Gjeni një certifikatë
admin-certificates-search-hint = (numrin serial ose kodin e verifikimit, ose një pjesë të emrit apo të email-it të mbajtësit)
admin-certificates-search-submit = Kërko
admin-certificates-found = { $count ->
    [0] Nuk u gjet asnjë certifikatë.
    [one] U gjet { $count } certifikatë.
   *[other] U gjetën { $count } certifikata.
  }
admin-certificates-results = Certifikatat e gjetura
admin-certificates-serial = Numri serial
admin-certificates-holder = Mbajtësi
admin-certificates-course = Kursi
admin-certificates-issued = Lëshuar më
admin-certificates-status = Gjendja
admin-certificates-status-valid = E vlefshme
admin-certificates-status-revoked = E revokuar
admin-certificates-status-replaced = E zëvendësuar
admin-certificates-certificate = Certifikata { $serial }
admin-certificates-back = Kthehu te kërkimi i certifikatave
admin-certificates-facts = Të dhënat
admin-certificates-code = Kodi i verifikimit
admin-certificates-printed-name = Emri i shtypur në të
admin-certificates-completed = Kursi u përfundua më
admin-certificates-revoked-at = Revokuar më
admin-certificates-reason = Arsyeja
admin-certificates-replaced-by = Zëvendësuar nga
admin-certificates-trail = Historiku
admin-certificates-when = Kur
admin-certificates-what = Çfarë
admin-certificates-event-revoked = U revokua
admin-certificates-event-replaced = U zëvendësua nga një certifikatë e re
admin-certificates-event-replaces = Lëshuar në vend të një tjetre
admin-certificates-revoke = Revokoni këtë certifikatë
admin-certificates-revoke-intro = Kushdo që e verifikon do të lexojë pastaj se është revokuar dhe pse.
admin-certificates-reason-hint = (i shfaqet kujtdo që verifikon certifikatën; deri në 500 shenja)
admin-certificates-revoke-next = Vazhdo te revokimi
admin-certificates-reissue = Rilëshoni këtë certifikatë
admin-certificates-reissue-intro = Një certifikatë e re e zëvendëson këtë: numër serial dhe kod verifikimi të ri, emri dhe institucioni i mbajtësit dhe tekstet e kursit siç janë tani, e njëjta datë përfundimi. Kjo revokohet me arsyen, dhe e reja i dërgohet mbajtësit me email.
admin-certificates-reissue-next = Vazhdo te rilëshimi
admin-certificates-confirm-revoke = Të revokohet certifikata { $serial }?
admin-certificates-confirm-reissue = Të rilëshohet certifikata { $serial }?
admin-certificates-confirm-revoke-explained = Kjo nuk mund të zhbëhet: që tani verifikimi thotë se certifikata është revokuar dhe e shfaq këtë arsye.
admin-certificates-confirm-reissue-explained = Kjo nuk mund të zhbëhet: certifikata revokohet me këtë arsye dhe zëvendësohet nga një e re, që i dërgohet mbajtësit me email.
admin-certificates-revoke-confirm = Revoko certifikatën
admin-certificates-reissue-confirm = Rilësho certifikatën
admin-certificates-cancel = Anulo
admin-certificates-revoked = Certifikata u revokua.
admin-certificates-reissued = Certifikata u rilëshua. Kjo është e reja; mesazhi për mbajtësin pret të dërgohet.
admin-certificates-already-revoked = Kjo certifikatë ishte revokuar tashmë; mbetet arsyeja e parë.
admin-certificates-already-replaced = Kjo certifikatë ishte zëvendësuar tashmë; rilëshoni zëvendësuesen e saj.
admin-mail-title = Posta e dështuar
admin-mail-intro = Mesazhet që radha e dërgimit nuk arriti t'i dërgonte as pas të gjitha përpjekjeve, nga më i vjetri. „Provo përsëri” e kthen mesazhin në radhë me një numërim të ri përpjekjesh.
admin-mail-count = { $count ->
    [0] Nuk ka mesazhe të dështuara.
    [one] { $count } mesazh i dështuar.
   *[other] { $count } mesazhe të dështuara.
  }
admin-mail-failed = Mesazhet e dështuara
admin-mail-recipient = Marrësi
admin-mail-kind = Lloji
admin-mail-queued = Në radhë që më
admin-mail-attempts = Përpjekjet
admin-mail-last-error = Gabimi i fundit
admin-mail-action = Veprimi
admin-mail-retry = Provo përsëri
admin-mail-retried = Mesazhi është përsëri në radhën e dërgimit.
admin-mail-kind-verify = Konfirmimi i adresës së email-it
admin-mail-kind-reset = Fjalëkalim i ri
admin-mail-kind-invite = Ftesë
admin-mail-kind-certificate = Certifikatë
admin-audit-title = Regjistri i auditimit
admin-audit-filters = Filtroni regjistrin
admin-audit-action = Veprimi
admin-audit-action-hint = (fillimi i emrit të tij, p.sh. certificate. ose user.role)
admin-audit-actor = Kryer nga
admin-audit-actor-hint = (id e përdoruesit)
admin-audit-from = Nga (dita, UTC)
admin-audit-until = Deri (dita, UTC, përfshirë)
admin-audit-apply = Zbato filtrat
admin-audit-csv = Shkarko këto regjistrime si CSV
admin-audit-none = Asnjë regjistrim nuk përputhet.
admin-audit-entries = Regjistrimet, nga më i vjetri
admin-audit-at = Koha (UTC)
admin-audit-subject = Objekti
admin-audit-details = Hollësi
admin-audit-system = Sistemi
admin-audit-paging = Faqet e regjistrit
admin-audit-first = Faqja e parë
admin-audit-next = Faqja tjetër

## End of certificates, failed mail and the audit log

## Admin console: publishing forms (issue 21)

admin-upload-heading = Ngarkimi i një pakete
admin-upload-file = Paketa (.zip ose .tar.gz)
admin-upload-hint = Një kurs i tërë, disa kurse, një modul i ri ose tekstet në një gjuhë tjetër. Paketa kontrollohet dhe ruhet si draft: pjesëmarrësit nuk shohin asgjë prej saj derisa ta publikoni.
admin-upload-button = Ngarko dhe kontrollo
admin-upload-missing = Zgjidhni skedarin e paketës për ta ngarkuar.
admin-upload-too-large = Skedari është më i madh se { $megabytes } MB. Nuk u ruajt asgjë.
admin-upload-invalid = { $count ->
    [one] Paketa ka { $count } problem
   *[other] Paketa ka { $count } probleme
  }. Nuk u ruajt asgjë: korrigjoni skedarët e renditur dhe ngarkojeni paketën përsëri.
admin-upload-refused = Skedari u refuzua ({ $count ->
    [one] { $count } arsye
   *[other] { $count } arsye
  }): nuk është arkiv .zip ose .tar.gz që Kampus mund ta lexojë në mënyrë të sigurt. Nuk u ruajt asgjë.
admin-done-uploaded = U ngarkua dhe u kontrollua: drafti u ruajt. Pjesëmarrësit nuk e shohin derisa ta publikoni.
admin-done-uploaded-before = Këta skedarë janë ngarkuar më parë: ky është versioni që u krijua prej tyre.
admin-done-published = U publikua: pjesëmarrësit e shohin tani këtë version.
admin-done-unpublished = Kursi u tërhoq: pjesëmarrësit nuk e shohin më.
admin-cancel = Anulo
admin-publish-heading = Publikimi i versionit { $number }
admin-rollback-heading = Kthimi te versioni { $number }
admin-publish-button = Publiko këtë version
admin-rollback-button = Kthehu te ky version
admin-publish-first = Pjesëmarrësit do të shohin versionin { $number }; kursi nuk është i publikuar tani.
admin-publish-replaces = Pjesëmarrësit do të shohin menjëherë versionin { $number } në vend të versionit { $current }.
admin-publish-already = Pjesëmarrësit e shohin tashmë këtë version: nuk do të ndryshojë asgjë.
admin-publish-progress-kept = Përparimi, përpjekjet dhe certifikatat e pjesëmarrësve ruhen.
admin-unpublish-heading = Tërheqja e kursit
admin-unpublish-button = Tërhiqe kursin
admin-unpublish-link = Tërhiqe kursin { $course }
admin-unpublish-withdraws = Kursi hiqet nga katalogu dhe mësimet e vlerësimet e tij mbyllen për pjesëmarrësit derisa të publikohet përsëri një version.
admin-unpublish-kept = Regjistrimet, përparimi dhe certifikatat ruhen.
admin-unpublish-not-published = Kursi nuk është i publikuar tani: nuk do të ndryshojë asgjë.
admin-preview-link = Parapamja e mësimeve në dy gjuhë
admin-preview-title = Parapamja
admin-back-to-version = Kthehu te versioni
admin-preview-choose = Mësimi dhe gjuhët
admin-preview-lesson = Mësimi
admin-preview-left = Kolona e majtë
admin-preview-right = Kolona e djathtë
admin-preview-show = Shfaq
admin-preview-fallback = Ky mësim nuk është përkthyer në gjuhën { $language } në këtë version: pjesëmarrësit e shohin në gjuhën { $shown }.
admin-area-nav = Administrimi

## End of publishing forms

## LRS credentials
admin-lrs-title = Kredencialet LRS
admin-lrs-intro = Mjetet që lexojnë ose shkruajnë të dhëna mësimi në xAPI (te /xapi) hyjnë me një çelës dhe një sekret.
admin-lrs-none = Ende nuk ka kredenciale LRS.
admin-lrs-list = Kredencialet LRS, më të rejat së pari
admin-lrs-name = Emri
admin-lrs-key = Çelësi
admin-lrs-scopes = Fushëveprimet
admin-lrs-institutions = Institucionet
admin-lrs-all-institutions = Të gjitha institucionet
admin-lrs-made = Krijuar (UTC)
admin-lrs-state = Gjendja
admin-lrs-action = Veprimi
admin-lrs-state-active = Aktiv
admin-lrs-state-revoked = I revokuar
admin-lrs-revoke = Revoko
admin-lrs-new = Kredencial i ri LRS
admin-lrs-new-intro = Sekreti shfaqet vetëm një herë, menjëherë pas krijimit: kopjojeni atëherë.
admin-lrs-name-hint = (për çfarë shërben, për shembull mjeti i analitikës; 1 deri në 200 shenja)
admin-lrs-scopes-hint = (statements/write: shkrimi i deklaratave; statements/read/mine: leximi vetëm i asaj që ka shkruar vetë; statements/read: leximi i deklaratave; state dhe profile: burimet State dhe Profile; define: ruajtja e përkufizimeve të aktiviteteve; all/read: leximi i gjithçkaje; all: gjithçka)
admin-lrs-institutions-hint = (i lidhur me institucione, lexon vetëm deklarata për njerëzit e tyre; asnjë i shënuar: i palidhur)
admin-lrs-create = Krijo kredencialin
admin-lrs-created = Kredenciali LRS u krijua
admin-lrs-secret-once = Kopjojeni sekretin tani: shfaqet vetëm këtë herë.
admin-lrs-secret = Sekreti
admin-lrs-endpoint = Adresa e LRS
admin-lrs-back = Kthehu te kredencialet LRS
admin-lrs-revoke-title = Revoko një kredencial LRS
admin-lrs-revoke-intro = Revokimi e ndalon menjëherë kredencialin; deklaratat që ka shkruar mbeten.
admin-lrs-revoke-submit = Po, revokoje kredencialin
admin-lrs-revoked-already = Ky kredencial është revokuar tashmë.
admin-lrs-revoked = Kredenciali LRS u revokua.

## End of LRS credentials
