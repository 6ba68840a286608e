# The web pages (crates/kampus-web); see locales/en/web.ftl.

## The language switcher: each language's name in itself.
language-name = Српски (ћирилица)
language-switch = Језик

## Every page
skip-to-content = Пређи на садржај
nav-label = Главни мени
nav-catalog = Курсеви
nav-certificates = Моји сертификати
nav-profile = Профил ({ $name })
nav-sign-in = Пријава
nav-register = Регистрација
nav-sign-out = Одјава
footer-about = Kampus — платформа за самостално е-учење Регионалног центра за обуку у области миграција.
text-not-translated = још није преведено

## Errors
error-not-found = Страница није пронађена
error-not-found-explanation = На овој адреси нема ничега. Страница је можда премештена или је адреса погрешно уписана.
error-forbidden = Није дозвољено
error-forbidden-explanation = Ову радњу не можете да извршите овде. Ако сте дошли са обрасца, поново учитајте страницу и покушајте опет.
error-bad-request = Образац није могуће прочитати
error-bad-request-explanation = Нешто у обрасцу недостаје или није исправно. Вратите се, проверите податке и пошаљите образац поново.
error-too-many = Превише покушаја
error-too-many-explanation = Било је превише покушаја у кратком времену. Сачекајте неколико минута, па покушајте поново.
error-unavailable = Привремено недоступно
error-unavailable-explanation = Kampus тренутно не може да приступи бази података. Покушајте поново за неколико тренутака.
error-internal = Дошло је до грешке
error-internal-explanation = Грешка је на нашој страни, не на вашој. Забележена је; покушајте поново касније.
error-back-to-catalog = Назад на курсеве

## Catalog
catalog-title = Курсеви
catalog-intro = Онлајн курсеви о управљању миграцијама намењени запосленима у министарствима, граничној полицији и институцијама надлежним за азил. Похађате их на свом језику и својим темпом.
catalog-filters = Филтрирање курсева
catalog-filter-language = Доступно на језику
catalog-filter-level = Ниво
catalog-filter-length = Трајање
catalog-filter-any = Све
catalog-filter-credits = Само курсеви са ECTS бодовима
catalog-filter-apply = Прикажи курсеве
catalog-filter-clear = Прикажи све курсеве
catalog-length-short = До 10 сати
catalog-length-medium = Од 10 до 30 сати
catalog-length-long = Више од 30 сати
catalog-count = Приказано курсева: { $shown } од { $total }
catalog-empty = Ниједан курс не одговара овим филтерима.

## Courses
course-hours = Број сати: { $hours }
course-credits = ECTS бодови: { $credits }
course-eqf = EQF ниво { $level }
course-languages = Језици
course-not-for-you = Није доступно за вашу институцију
course-percent-done = Завршено { $percent } %
course-continue = Наставите тамо где сте стали
course-completed = Завршен
course-withdrawn = Одустали сте
level-introductory = Уводни
level-intermediate = Средњи
level-advanced = Напредни
level-specialist = Специјалистички
audience-countries = Отворено за запослене у институцијама из следећих земаља: { $countries }.
audience-countries-and-institutions = Отворено за запослене у појединим институцијама које је одредио центар, као и у институцијама из следећих земаља: { $countries }.
audience-institutions = Отворено за запослене у појединим институцијама које је одредио центар.

## Countries
country-AL = Албанија
country-AT = Аустрија
country-BA = Босна и Херцеговина
country-BG = Бугарска
country-DE = Немачка
country-GR = Грчка
country-HR = Хрватска
country-HU = Мађарска
country-IT = Италија
country-ME = Црна Гора
country-MK = Северна Македонија
country-RO = Румунија
country-RS = Србија
country-SI = Словенија
country-TR = Турска
country-XK = Косово

