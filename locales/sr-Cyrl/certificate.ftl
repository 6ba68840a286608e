# Сертификат о завршеној обуци (PDF).
# „има успешно завршен курс“: исто за сваки род, јер име полазника не носи род.

certificate-document-title = Сертификат { $serial }
certificate-title = Сертификат о завршеној обуци
certificate-certifies = Овим се потврђује да
certificate-completed = има успешно завршен курс
certificate-hours = { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
   *[other] { $hours } часова
}
certificate-credits = { $credits ->
    [one] { $credits } ЕСПБ бод
    [few] { $credits } ЕСПБ бода
   *[other] { $credits } ЕСПБ бодова
}
certificate-eqf = ЕОК ниво { $level }
certificate-completed-on = Завршено { $date }
certificate-final-score = Резултат завршне провере: { $score }{"\u00A0"}%
certificate-outcomes = Исходи учења
certificate-serial = Серијски број: { $serial }
certificate-code = Код за проверу: { $code }
certificate-verify-hint = Проверите овај сертификат на адреси
certificate-revoked = ОПОЗВАН { $date } Разлог: { $reason }

## Датуми: „25. новембра 2026.“
certificate-date = { $day }. { $month } { $year }.
certificate-month-1 = јануара
certificate-month-2 = фебруара
certificate-month-3 = марта
certificate-month-4 = априла
certificate-month-5 = маја
certificate-month-6 = јуна
certificate-month-7 = јула
certificate-month-8 = августа
certificate-month-9 = септембра
certificate-month-10 = октобра
certificate-month-11 = новембра
certificate-month-12 = децембра

## Always in English, identical in every locale (a test checks it): the paragraph printed on
## every certificate for international use. Do not translate. The exact-number variant [1]
## keeps the English plural right whichever locale's bundle formats it.
certificate-english = { $holder } has completed the course “{ $course }” ({ $hours ->
        [1] { $hours } hour
       *[other] { $hours } hours
    }) on { $date }, issued by { $issuer }.
