# The web pages (crates/kampus-web); see locales/en/web.ftl.

## The language switcher: each language's name in itself.
language-name = Македонски
language-switch = Јазик

## Every page
skip-to-content = Премини на содржината
nav-label = Главно мени
nav-catalog = Курсеви
nav-certificates = Мои сертификати
nav-profile = Профил ({ $name })
nav-sign-in = Најава
nav-register = Регистрација
nav-sign-out = Одјава
footer-about = Kampus — платформата за самостојно е-учење на Регионалниот центар за обука во областа на миграциите.
text-not-translated = сѐ уште не е преведено

## Errors
error-not-found = Страницата не е пронајдена
error-not-found-explanation = На оваа адреса нема ништо. Страницата можеби е преместена или адресата е погрешно внесена.
error-forbidden = Не е дозволено
error-forbidden-explanation = Ова не можете да го направите тука. Ако дојдовте од формулар, вчитајте ја страницата повторно и обидете се пак.
error-bad-request = Формуларот не може да се прочита
error-bad-request-explanation = Нешто во формуларот недостасува или е неисправно. Вратете се, проверете ги податоците и испратете го формуларот повторно.
error-too-many = Премногу обиди
error-too-many-explanation = Имаше премногу обиди за кратко време. Почекајте неколку минути, па обидете се повторно.
error-unavailable = Привремено недостапно
error-unavailable-explanation = Kampus моментално не може да пристапи до базата на податоци. Обидете се повторно наскоро.
error-internal = Настана грешка
error-internal-explanation = Грешката е кај нас, не кај вас. Евидентирана е; обидете се повторно подоцна.
error-back-to-catalog = Назад кон курсевите

## Catalog
catalog-title = Курсеви
catalog-intro = Онлајн курсеви за управување со миграциите, наменети за вработените во министерствата, граничната полиција и институциите надлежни за азил. Ги следите на својот јазик и со свое темпо.
catalog-filters = Филтрирање на курсевите
catalog-filter-language = Достапно на јазик
catalog-filter-level = Ниво
catalog-filter-length = Траење
catalog-filter-any = Сите
catalog-filter-credits = Само курсеви со ECTS кредити
catalog-filter-apply = Прикажи ги курсевите
catalog-filter-clear = Прикажи ги сите курсеви
catalog-length-short = До 10 часа
catalog-length-medium = Од 10 до 30 часа
catalog-length-long = Повеќе од 30 часа
catalog-count = Прикажани курсеви: { $shown } од { $total }
catalog-empty = Ниту еден курс не одговара на овие филтри.

## Courses
course-hours = Часови: { $hours }
course-credits = ECTS кредити: { $credits }
course-eqf = EQF ниво { $level }
course-languages = Јазици
course-not-for-you = Не е достапно за вашата институција
course-percent-done = Завршено { $percent } %
course-continue = Продолжете од каде што застанавте
course-completed = Завршен
course-withdrawn = Се откажавте
level-introductory = Воведно
level-intermediate = Средно
level-advanced = Напредно
level-specialist = Специјалистичко
audience-countries = Отворено за вработените во институциите од: { $countries }.
audience-countries-and-institutions = Отворено за вработените во одредени институции што ги определил центарот, како и во институциите од: { $countries }.
audience-institutions = Отворено за вработените во одредени институции што ги определил центарот.

## Countries
country-AL = Албанија
country-AT = Австрија
country-BA = Босна и Херцеговина
country-BG = Бугарија
country-DE = Германија
country-GR = Грција
country-HR = Хрватска
country-HU = Унгарија
country-IT = Италија
country-ME = Црна Гора
country-MK = Северна Македонија
country-RO = Романија
country-RS = Србија
country-SI = Словенија
country-TR = Турција
country-XK = Косово

## Accounts
field-email = Адреса на е-пошта
field-password = Лозинка
sign-in-title = Најава
sign-in-submit = Најави се
sign-in-forgot = Ја заборавивте лозинката?
sign-in-no-account = Немате сметка?
sign-in-wrong = Адресата на е-пошта или лозинката не се точни.
sign-in-not-verified = Прво потврдете ја вашата адреса на е-пошта: отворете ја врската што ви ја испративме.
sign-in-resend-link = Испрати ја врската повторно
course-your-place = Вашиот статус на курсот
course-sign-in-to-enroll = Најавете се за да се запишете на овој курс и да се зачувува вашиот напредок.
course-enroll = Запиши се на курсот
course-resume = Запиши се повторно и продолжи
course-withdraw = Откажи се од курсот
course-withdrawn-explained = Се откажавте од овој курс. Ако повторно се запишете, го задржувате досегашниот напредок.
course-not-for-you-explained = Овој курс е отворен само за институциите наведени погоре. Ако сметате дека треба да имате пристап, обратете се до координаторот за обука во вашата институција.
course-lessons-done = Завршени лекции: { $done } од { $total }
course-start = Започни ја првата лекција
course-see-completion = Вашиот сертификат и податоците за завршувањето
course-outcomes = Што ќе научите
course-outline = Модули и лекции
course-assessments = Проверки на знаењето
course-survey-link = Пополнете ја анкетата за курсот
lesson-reading-minutes = { $minutes ->
    [one] { $minutes } минута читање
   *[other] { $minutes } минути читање
}
lesson-done = Завршена
assessment-required = услов за сертификатот
assessment-pass-mark = Праг за положување { $percent } %
assessment-time-limit = { $minutes ->
    [one] { $minutes } минута
   *[other] { $minutes } минути
}
assessment-attempts = { $attempts ->
    [one] { $attempts } обид
   *[other] { $attempts } обиди
}
assessment-kind-pre-test = влезен тест
assessment-kind-module-quiz = тест за модулот
assessment-kind-final = завршна проценка