## Accounts
field-email = Е-адреса
field-password = Лозинка
sign-in-title = Пријава
sign-in-submit = Пријави се
sign-in-forgot = Заборавили сте лозинку?
sign-in-no-account = Немате налог?
sign-in-wrong = Е-адреса или лозинка нису тачни.
sign-in-not-verified = Најпре потврдите своју е-адресу: отворите везу коју смо вам послали.
sign-in-resend-link = Пошаљи везу поново
course-your-place = Ваш статус на курсу
course-sign-in-to-enroll = Пријавите се да бисте се уписали на овај курс и да би се ваш напредак чувао.
course-enroll = Упиши се на овај курс
course-resume = Упиши се поново и настави
course-withdraw = Одустани од овог курса
course-withdrawn-explained = Одустали сте од овог курса. Ако се поново упишете, задржаћете досадашњи напредак.
course-not-for-you-explained = Овај курс је отворен само за горе наведене институције. Ако сматрате да би требало да имате приступ, обратите се координатору за обуку у својој институцији.
course-lessons-done = Завршено лекција: { $done } од { $total }
course-start = Започни прву лекцију
course-see-completion = Ваш сертификат и подаци о завршетку курса
course-outcomes = Шта ћете научити
course-outline = Модули и лекције
course-assessments = Провере знања
course-survey-link = Попуните анкету о курсу
lesson-reading-minutes = { $minutes ->
    [one] { $minutes } минут читања
    [few] { $minutes } минута читања
   *[other] { $minutes } минута читања
}
lesson-done = Завршена
assessment-required = услов за сертификат
assessment-pass-mark = Праг пролазности { $percent } %
assessment-time-limit = { $minutes ->
    [one] { $minutes } минут
    [few] { $minutes } минута
   *[other] { $minutes } минута
}
assessment-attempts = { $attempts ->
    [one] { $attempts } покушај
    [few] { $attempts } покушаја
   *[other] { $attempts } покушаја
}
assessment-kind-pre-test = улазни тест
assessment-kind-module-quiz = тест из модула
assessment-kind-final = завршна провера

## Lessons
lesson-breadcrumb = Где се налазите
lesson-position = Лекција { $position } од { $count }
lesson-not-translated = Ова лекција још није преведена на ваш језик; приказана је на језику који је најближи вашем.
lesson-contents = У овој лекцији
lesson-complete = Означи као завршену
lesson-complete-and-next = Означи као завршену и настави
lesson-pager = Претходна и следећа лекција
lesson-back-to-course = Назад на курс

## Forms
form-has-errors = Исправите следеће
field-invitation-code = Код позивнице
field-invitation-code-hint = (добијате га од координатора за обуку, на пример K7QM2-XHD9T-WAB4R)
field-display-name = Ваше име
field-display-name-hint = (онако како ће бити одштампано на вашим сертификатима)
field-new-password = Нова лозинка
field-new-password-hint = (најмање 12 знакова; најбоље је неколико речи које лако памтите)
field-language = Језик
field-gender = Пол
field-gender-hint = (није обавезно; користи се само за анонимну статистику)
field-gender-unstated = Није наведено
gender-female = Женски
gender-male = Мушки
gender-other = Друго
gender-prefer-not-to-say = Не желим да се изјасним

## Registration
register-title = Отварање налога
register-intro = Потребан вам је код позивнице који сте добили од координатора за обуку у својој институцији.
register-submit = Отвори налог
register-have-account = Већ имате налог?
register-done-check-mail = Хвала. Послали смо вам е-поруку са везом за потврду адресе; отворите везу да бисте завршили регистрацију. Ако не видите поруку, проверите фолдер за нежељену пошту.
register-done-verified = Ваш налог је спреман. Сада можете да се пријавите.

## Emailed links
verify-title = Потврдите своју е-адресу
verify-intro = Потврдите да је ова адреса ваша да бисте завршили отварање налога.
verify-submit = Потврди моју адресу
verify-done = Ваша адреса је потврђена. Сада можете да се пријавите.
resend-title = Поновно слање везе за потврду
resend-intro = Унесите адресу са којом сте се регистровали. Ако адреса чека потврду, послаћемо вам нову везу.
forgot-title = Заборавили сте лозинку?
forgot-intro = Унесите адресу свог налога и послаћемо вам везу за избор нове лозинке.
link-send = Пошаљи везу
link-sent = Ако постоји налог са овом адресом, е-порука са везом је на путу. Веза важи ограничено време.
link-invalid = Ова веза више није важећа: већ је употребљена или је истекла.
link-ask-again = Затражи нову везу
reset-title = Изаберите нову лозинку
reset-intro = Изаберите нову лозинку за свој налог. Бићете одјављени са свих других уређаја.
reset-submit = Сачувај нову лозинку
reset-done = Ваша лозинка је промењена. Пријавите се новом лозинком.

