# Сертификат за завршена обука (PDF).

certificate-document-title = Сертификат { $serial }
certificate-title = Сертификат за завршена обука
certificate-certifies = Со ова се потврдува дека
certificate-completed = успешно го заврши курсот
certificate-hours = { $hours ->
    [one] { $hours } час
   *[other] { $hours } часа
}
certificate-credits = { $credits ->
    [one] { $credits } ЕКТС-кредит
   *[other] { $credits } ЕКТС-кредити
}
certificate-eqf = ЕРК ниво { $level }
certificate-completed-on = Завршено на { $date }
certificate-final-score = Завршна проценка: { $score }{"\u00A0"}%
certificate-outcomes = Резултати од учењето
certificate-serial = Сериски број: { $serial }
certificate-code = Код за проверка: { $code }
certificate-verify-hint = Проверете го сертификатот на
certificate-revoked = ПОНИШТЕН на { $date }: { $reason }

## Датуми: „25 ноември 2026“.
certificate-date = { $day } { $month } { $year }
certificate-month-1 = јануари
certificate-month-2 = февруари
certificate-month-3 = март
certificate-month-4 = април
certificate-month-5 = мај
certificate-month-6 = јуни
certificate-month-7 = јули
certificate-month-8 = август
certificate-month-9 = септември
certificate-month-10 = октомври
certificate-month-11 = ноември
certificate-month-12 = декември

## Always in English, identical in every locale (a test checks it): the paragraph printed on
## every certificate for international use. Do not translate. The exact-number variant [1]
## keeps the English plural right whichever locale's bundle formats it.
certificate-english = { $holder } has completed the course “{ $course }” ({ $hours ->
        [1] { $hours } hour
       *[other] { $hours } hours
    }) on { $date }, issued by { $issuer }.