## Lessons
lesson-breadcrumb = Каде се наоѓате
lesson-position = Лекција { $position } од { $count }
lesson-not-translated = Оваа лекција сѐ уште не е преведена на вашиот јазик; прикажана е на јазикот што е најблизок до вашиот.
lesson-contents = Во оваа лекција
lesson-complete = Означи како завршена
lesson-complete-and-next = Означи како завршена и продолжи
lesson-pager = Претходна и следна лекција
lesson-back-to-course = Назад кон курсот

## Forms
form-has-errors = Поправете го следново
field-invitation-code = Код за покана
field-invitation-code-hint = (го добивате од координаторот за обука, на пример K7QM2-XHD9T-WAB4R)
field-display-name = Вашето име
field-display-name-hint = (како што ќе биде отпечатено на вашите сертификати)
field-new-password = Нова лозинка
field-new-password-hint = (најмалку 12 знаци; најдобро е неколку зборови што лесно ги паметите)
field-language = Јазик
field-gender = Пол
field-gender-hint = (незадолжително; се користи само за анонимна статистика)
field-gender-unstated = Не е наведено
gender-female = Женски
gender-male = Машки
gender-other = Друго
gender-prefer-not-to-say = Не сакам да се изјаснам

## Registration
register-title = Отворање сметка
register-intro = Потребен ви е кодот за покана што сте го добиле од координаторот за обука во вашата институција.
register-submit = Отвори сметка
register-have-account = Веќе имате сметка?
register-done-check-mail = Ви благодариме. Ви испративме порака со врска за потврда на адресата; отворете ја врската за да завршите. Ако не ја гледате пораката, проверете ја папката за несакана пошта.
register-done-verified = Вашата сметка е подготвена. Сега можете да се најавите.

## Emailed links
verify-title = Потврдете ја вашата адреса на е-пошта
verify-intro = Потврдете дека оваа адреса е ваша за да го завршите отворањето на сметката.
verify-submit = Потврди ја мојата адреса
verify-done = Вашата адреса е потврдена. Сега можете да се најавите.
resend-title = Повторно испраќање на врската за потврда
resend-intro = Внесете ја адресата со која се регистриравте. Ако адресата чека потврда, ќе ви испратиме нова врска.
forgot-title = Ја заборавивте лозинката?
forgot-intro = Внесете ја адресата на вашата сметка и ќе ви испратиме врска за избор на нова лозинка.
link-send = Испрати ја врската
link-sent = Ако постои сметка со оваа адреса, пораката со врската е на пат. Врската важи ограничено време.
link-invalid = Оваа врска повеќе не е важечка: веќе е искористена или истекла.
link-ask-again = Побарај нова врска
reset-title = Изберете нова лозинка
reset-intro = Изберете нова лозинка за вашата сметка. Ќе бидете одјавени од сите други уреди.
reset-submit = Зачувај ја новата лозинка
reset-done = Вашата лозинка е променета. Најавете се со новата лозинка.