## Assessments
assessment-questions = { $count ->
    [one] { $count } питање
    [few] { $count } питања
   *[other] { $count } питања
}
assessment-attempts-used = Искоришћено покушаја: { $used } од { $allowed }
assessment-attempts-unlimited = Неограничен број покушаја
assessment-start = Започни покушај
assessment-continue = Настави покушај
assessment-no-attempts-left = Искористили сте све покушаје које ова провера знања дозвољава.
assessment-your-attempts = Ваши покушаји
assessment-attempt-number = Покушај { $number }
assessment-attempt-open = у току
quiz-percent = { $percent } %
quiz-passed = Положено
quiz-not-passed = Није положено
quiz-result = Резултат
quiz-your-score = Ваш резултат: { $score }
quiz-pass-mark-was = Праг пролазности је { $mark }.
quiz-pre-test-note = Овај улазни тест показује колико знате пре почетка курса; не рачуна се за полагање.
quiz-review = Преглед ваших одговора
quiz-question-number = Питање { $number }
quiz-points = { $points ->
    [one] { $points } бод
    [few] { $points } бода
   *[other] { $points } бодова
}
quiz-instructions = Одговорите на питања у наставку. Одговоре можете да сачувате и да се вратите касније; ништа се не оцењује док их не предате.
quiz-minutes-left = { $minutes ->
    [one] Преостао је { $minutes } минут.
    [few] Преостала су { $minutes } минута.
   *[other] Преостало је { $minutes } минута.
}
quiz-deadline = Време истиче у { $time }; одговори послати после тога неће бити прихваћени.
quiz-time-up = Време за овај покушај је истекло. Оцењен је на основу одговора сачуваних на време.
quiz-saved = Ваши одговори су сачувани.
quiz-fix-answers = Неке одговоре није било могуће прочитати; ништа није сачувано. Исправите их у наставку.
quiz-choose-all = Изаберите све тачне одговоре.
quiz-true = Тачно
quiz-false = Нетачно
quiz-match-hint = За сваку тврдњу изаберите одговарајући одговор.
quiz-choose = Изаберите…
quiz-order-hint = Свакој ставци доделите редни број, почевши од 1.
quiz-position = Редни број…
quiz-your-number = Ваш одговор (број)
quiz-your-answer = Ваш одговор
quiz-save = Сачувај одговоре
quiz-submit = Предај на оцењивање
quiz-submit-note = Предајом се покушај завршава; после тога одговоре више не можете мењати.
quiz-submit-confirm = Желите ли да предате одговоре на оцењивање? После тога их више не можете мењати.
quiz-number-invalid = Унесите број, на пример 12 или 12,5.
quiz-order-invalid = Свакој ставци доделите други редни број, од 1 до укупног броја ставки.
review-correct = Тачно
review-partial = Делимично тачно
review-incorrect = Нетачно
review-points = Бодови: { $awarded } од { $possible }
review-your-answer = Ваш одговор:
review-correct-answer = Тачан одговор:
review-unanswered = Без одговора

## Survey
survey-title = Ваше мишљење о курсу
survey-intro = Ваши одговори помажу центру да унапреди своје курсеве. Тренери виде само збирне резултате, никада ко је шта одговорио.
survey-saved-before = Ваши ранији одговори су већ унети; можете их мењати док не завршите курс.
survey-required = обавезно
survey-submit = Пошаљи одговоре

## Certificates
certificates-title = Моји сертификати
certificates-none = Још немате ниједан сертификат. Завршите неки курс да бисте га стекли.
certificate-serial-web = Сертификат { $serial }
certificate-completed-on-web = Завршено { $date }
certificate-final-score-web = Завршна провера: { $score } %
certificate-revoked-on = Опозван { $date }
certificate-download = Преузми PDF
certificate-verify-link = Јавна страница за проверу
certificate-qr-hint = Свако може да провери овај сертификат скенирањем кода или отварањем странице за проверу.
certificate-qr-alt = QR код странице за проверу { $url }
completed-title = Курс је завршен
completed-on = Честитамо! Завршили сте овај курс { $date }.
completed-emailed = Сертификат смо вам послали и е-поштом.

## Profile
profile-title = Ваш профил
profile-details = Лични подаци
profile-language-hint = (странице, е-поруке и сертификати)
profile-save = Сачувај
profile-saved = Ваш профил је сачуван.
profile-password = Лозинка
field-current-password = Тренутна лозинка
profile-password-submit = Промени лозинку
profile-password-changed = Ваша лозинка је промењена. Одјављени сте са свих других уређаја.
profile-data = Ваши подаци
profile-export-intro = Преузмите копију података које ваш налог садржи, у облику JSON датотеке.
profile-export = Преузми моје податке
profile-delete = Брисање налога
profile-delete-intro = Ваше име и е-адреса биће избрисани и више нећете моћи да се пријавите. Сертификати које сте стекли остају важећи за свакога ко их проверава. Ова радња се не може опозвати.
profile-delete-confirm = Ваша лозинка, ради потврде
profile-delete-submit = Обриши мој налог