## Assessments
assessment-questions = { $count ->
    [one] { $count } прашање
   *[other] { $count } прашања
}
assessment-attempts-used = Искористени обиди: { $used } од { $allowed }
assessment-attempts-unlimited = Неограничен број обиди
assessment-start = Започни обид
assessment-continue = Продолжи го обидот
assessment-no-attempts-left = Ги искористивте сите обиди што ги дозволува оваа проверка на знаењето.
assessment-your-attempts = Вашите обиди
assessment-attempt-number = Обид { $number }
assessment-attempt-open = во тек
quiz-percent = { $percent } %
quiz-passed = Положено
quiz-not-passed = Не е положено
quiz-result = Резултат
quiz-your-score = Вашиот резултат: { $score }
quiz-pass-mark-was = Прагот за положување е { $mark }.
quiz-pre-test-note = Овој влезен тест покажува колку знаете пред почетокот на курсот; не се смета за положување.
quiz-review = Преглед на вашите одговори
quiz-question-number = Прашање { $number }
quiz-points = { $points ->
    [one] { $points } поен
   *[other] { $points } поени
}
quiz-instructions = Одговорете на прашањата подолу. Можете да ги зачувате одговорите и да се вратите подоцна; ништо не се оценува додека не ги предадете.
quiz-minutes-left = { $minutes ->
    [one] Преостанува уште { $minutes } минута.
   *[other] Преостануваат уште { $minutes } минути.
}
quiz-deadline = Времето истекува во { $time }; одговорите испратени потоа нема да бидат прифатени.
quiz-time-up = Времето за овој обид истече. Оценет е според одговорите зачувани навреме.
quiz-saved = Вашите одговори се зачувани.
quiz-fix-answers = Некои одговори не можеа да се прочитаат; ништо не е зачувано. Поправете ги подолу.
quiz-choose-all = Изберете ги сите точни одговори.
quiz-true = Точно
quiz-false = Неточно
quiz-match-hint = За секоја тврдња изберете го соодветниот одговор.
quiz-choose = Изберете…
quiz-order-hint = Доделете реден број на секоја ставка, почнувајќи од 1.
quiz-position = Реден број…
quiz-your-number = Вашиот одговор (број)
quiz-your-answer = Вашиот одговор
quiz-save = Зачувај ги одговорите
quiz-submit = Предај за оценување
quiz-submit-note = Со предавањето обидот завршува; потоа не можете да ги менувате одговорите.
quiz-submit-confirm = Дали сакате да ги предадете одговорите за оценување? Потоа не можете да ги менувате.
quiz-number-invalid = Внесете број, на пример 12 или 12,5.
quiz-order-invalid = Доделете различен реден број на секоја ставка, од 1 до вкупниот број ставки.
review-correct = Точно
review-partial = Делумно точно
review-incorrect = Неточно
review-points = Поени: { $awarded } од { $possible }
review-your-answer = Вашиот одговор:
review-correct-answer = Точниот одговор:
review-unanswered = Без одговор

## Survey
survey-title = Вашето мислење за курсот
survey-intro = Вашите одговори му помагаат на центарот да ги подобри своите курсеви. Тренерите гледаат само збирни резултати, никогаш кој што одговорил.
survey-saved-before = Вашите претходни одговори се веќе внесени; можете да ги менувате додека не го завршите курсот.
survey-required = задолжително
survey-submit = Испрати ги одговорите

## Certificates
certificates-title = Мои сертификати
certificates-none = Сѐ уште немате сертификати. Завршете некој курс за да добиете сертификат.
certificate-serial-web = Сертификат { $serial }
certificate-completed-on-web = Завршено на { $date }
certificate-final-score-web = Завршна проценка: { $score } %
certificate-revoked-on = Поништен на { $date }
certificate-download = Преземи PDF
certificate-verify-link = Јавна страница за проверка
certificate-qr-hint = Секој може да го провери овој сертификат со скенирање на кодот или со отворање на страницата за проверка.
certificate-qr-alt = QR код на страницата за проверка { $url }
completed-title = Курсот е завршен
completed-on = Честитки! Го завршивте овој курс на { $date }.
completed-emailed = Сертификатот ви е испратен и по е-пошта.

## Profile
profile-title = Вашиот профил
profile-details = Лични податоци
profile-language-hint = (страници, е-пораки и сертификати)
profile-save = Зачувај
profile-saved = Вашиот профил е зачуван.
profile-password = Лозинка
field-current-password = Тековна лозинка
profile-password-submit = Промени ја лозинката
profile-password-changed = Вашата лозинка е променета. Одјавени сте од сите други уреди.
profile-data = Вашите податоци
profile-export-intro = Преземете копија од податоците што ги содржи вашата сметка, во облик на датотека JSON.
profile-export = Преземи ги моите податоци
profile-delete = Бришење на сметката
profile-delete-intro = Вашето име и адреса на е-пошта ќе бидат избришани и повеќе нема да можете да се најавите. Сертификатите што сте ги стекнале остануваат важечки за секој што ги проверува. Ова не може да се врати.
profile-delete-confirm = Вашата лозинка, за потврда
profile-delete-submit = Избриши ја мојата сметка

## Staff pages (issue 21): the dashboard, learner lists and records.
nav-staff = Контролна табла
staff-dashboard-title = Контролна табла
staff-coverage-all = Ги гледате податоците за учесниците од сите институции.
staff-coverage-none = Сѐ уште не ви е доделена ниту една институција, па нема учесници за прикажување. Администраторот може да ви додели институции.
staff-coverage-some = Ги гледате податоците за учесниците од следниве институции: { $institutions }.
staff-filters = Филтри
staff-filter-from = Од
staff-filter-to = До
staff-filter-by = Групирај го завршувањето по
staff-filter-apply = Прикажи податоци
staff-filter-invalid = Оваа вредност не е исправна, па податоците се прикажани без неа.
staff-headline = Клучни показатели
staff-download-csv = Преземи како CSV
staff-completion-by = Завршување: { $grouping }
staff-completion-chart = Стапка на завршување: { $grouping }
staff-completion-summary = Завршени запишувања: { $completed } од { $enrolled } ({ $rate }). Податоците за секоја група се дадени во табелата подолу.
staff-no-figures = Сѐ уште нема податоци за овие филтри.
staff-small-group-star = * Помалку од 5 учесници: премалку за да се извлечат заклучоци, а луѓето во таква група би можеле да се препознаат.
staff-gain = Напредок во знаењето
staff-gain-explained = Резултатот од влезниот тест во споредба со најдобриот резултат од завршната проценка, за учесниците што пристапиле и на двете. Нормализираниот напредок (Хејковиот g) е делот од можното подобрување што е постигнат: (завршна проценка − влезен тест) / (100 − влезен тест).
staff-gain-by = Напредок во знаењето: { $grouping }
staff-gain-chart = Просек на влезниот тест и на најдобрата завршна проценка по курс
staff-gain-summary = Учесници што пристапиле и на влезниот тест и на завршната проценка: { $learners }. Просечен резултат на влезниот тест { $pre }, просечен најдобар резултат на завршната проценка { $post }.
staff-percent = { $value } %
staff-no-institution = Без институција
staff-learners = Учесници
staff-back-to-dashboard = Назад кон контролната табла
staff-filters-applied = Филтрите од контролната табла важат и за овој список.
staff-search-learners = Пребарување по име или е-пошта
staff-search = Пребарај
staff-learners-count = { $total ->
    [one] { $total } учесник
   *[other] { $total } учесници
  } · страница { $page } од { $pages }
staff-no-learners = Нема учесници што одговараат на критериумите.
staff-module-number = М{ $number }
staff-module-lessons = { $done }/{ $total }
staff-status-enrolled = Во тек
staff-status-completed = Завршено
staff-status-withdrawn = Се откажал/а
staff-paging = Страници од списокот со учесници
staff-previous-page = Претходна страница
staff-next-page = Следна страница
staff-learner-courses = Курсеви
staff-learner-no-courses = Нема запишани курсеви.
staff-courses = Курсеви
staff-survey-title = Анкета за курсот
staff-survey-respondents = { $count ->
    [one] { $count } учесник ја пополни анкетата.
   *[other] { $count } учесници ја пополнија анкетата.
  }
staff-survey-point = Оценка { $point }
staff-survey-rating = Оценка
staff-survey-share = Дел од одговорите
staff-survey-summary = Одговори: { $responses }, просечна оценка { $mean } на скала од 1 до { $scale }.
staff-survey-comments-count = { $count ->
    [one] { $count } коментар
   *[other] { $count } коментари
  }
staff-survey-comments-admins = Коментарите ги читаат само администраторите: тренерот ги познава своите учесници, а од коментарот би можело да се заклучи кој го напишал.
staff-items-of = Анализа на прашањата
staff-items-attempts = Предадени обиди по јазик
staff-items-mean = Просечен резултат
staff-items-pass-rate = Стапка на положување
staff-items-questions = Прашања
staff-items-explained = Индексот на леснотија е просечниот дел од поените освоени на прашањето (1 = сите одговориле точно). Индексот на дискриминација е корелацијата на резултатот на прашањето со резултатот на остатокот од обидот (под 0,2: прашањето слабо ги разликува подобрите од послабите учесници).
staff-items-chart = Индекс на леснотија по прашање
staff-items-chart-summary = Делот од поените што учесниците ги освоиле на секое прашање; податоците се дадени во табелата подолу.
staff-items-flag-explained = Прашањето се означува за јазикот на кој е значително потешко отколку на другите јазици, ако има доволно обиди за тоа да се утврди: проверете го преводот на прашањето на тој јазик.
nav-funder-report = Извештај за донаторите
staff-funder-title = Извештај за донаторите
staff-funder-period = Од { $from } до { $to }
staff-funder-since = Од { $from }
staff-funder-until = До { $to }
staff-funder-all-time = Целиот период
staff-funder-pdf = Преземи како PDF
staff-funder-print-hint = Страницата се печати како извештај, без менијата на сајтот и без овој формулар.
staff-funder-completion = Стапка на завршување и стапка на положување на завршната проценка
staff-funder-by-course = По курс
staff-funder-by-country = По држава
staff-funder-satisfaction = Задоволство
staff-funder-respondents = Учесници што ја пополниле анкетата
staff-funder-ratings = Дадени оценки
staff-funder-mean-rating = Просечна оценка
staff-funder-of-scale = { $mean } од { $scale }
staff-funder-satisfied = Оценки во двата највисоки степена на скалата
staff-funder-definitions = Дефиниции
staff-funder-def-trained = Обучени учесници: бројот на различни учесници што завршиле најмалку еден курс во периодот (според датумот на завршување на курсот). „Завршени курсеви“ го брои секое завршување на курс; „Издадени сертификати“ ги брои сертификатите издадени во периодот што не се поништени. Се бројат само учесниците, никогаш тренерите или администраторите.
staff-funder-def-completion = Стапка на завршување: бројот на завршени запишувања поделен со бројот на запишувања направени во периодот (според датумот на запишување), при што во запишувањата се вбројуваат и оние од кои учесниците се откажале.
staff-funder-def-pass = Стапка на положување на завршната проценка: бројот на запишувања со положен обид на завршната проценка на курсот поделен со бројот на запишувања со најмалку еден предаден обид на таа проценка (запишувања направени во периодот).
staff-funder-def-gain = Напредок во знаењето: за запишувањата направени во периодот што имаат и влезен тест и завршна проценка, првиот резултат од влезниот тест во споредба со најдобриот резултат од завршната проценка. Хејковиот нормализиран напредок g изнесува (завршна проценка − влезен тест) / (100 − влезен тест): просекот на групата се пресметува од просечните резултати; просекот на учесниците е просекот од вредноста g на секој учесник поединечно, при што се изоставуваат учесниците што постигнале 100 на влезниот тест.
staff-funder-def-satisfaction = Задоволство: прашањата со скала за оценување од анкетата на крајот на курсот, пресметано врз основа на сите оценки во анкетите пополнети во периодот; просечната оценка и делот од оценките во двата највисоки степена на скалата (4 или 5 од 5).
staff-funder-def-small = Групите со помалку од 5 учесници се означени со ѕвездичка: нивните податоци се премногу несигурни за да се извлечат заклучоци, а луѓето во нив би можеле да се препознаат.
staff-funder-page = Страница { $page } од { $pages }