## Staff pages (issue 21): the dashboard, learner lists and records.
nav-staff = Контролна табла
staff-dashboard-title = Контролна табла
staff-coverage-all = Видите податке о полазницима из свих институција.
staff-coverage-none = Још вам није додељена ниједна институција, па нема полазника за приказ. Администратор вам може доделити институције.
staff-coverage-some = Видите податке о полазницима из следећих институција: { $institutions }.
staff-filters = Филтери
staff-filter-from = Од
staff-filter-to = До
staff-filter-by = Групиши завршавање по
staff-filter-apply = Прикажи податке
staff-filter-invalid = Ова вредност није исправна, па су подаци приказани без ње.
staff-headline = Кључни показатељи
staff-download-csv = Преузми као CSV
staff-completion-by = Завршавање: { $grouping }
staff-completion-chart = Стопа завршавања: { $grouping }
staff-completion-summary = Завршено уписа: { $completed } од { $enrolled } ({ $rate }). Подаци за сваку групу наведени су у табели испод.
staff-no-figures = За ове филтере још нема података.
staff-small-group-star = * Мање од 5 полазника: премало за доношење закључака, а особе у таквој групи могле би се препознати.
staff-gain = Напредак у знању
staff-gain-explained = Резултат улазног теста у поређењу са најбољим резултатом завршне провере, за полазнике који су приступили и једном и другом. Нормализовани напредак (Хејков g) је удео могућег побољшања који је остварен: (завршна провера − улазни тест) / (100 − улазни тест).
staff-gain-by = Напредак у знању: { $grouping }
staff-gain-chart = Просек улазног теста и најбоље завршне провере по курсу
staff-gain-summary = Полазника који су приступили и улазном тесту и завршној провери: { $learners }. Просечан резултат улазног теста { $pre }, просечан најбољи резултат завршне провере { $post }.
staff-percent = { $value } %
staff-no-institution = Без институције
staff-learners = Полазници
staff-back-to-dashboard = Назад на контролну таблу
staff-filters-applied = Филтери са контролне табле примењују се и на овај списак.
staff-search-learners = Претрага по имену или е-адреси
staff-search = Претражи
staff-learners-count = { $total ->
    [one] { $total } полазник
    [few] { $total } полазника
   *[other] { $total } полазника
  } · страница { $page } од { $pages }
staff-no-learners = Нема полазника који одговарају критеријумима.
staff-module-number = М{ $number }
staff-module-lessons = { $done }/{ $total }
staff-status-enrolled = У току
staff-status-completed = Завршено
staff-status-withdrawn = Одустао/ла
staff-paging = Странице списка полазника
staff-previous-page = Претходна страница
staff-next-page = Следећа страница
staff-learner-courses = Курсеви
staff-learner-no-courses = Нема уписаних курсева.
staff-courses = Курсеви
staff-survey-title = Анкета о курсу
staff-survey-respondents = { $count ->
    [one] { $count } полазник је попунио анкету.
    [few] { $count } полазника су попунила анкету.
   *[other] { $count } полазника је попунило анкету.
  }
staff-survey-point = Оцена { $point }
staff-survey-rating = Оцена
staff-survey-share = Удео одговора
staff-survey-summary = Одговора: { $responses }, просечна оцена { $mean } на скали од 1 до { $scale }.
staff-survey-comments-count = { $count ->
    [one] { $count } коментар
    [few] { $count } коментара
   *[other] { $count } коментара
  }
staff-survey-comments-admins = Коментаре читају само администратори: тренер познаје своје полазнике, а из коментара би се могло закључити ко га је написао.
staff-items-of = Анализа питања
staff-items-attempts = Предати покушаји по језику
staff-items-mean = Просечан резултат
staff-items-pass-rate = Пролазност
staff-items-questions = Питања
staff-items-explained = Индекс лакоће је просечан удео бодова освојених на питању (1 = сви су тачно одговорили). Индекс дискриминативности је корелација резултата на питању са резултатом на остатку покушаја (испод 0,2: питање слабо разликује боље од слабијих полазника).
staff-items-chart = Индекс лакоће по питању
staff-items-chart-summary = Удео бодова које су полазници освојили на сваком питању; подаци су наведени у табели испод.
staff-items-flag-explained = Питање се означава за језик на којем је знатно теже него на осталим језицима, ако има довољно покушаја да се то утврди: проверите превод тог питања на тај језик.
nav-funder-report = Извештај за донаторе
staff-funder-title = Извештај за донаторе
staff-funder-period = Од { $from } до { $to }
staff-funder-since = Од { $from }
staff-funder-until = До { $to }
staff-funder-all-time = Цео период
staff-funder-pdf = Преузми као PDF
staff-funder-print-hint = Страница се штампа као извештај, без менија сајта и овог обрасца.
staff-funder-completion = Стопа завршавања и пролазност на завршној провери
staff-funder-by-course = По курсу
staff-funder-by-country = По држави
staff-funder-satisfaction = Задовољство
staff-funder-respondents = Полазника који су попунили анкету
staff-funder-ratings = Датих оцена
staff-funder-mean-rating = Просечна оцена
staff-funder-of-scale = { $mean } од { $scale }
staff-funder-satisfied = Оцене у два највиша степена скале
staff-funder-definitions = Дефиниције
staff-funder-def-trained = Обучених полазника: број различитих полазника који су у периоду завршили најмање један курс (према датуму завршетка курса). „Завршених курсева” броји свако завршавање курса; „Издатих сертификата” броји сертификате издате у периоду који нису опозвани. Броје се само полазници, никада тренери ни администратори.
staff-funder-def-completion = Стопа завршавања: број завршених уписа подељен бројем уписа остварених у периоду (према датуму уписа), при чему се у уписе рачунају и они из којих су полазници одустали.
staff-funder-def-pass = Пролазност на завршној провери: број уписа са положеним покушајем на завршној провери курса подељен бројем уписа са најмање једним предатим покушајем на тој провери (уписи остварени у периоду).
staff-funder-def-gain = Напредак у знању: за уписе остварене у периоду који имају и улазни тест и завршну проверу, први резултат улазног теста у поређењу са најбољим резултатом завршне провере. Хејков нормализовани напредак g износи (завршна провера − улазни тест) / (100 − улазни тест): просек групе рачуна се из просечних резултата; просек полазника је просек вредности g сваког полазника појединачно, при чему се изостављају полазници који су на улазном тесту постигли 100.
staff-funder-def-satisfaction = Задовољство: питања са скалом процене у анкети на крају курса, рачунато на основу свих оцена у анкетама попуњеним у периоду; просечна оцена и удео оцена у два највиша степена скале (4 или 5 од 5).
staff-funder-def-small = Групе са мање од 5 полазника означене су звездицом: њихови подаци су превише непоуздани да би се из њих изводили закључци, а особе у њима могле би се препознати.
staff-funder-page = Страница { $page } од { $pages }