## The admins' publishing console (issue 21).
nav-admin-content = Објавување
admin-content-title = Објавување
admin-translation-status = Статус на преводите
admin-translation-explained = За секој објавен курс и јазик: целосен (секој текст е преведен од актуелниот англиски текст), делумен (учесниците ги гледаат текстовите што недостасуваат на резервниот јазик) или застарен (преведен од постар англиски текст).
admin-translation-complete = Целосен
admin-translation-partial = Делумен
admin-translation-outdated = Застарен
admin-translation-counts = недостасуваат: { $missing }, застарени: { $outdated }, од вкупно { $total }
admin-versions = Верзии
admin-version-number = Верзија
admin-version-name = Верзија { $number }
admin-version-created = Создадена
admin-version-source = Извор
admin-version-state = Статус
admin-source-content-folder = папка со содржина
admin-source-upload = прикачување
admin-version-published = Објавена
admin-version-draft = Нацрт
admin-back-to-console = Назад кон објавувањето
admin-report = Извештај за валидацијата
admin-report-counts = { $errors ->
    [one] { $errors } грешка
   *[other] { $errors } грешки
  }, { $warnings ->
    [one] { $warnings } предупредување
   *[other] { $warnings } предупредувања
  }
admin-report-place = Датотека:ред:колона
admin-report-severity = Сериозност
admin-report-code = Код
admin-report-message = Порака (на англиски)
admin-severity-error = Грешка
admin-severity-warning = Предупредување

## Admin console: people, institutions and invitation codes (issue 21)

admin-people-nav = Корисници и институции
admin-people-title = Корисници
admin-people-invite-hint = За да вклучите некој нов, направете код за покана.
admin-people-invite = Поканете некого
admin-people-search = Пребарување корисници
admin-people-search-hint = (дел од име или адреса на е-пошта)
admin-people-role = Улога
admin-people-any-role = Која било улога
admin-people-search-submit = Пребарај
admin-people-none = Ниеден корисник не одговара на пребарувањето.
admin-people-page = Корисници, страница { $number }
admin-people-name = Име
admin-people-institution = Институција
admin-people-status = Статус
admin-people-active-state = Активна
admin-people-deactivated-state = Деактивирана
admin-people-role-learner = Учесник
admin-people-role-trainer = Обучувач
admin-people-role-admin = Администратор
admin-people-email = Адреса на е-пошта
admin-people-change-role = Промена на улогата
admin-people-own-account = Ова е вашата сметка: само друг администратор може да ѝ ги намали овластувањата или да ја деактивира.
admin-people-role-hint = (промената го одјавува лицето на сите уреди)
admin-people-save-role = Зачувај ја улогата
admin-people-reactivate-intro = Сметката е деактивирана: лицето не може да се најави.
admin-people-reactivate = Повторно активирај ја сметката
admin-people-deactivate-intro = Деактивирањето веднаш го одјавува лицето и го спречува да се најави; неговите податоци остануваат.
admin-people-deactivate-confirm = Да, деактивирај ја оваа сметка
admin-people-deactivate = Деактивирај ја сметката
admin-people-trainer-of = Институции што ги следи овој обучувач
admin-people-followed = Следи
admin-people-followed-yes = Да
admin-people-followed-no = Не
admin-people-action = Дејство
admin-people-assign = Додели
admin-people-unassign = Отстрани
admin-people-role-changed = Улогата е променета.
admin-people-deactivated = Сметката е деактивирана.
admin-people-reactivated = Сметката е повторно активирана.
admin-people-assigned = Институцијата му е доделена на обучувачот.
admin-people-unassigned = Институцијата му е одземена на обучувачот.
admin-people-not-yourself = Не можете да ѝ ги намалите овластувањата на својата сметка ниту да ја деактивирате; тоа мора да го стори друг администратор.
admin-people-confirm-required = Штиклирајте го полето за да го потврдите деактивирањето.
admin-people-not-a-trainer = Само обучувачите следат институции: прво променете ја улогата.
admin-institutions-title = Институции
admin-institutions-none = Сѐ уште нема институции.
admin-institutions-name = Назив
admin-institutions-name-hint = (како што се печати на сертификатите)
admin-institutions-country = Ознака на државата
admin-institutions-country-hint = (две букви, на пр. BA, RS, ME)
admin-institutions-kind = Вид
admin-institutions-choose-kind = Изберете вид
admin-institutions-kind-ministry = Министерство
admin-institutions-kind-police = Полиција
admin-institutions-kind-border-police = Гранична полиција
admin-institutions-kind-asylum-agency = Служба за азил
admin-institutions-kind-refugee-agency = Служба за бегалци
admin-institutions-kind-training-centre = Центар за обука
admin-institutions-kind-international-organisation = Меѓународна организација
admin-institutions-kind-other = Друго
admin-institutions-new = Нова институција
admin-institutions-create = Создај институција
admin-institutions-save = Зачувај ја институцијата
admin-institutions-back = Назад кон институциите
admin-institutions-created = Институцијата е создадена.
admin-institutions-saved = Институцијата е зачувана.
admin-institutions-name-taken = Во оваа држава веќе постои институција со овој назив.
admin-invitations-title = Кодови за покана
admin-invitations-none = Сѐ уште нема кодови за покана.
admin-invitations-list = Кодови за покана, најновите први
admin-invitations-for = За кого
admin-invitations-institution = Институција
admin-invitations-role = Улога
admin-invitations-expires = Истекува (UTC)
admin-invitations-uses = Користења
admin-invitations-state = Состојба
admin-invitations-action = Дејство
admin-invitations-revoke = Отповикај
admin-invitations-anyone = Секој што го има кодот
admin-invitations-state-open = Важечки
admin-invitations-state-revoked = Отповикан
admin-invitations-state-expired = Истечен
admin-invitations-state-used-up = Искористен
admin-invitations-new = Нов код за покана
admin-invitations-new-intro = Кодот се прикажува само еднаш, веднаш откако ќе се направи: тогаш копирајте го. Ако внесете адреса на е-пошта, кодот се испраќа и на неа и важи само за таа адреса.
admin-invitations-no-institution = Без институција
admin-invitations-email = Адреса на е-пошта
admin-invitations-email-hint = (незадолжително: за покана до едно лице)
admin-invitations-days = Денови на важење
admin-invitations-days-hint = (од 1 до 365)
admin-invitations-max-uses = Број сметки што може да ги создаде
admin-invitations-max-uses-hint = (од 1 до 10.000; празно: 1 за покана по е-пошта, 100 за заеднички код)
admin-invitations-create = Направи код
admin-invitations-created = Кодот за покана е направен
admin-invitations-code-once = Копирајте го кодот сега: се прикажува само овој пат.
admin-invitations-code = Код
admin-invitations-link = Врска за регистрација
admin-invitations-emailed = Кодот е испратен и на адресата на е-пошта.
admin-invitations-back = Назад кон кодовите за покана
admin-invitations-revoke-title = Отповикување код за покана
admin-invitations-revoke-intro = По отповикувањето кодот повеќе не важи; сметките веќе направени со него остануваат.
admin-invitations-revoke-submit = Да, отповикај го кодот
admin-invitations-revoked-already = Овој код е веќе отповикан.
admin-invitations-revoked = Кодот за покана е отповикан.

## End of people, institutions and invitation codes

## Admin console: certificates, failed mail and the audit log (issue 21)

admin-certificates-title = Сертификати
admin-certificates-search = Пронајдете сертификат
admin-certificates-search-hint = (неговиот сериски број или кодот за проверка, или дел од името или е-адресата на сопственикот)
admin-certificates-search-submit = Пребарај
admin-certificates-found = { $count ->
    [0] Не е пронајден ниту еден сертификат.
    [one] Пронајден е { $count } сертификат.
   *[other] Пронајдени се { $count } сертификати.
  }