## The admins' publishing console (issue 21).
nav-admin-content = Објављивање
admin-content-title = Објављивање
admin-translation-status = Статус превода
admin-translation-explained = За сваки објављени курс и језик: потпун (сваки текст је преведен са актуелног енглеског текста), делимичан (полазници текстове који недостају виде на резервном језику) или застарео (преведен са старијег енглеског текста).
admin-translation-complete = Потпун
admin-translation-partial = Делимичан
admin-translation-outdated = Застарео
admin-translation-counts = недостаје: { $missing }, застарело: { $outdated }, од укупно { $total }
admin-versions = Верзије
admin-version-number = Верзија
admin-version-name = Верзија { $number }
admin-version-created = Направљена
admin-version-source = Извор
admin-version-state = Статус
admin-source-content-folder = фолдер са садржајем
admin-source-upload = отпремање
admin-version-published = Објављена
admin-version-draft = Нацрт
admin-back-to-console = Назад на објављивање
admin-report = Извештај о валидацији
admin-report-counts = { $errors ->
    [one] { $errors } грешка
    [few] { $errors } грешке
   *[other] { $errors } грешака
  }, { $warnings ->
    [one] { $warnings } упозорење
    [few] { $warnings } упозорења
   *[other] { $warnings } упозорења
  }
admin-report-place = Датотека:ред:колона
admin-report-severity = Озбиљност
admin-report-code = Код
admin-report-message = Порука (на енглеском)
admin-severity-error = Грешка
admin-severity-warning = Упозорење

## Admin console: people, institutions and invitation codes (issue 21)