admin-certificates-results = Пронајдени сертификати
admin-certificates-serial = Сериски број
admin-certificates-holder = Сопственик
admin-certificates-course = Курс
admin-certificates-issued = Издаден
admin-certificates-status = Состојба
admin-certificates-status-valid = Важечки
admin-certificates-status-revoked = Поништен
admin-certificates-status-replaced = Заменет
admin-certificates-certificate = Сертификат { $serial }
admin-certificates-back = Назад кон пребарувањето сертификати
admin-certificates-facts = Податоци
admin-certificates-code = Код за проверка
admin-certificates-printed-name = Име отпечатено на него
admin-certificates-completed = Курсот е завршен
admin-certificates-revoked-at = Поништен на
admin-certificates-reason = Причина
admin-certificates-replaced-by = Заменет со
admin-certificates-trail = Историја
admin-certificates-when = Кога
admin-certificates-what = Што
admin-certificates-event-revoked = Поништен
admin-certificates-event-replaced = Заменет со нов сертификат
admin-certificates-event-replaces = Издаден како замена за друг
admin-certificates-revoke = Поништете го овој сертификат
admin-certificates-revoke-intro = Секој што ќе го провери потоа ќе прочита дека е поништен и зошто.
admin-certificates-reason-hint = (се прикажува на секој што го проверува сертификатот; најмногу 500 знаци)
admin-certificates-revoke-next = Продолжи кон поништувањето
admin-certificates-reissue = Повторно издајте го овој сертификат
admin-certificates-reissue-intro = Нов сертификат го заменува овој: нов сериски број и код за проверка, името и институцијата на сопственикот и текстовите на курсот какви што се сега, истиот датум на завршување. Овој се поништува со причината, а новиот му се испраќа на сопственикот по е-пошта.
admin-certificates-reissue-next = Продолжи кон повторното издавање
admin-certificates-confirm-revoke = Да се поништи сертификатот { $serial }?
admin-certificates-confirm-reissue = Повторно да се издаде сертификатот { $serial }?
admin-certificates-confirm-revoke-explained = Ова не може да се врати: отсега проверката кажува дека сертификатот е поништен и ја прикажува оваа причина.
admin-certificates-confirm-reissue-explained = Ова не може да се врати: сертификатот се поништува со оваа причина и се заменува со нов, кој му се испраќа на сопственикот по е-пошта.
admin-certificates-revoke-confirm = Поништи го сертификатот
admin-certificates-reissue-confirm = Повторно издај го сертификатот
admin-certificates-cancel = Откажи
admin-certificates-revoked = Сертификатот е поништен.
admin-certificates-reissued = Сертификатот е повторно издаден. Ова е новиот; пораката до сопственикот чека да биде испратена.
admin-certificates-already-revoked = Овој сертификат веќе беше поништен; важи првата причина.
admin-certificates-already-replaced = Овој сертификат веќе беше заменет; повторно издајте ја неговата замена.
admin-mail-title = Неуспешна пошта
admin-mail-intro = Пораки што редот за испраќање не успеа да ги испрати ни по сите обиди, од најстарата. „Обиди се повторно” ја враќа пораката во редот со нов број обиди.
admin-mail-count = { $count ->
    [0] Нема неуспешни пораки.
    [one] { $count } неуспешна порака.
   *[other] { $count } неуспешни пораки.
  }
admin-mail-failed = Неуспешни пораки
admin-mail-recipient = Примач
admin-mail-kind = Вид
admin-mail-queued = Во редот од
admin-mail-attempts = Обиди
admin-mail-last-error = Последна грешка
admin-mail-action = Дејство
admin-mail-retry = Обиди се повторно
admin-mail-retried = Пораката е повторно во редот за испраќање.
admin-mail-kind-verify = Потврда на е-адресата
admin-mail-kind-reset = Нова лозинка
admin-mail-kind-invite = Покана
admin-mail-kind-certificate = Сертификат
admin-audit-title = Ревизорски дневник
admin-audit-filters = Филтрирајте го дневникот
admin-audit-action = Дејство
admin-audit-action-hint = (почетокот на неговото име, на пр. certificate. или user.role)
admin-audit-actor = Извршител
admin-audit-actor-hint = (ид на корисник)
admin-audit-from = Од (ден, UTC)
admin-audit-until = До (ден, UTC, вклучително)
admin-audit-apply = Примени ги филтрите
admin-audit-csv = Преземи ги овие записи како CSV
admin-audit-none = Ниту еден запис не одговара.
admin-audit-entries = Записи, од најстариот
admin-audit-at = Време (UTC)
admin-audit-subject = Предмет
admin-audit-details = Детали
admin-audit-system = Систем
admin-audit-paging = Страници од дневникот
admin-audit-first = Прва страница
admin-audit-next = Следна страница

## End of certificates, failed mail and the audit log

## Admin console: publishing forms (issue 21)

admin-upload-heading = Поставување пакет
admin-upload-file = Пакет (.zip или .tar.gz)
admin-upload-hint = Цел курс, повеќе курсеви, нов модул или текстови на уште еден јазик. Пакетот се проверува и се зачувува како нацрт: учесниците не гледаат ништо од него додека не го објавите.
admin-upload-button = Постави и провери
admin-upload-missing = Изберете датотека со пакет за поставување.
admin-upload-too-large = Датотеката е поголема од { $megabytes } MB. Ништо не е зачувано.
admin-upload-invalid = { $count ->
    [one] Пакетот има { $count } проблем
   *[other] Пакетот има { $count } проблеми
  }. Ништо не е зачувано: поправете ги наведените датотеки и поставете го пакетот повторно.
admin-upload-refused = Датотеката е одбиена ({ $count ->
    [one] { $count } причина
   *[other] { $count } причини
  }): тоа не е .zip или .tar.gz архива што Kampus може безбедно да ја прочита. Ништо не е зачувано.
admin-done-uploaded = Поставено и проверено: нацртот е зачуван. Учесниците не го гледаат додека не го објавите.
admin-done-uploaded-before = Овие датотеки се веќе поставени: ова е верзијата направена од нив.
admin-done-published = Објавено: учесниците сега ја гледаат оваа верзија.
admin-done-unpublished = Курсот е повлечен: учесниците повеќе не го гледаат.
admin-cancel = Откажи
admin-publish-heading = Објавување на верзија { $number }
admin-rollback-heading = Враќање на верзија { $number }
admin-publish-button = Објави ја оваа верзија
admin-rollback-button = Врати ја оваа верзија
admin-publish-first = Учесниците ќе ја гледаат верзијата { $number }; курсот сега не е објавен.
admin-publish-replaces = Учесниците веднаш ќе ја гледаат верзијата { $number } наместо верзијата { $current }.
admin-publish-already = Учесниците веќе ја гледаат оваа верзија: ништо нема да се промени.
admin-publish-progress-kept = Напредокот, обидите и сертификатите на учесниците се зачувуваат.
admin-unpublish-heading = Повлекување на курсот
admin-unpublish-button = Повлечи го курсот
admin-unpublish-link = Повлечи го курсот { $course }
admin-unpublish-withdraws = Курсот се отстранува од каталогот, а неговите лекции и проверки на знаењето се затвораат за учесниците додека повторно не се објави некоја верзија.
admin-unpublish-kept = Запишувањата, напредокот и сертификатите се зачувуваат.
admin-unpublish-not-published = Курсот сега не е објавен: ништо нема да се промени.
admin-preview-link = Преглед на лекциите на два јазика
admin-preview-title = Преглед
admin-back-to-version = Назад кон верзијата
admin-preview-choose = Лекција и јазици
admin-preview-lesson = Лекција
admin-preview-left = Лева колона
admin-preview-right = Десна колона
admin-preview-show = Прикажи
admin-preview-fallback = Оваа лекција во оваа верзија не е преведена на јазикот { $language }: учесниците ја гледаат на јазикот { $shown }.
admin-area-nav = Администрација

## End of publishing forms

## LRS credentials
admin-lrs-title = LRS пристапни податоци
admin-lrs-intro = Алатките што читаат или запишуваат записи за учењето во xAPI (на /xapi) се најавуваат со клуч и тајна.
admin-lrs-none = Сѐ уште нема LRS пристапни податоци.
admin-lrs-list = LRS пристапни податоци, најновите први
admin-lrs-name = Назив
admin-lrs-key = Клуч
admin-lrs-scopes = Овластувања
admin-lrs-institutions = Институции
admin-lrs-all-institutions = Сите институции
admin-lrs-made = Направено (UTC)
admin-lrs-state = Состојба
admin-lrs-action = Дејство
admin-lrs-state-active = Активен
admin-lrs-state-revoked = Отповикан
admin-lrs-revoke = Отповикај
admin-lrs-new = Нови LRS пристапни податоци
admin-lrs-new-intro = Тајната се прикажува само еднаш, веднаш по изработката: тогаш копирајте ја.
admin-lrs-name-hint = (за што служи, на пример алатка за аналитика; од 1 до 200 знаци)
admin-lrs-scopes-hint = (statements/write: запишување изјави; statements/read/mine: читање само на она што самиот го запишал; statements/read: читање изјави; state и profile: ресурсите State и Profile; define: чување дефиниции на активности; all/read: читање сѐ; all: сѐ)
admin-lrs-institutions-hint = (врзан за институции, чита само изјави за нивните луѓе; ништо означено: не е врзан)
admin-lrs-create = Направи пристапни податоци
admin-lrs-created = LRS пристапните податоци се направени
admin-lrs-secret-once = Копирајте ја тајната сега: се прикажува само овој пат.
admin-lrs-secret = Тајна
admin-lrs-endpoint = LRS адреса
admin-lrs-back = Назад кон LRS пристапните податоци
admin-lrs-revoke-title = Отповикување LRS пристапни податоци
admin-lrs-revoke-intro = Со отповикувањето пристапните податоци веднаш престануваат да работат; запишаните изјави остануваат.
admin-lrs-revoke-submit = Да, отповикај ги пристапните податоци
admin-lrs-revoked-already = Овие пристапни податоци се веќе отповикани.
admin-lrs-revoked = LRS пристапните податоци се отповикани.

## End of LRS credentials