admin-people-nav = Корисници и институције
admin-people-title = Корисници
admin-people-invite-hint = Да бисте укључили неког новог, направите позивни код.
admin-people-invite = Позовите некога
admin-people-search = Претрага корисника
admin-people-search-hint = (део имена или е-адресе)
admin-people-role = Улога
admin-people-any-role = Било која улога
admin-people-search-submit = Претражи
admin-people-none = Ниједан корисник не одговара претрази.
admin-people-page = Корисници, страница { $number }
admin-people-name = Име
admin-people-institution = Институција
admin-people-status = Статус
admin-people-active-state = Активан
admin-people-deactivated-state = Деактивиран
admin-people-role-learner = Полазник
admin-people-role-trainer = Тренер
admin-people-role-admin = Администратор
admin-people-email = Е-адреса
admin-people-change-role = Промена улоге
admin-people-own-account = Ово је ваш налог: само други администратор може да му смањи овлашћења или да га деактивира.
admin-people-role-hint = (промена одјављује особу на свим уређајима)
admin-people-save-role = Сачувај улогу
admin-people-reactivate-intro = Налог је деактивиран: особа не може да се пријави.
admin-people-reactivate = Поново активирај налог
admin-people-deactivate-intro = Деактивација одмах одјављује особу и спречава је да се пријави; њени подаци остају сачувани.
admin-people-deactivate-confirm = Да, деактивирај овај налог
admin-people-deactivate = Деактивирај налог
admin-people-trainer-of = Институције које овај тренер прати
admin-people-followed = Прати
admin-people-followed-yes = Да
admin-people-followed-no = Не
admin-people-action = Радња
admin-people-assign = Додели
admin-people-unassign = Уклони
admin-people-role-changed = Улога је промењена.
admin-people-deactivated = Налог је деактивиран.
admin-people-reactivated = Налог је поново активиран.
admin-people-assigned = Институција је додељена тренеру.
admin-people-unassigned = Институција је уклоњена тренеру.
admin-people-not-yourself = Не можете смањити овлашћења свог налога нити га деактивирати; то мора други администратор.
admin-people-confirm-required = Означите поље да потврдите деактивацију.
admin-people-not-a-trainer = Само тренери прате институције: прво промените улогу.
admin-institutions-title = Институције
admin-institutions-none = Још нема институција.
admin-institutions-name = Назив
admin-institutions-name-hint = (како се штампа на сертификатима)
admin-institutions-country = Ознака државе
admin-institutions-country-hint = (два слова, нпр. BA, RS, ME)
admin-institutions-kind = Врста
admin-institutions-choose-kind = Изаберите врсту
admin-institutions-kind-ministry = Министарство
admin-institutions-kind-police = Полиција
admin-institutions-kind-border-police = Гранична полиција
admin-institutions-kind-asylum-agency = Служба за азил
admin-institutions-kind-refugee-agency = Служба за избеглице
admin-institutions-kind-training-centre = Центар за обуку
admin-institutions-kind-international-organisation = Међународна организација
admin-institutions-kind-other = Друго
admin-institutions-new = Нова институција
admin-institutions-create = Направи институцију
admin-institutions-save = Сачувај институцију
admin-institutions-back = Назад на институције
admin-institutions-created = Институција је направљена.
admin-institutions-saved = Институција је сачувана.
admin-institutions-name-taken = Институција с тим називом већ постоји у тој држави.
admin-invitations-title = Позивни кодови
admin-invitations-none = Још нема позивних кодова.
admin-invitations-list = Позивни кодови, најновији први
admin-invitations-for = За кога
admin-invitations-institution = Институција
admin-invitations-role = Улога
admin-invitations-expires = Истиче (UTC)
admin-invitations-uses = Коришћења
admin-invitations-state = Стање
admin-invitations-action = Радња
admin-invitations-revoke = Опозови
admin-invitations-anyone = Свако ко има код
admin-invitations-state-open = Важи
admin-invitations-state-revoked = Опозван
admin-invitations-state-expired = Истекао
admin-invitations-state-used-up = Искоришћен
admin-invitations-new = Нови позивни код
admin-invitations-new-intro = Код се приказује само једном, одмах након прављења: тада га копирајте. Ако наведете е-адресу, код се шаље и на њу и важи само за ту адресу.
admin-invitations-no-institution = Без институције
admin-invitations-email = Е-адреса
admin-invitations-email-hint = (није обавезно: за позив једној особи)
admin-invitations-days = Број дана важења
admin-invitations-days-hint = (од 1 до 365)
admin-invitations-max-uses = Број налога које може да направи
admin-invitations-max-uses-hint = (од 1 до 10.000; празно: 1 за позив е-поштом, 100 за заједнички код)
admin-invitations-create = Направи код
admin-invitations-created = Позивни код је направљен
admin-invitations-code-once = Копирајте код сада: приказује се само овај пут.
admin-invitations-code = Код
admin-invitations-link = Линк за регистрацију
admin-invitations-emailed = Код је послат и на е-адресу.
admin-invitations-back = Назад на позивне кодове
admin-invitations-revoke-title = Опозив позивног кода
admin-invitations-revoke-intro = После опозива код више не важи; налози већ направљени њиме остају.
admin-invitations-revoke-submit = Да, опозови код
admin-invitations-revoked-already = Овај код је већ опозван.
admin-invitations-revoked = Позивни код је опозван.

## End of people, institutions and invitation codes

## Admin console: certificates, failed mail and the audit log (issue 21)

admin-certificates-title = Сертификати
admin-certificates-search = Пронађите сертификат
admin-certificates-search-hint = (његов серијски број или код за проверу, или део имена или е-адресе власника)
admin-certificates-search-submit = Претражи
admin-certificates-found = { $count ->
    [0] Није пронађен ниједан сертификат.
    [one] Пронађен је { $count } сертификат.
    [few] Пронађена су { $count } сертификата.
   *[other] Пронађено је { $count } сертификата.
  }
admin-certificates-results = Пронађени сертификати
admin-certificates-serial = Серијски број
admin-certificates-holder = Власник
admin-certificates-course = Курс
admin-certificates-issued = Издат
admin-certificates-status = Стање
admin-certificates-status-valid = Важећи
admin-certificates-status-revoked = Опозван
admin-certificates-status-replaced = Замењен
admin-certificates-certificate = Сертификат { $serial }
admin-certificates-back = Назад на претрагу сертификата
admin-certificates-facts = Подаци
admin-certificates-code = Код за проверу
admin-certificates-printed-name = Име одштампано на њему
admin-certificates-completed = Курс завршен
admin-certificates-revoked-at = Опозван
admin-certificates-reason = Разлог
admin-certificates-replaced-by = Заменио га је
admin-certificates-trail = Историја
admin-certificates-when = Када
admin-certificates-what = Шта
admin-certificates-event-revoked = Опозван
admin-certificates-event-replaced = Замењен новим сертификатом
admin-certificates-event-replaces = Издат као замена за други
admin-certificates-revoke = Опозовите овај сертификат
admin-certificates-revoke-intro = Свако ко га проверава тада ће прочитати да је опозван и зашто.
admin-certificates-reason-hint = (приказује се свакоме ко проверава сертификат; највише 500 знакова)
admin-certificates-revoke-next = Настави ка опозиву
admin-certificates-reissue = Поново издајте овај сертификат
admin-certificates-reissue-intro = Нови сертификат замењује овај: нови серијски број и код за проверу, име и установа власника и текстови курса какви су сада, исти датум завршетка. Овај се опозива уз разлог, а нови се шаље власнику е-поштом.
admin-certificates-reissue-next = Настави ка поновном издавању
admin-certificates-confirm-revoke = Опозвати сертификат { $serial }?
admin-certificates-confirm-reissue = Поново издати сертификат { $serial }?
admin-certificates-confirm-revoke-explained = Ово се не може поништити: од сада провера каже да је сертификат опозван и приказује овај разлог.
admin-certificates-confirm-reissue-explained = Ово се не може поништити: сертификат се опозива уз овај разлог и замењује новим, који се шаље власнику е-поштом.
admin-certificates-revoke-confirm = Опозови сертификат
admin-certificates-reissue-confirm = Поново издај сертификат
admin-certificates-cancel = Откажи
admin-certificates-revoked = Сертификат је опозван.
admin-certificates-reissued = Сертификат је поново издат. Ово је нови; порука власнику је у реду за слање.
admin-certificates-already-revoked = Овај сертификат је већ био опозван; важи први разлог.
admin-certificates-already-replaced = Овај сертификат је већ био замењен; поново издајте његову замену.
admin-mail-title = Неуспела пошта
admin-mail-intro = Поруке које ред за слање није успео да пошаље ни после свих покушаја, од најстарије. „Покушај поново” враћа поруку у ред са новим бројем покушаја.
admin-mail-count = { $count ->
    [0] Нема неуспелих порука.
    [one] { $count } неуспела порука.
    [few] { $count } неуспеле поруке.
   *[other] { $count } неуспелих порука.
  }
admin-mail-failed = Неуспеле поруке
admin-mail-recipient = Прималац
admin-mail-kind = Врста
admin-mail-queued = У реду од
admin-mail-attempts = Покушаји
admin-mail-last-error = Последња грешка
admin-mail-action = Радња
admin-mail-retry = Покушај поново
admin-mail-retried = Порука је поново у реду за слање.
admin-mail-kind-verify = Потврда е-адресе
admin-mail-kind-reset = Нова лозинка
admin-mail-kind-invite = Позив
admin-mail-kind-certificate = Сертификат
admin-audit-title = Дневник надзора
admin-audit-filters = Филтрирајте дневник
admin-audit-action = Радња
admin-audit-action-hint = (почетак њеног назива, нпр. certificate. или user.role)
admin-audit-actor = Извршио
admin-audit-actor-hint = (ид корисника)
admin-audit-from = Од (дан, UTC)
admin-audit-until = До (дан, UTC, укључујући)
admin-audit-apply = Примени филтере
admin-audit-csv = Преузми ове записе као CSV
admin-audit-none = Ниједан запис не одговара.
admin-audit-entries = Записи, од најстаријег
admin-audit-at = Време (UTC)
admin-audit-subject = Предмет
admin-audit-details = Појединости
admin-audit-system = Систем
admin-audit-paging = Странице дневника
admin-audit-first = Прва страница
admin-audit-next = Следећа страница

## End of certificates, failed mail and the audit log

## Admin console: publishing forms (issue 21)

admin-upload-heading = Отпремање пакета
admin-upload-file = Пакет (.zip или .tar.gz)
admin-upload-hint = Цео курс, више курсева, нови модул или текстови на још једном језику. Пакет се проверава и чува као нацрт: полазници не виде ништа од њега док га не објавите.
admin-upload-button = Отпреми и провери
admin-upload-missing = Изаберите датотеку пакета за отпремање.
admin-upload-too-large = Датотека је већа од { $megabytes } MB. Ништа није сачувано.
admin-upload-invalid = { $count ->
    [one] Пакет има { $count } проблем
    [few] Пакет има { $count } проблема
   *[other] Пакет има { $count } проблема
  }. Ништа није сачувано: исправите наведене датотеке и поново отпремите пакет.
admin-upload-refused = Датотека је одбијена ({ $count ->
    [one] { $count } разлог
    [few] { $count } разлога
   *[other] { $count } разлога
  }): то није .zip или .tar.gz архива коју Kampus може безбедно да прочита. Ништа није сачувано.
admin-done-uploaded = Отпремљено и проверено: нацрт је сачуван. Полазници га не виде док га не објавите.
admin-done-uploaded-before = Ове датотеке су већ отпремане: ово је верзија која је од њих направљена.
admin-done-published = Објављено: полазници сада виде ову верзију.
admin-done-unpublished = Курс је повучен: полазници га више не виде.
admin-cancel = Откажи
admin-publish-heading = Објављивање верзије { $number }
admin-rollback-heading = Враћање на верзију { $number }
admin-publish-button = Објави ову верзију
admin-rollback-button = Врати на ову верзију
admin-publish-first = Полазници ће видети верзију { $number }; курс тренутно није објављен.
admin-publish-replaces = Полазници ће одмах видети верзију { $number } уместо верзије { $current }.
admin-publish-already = Полазници већ виде ову верзију: ништа се неће променити.
admin-publish-progress-kept = Напредак, покушаји и сертификати полазника остају сачувани.
admin-unpublish-heading = Повлачење курса
admin-unpublish-button = Повуци курс
admin-unpublish-link = Повуци курс { $course }
admin-unpublish-withdraws = Курс се уклања из каталога, а његове лекције и провере знања затварају се за полазнике док се поново не објави нека верзија.
admin-unpublish-kept = Уписи, напредак и сертификати остају сачувани.
admin-unpublish-not-published = Курс тренутно није објављен: ништа се неће променити.
admin-preview-link = Преглед лекција на два језика
admin-preview-title = Преглед
admin-back-to-version = Назад на верзију
admin-preview-choose = Лекција и језици
admin-preview-lesson = Лекција
admin-preview-left = Лева колона
admin-preview-right = Десна колона
admin-preview-show = Прикажи
admin-preview-fallback = Ова лекција у овој верзији није преведена на језик { $language }: полазници је виде на језику { $shown }.
admin-area-nav = Администрација

## End of publishing forms

## LRS credentials
admin-lrs-title = LRS приступни подаци
admin-lrs-intro = Алати који читају или уписују записе о учењу у формату xAPI (на /xapi) пријављују се кључем и тајном.
admin-lrs-none = Још нема LRS приступних података.
admin-lrs-list = LRS приступни подаци, најновији први
admin-lrs-name = Назив
admin-lrs-key = Кључ
admin-lrs-scopes = Овлашћења
admin-lrs-institutions = Институције
admin-lrs-all-institutions = Све институције
admin-lrs-made = Направљено (UTC)
admin-lrs-state = Стање
admin-lrs-action = Радња
admin-lrs-state-active = Активан
admin-lrs-state-revoked = Опозван
admin-lrs-revoke = Опозови
admin-lrs-new = Нови LRS приступни подаци
admin-lrs-new-intro = Тајна се приказује само једном, одмах после израде: тада је копирајте.
admin-lrs-name-hint = (чему служи, на пример алат за аналитику; од 1 до 200 знакова)
admin-lrs-scopes-hint = (statements/write: упис изјава; statements/read/mine: читање само онога што је сам уписао; statements/read: читање изјава; state и profile: ресурси State и Profile; define: чување дефиниција активности; all/read: читање свега; all: све)
admin-lrs-institutions-hint = (везан за институције, чита само изјаве о њиховим људима; ништа означено: није везан)
admin-lrs-create = Направи приступне податке
admin-lrs-created = LRS приступни подаци су направљени
admin-lrs-secret-once = Копирајте тајну сада: приказује се само овај пут.
admin-lrs-secret = Тајна
admin-lrs-endpoint = LRS адреса
admin-lrs-back = Назад на LRS приступне податке
admin-lrs-revoke-title = Опозив LRS приступних података
admin-lrs-revoke-intro = Опозивом приступни подаци одмах престају да раде; уписане изјаве остају.
admin-lrs-revoke-submit = Да, опозови приступне податке
admin-lrs-revoked-already = Ови приступни подаци су већ опозвани.
admin-lrs-revoked = LRS приступни подаци су опозвани.

## End of LRS credentials
