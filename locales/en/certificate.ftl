# Course-completion certificate (PDF). The API formats these strings and `kampus-pdf` lays
# them out; every locale has the same message ids (a test in kampus-pdf checks it).
# Numbers ($hours, $credits, $level, $score, $day, $year) are Fluent numbers; $date, $month,
# $serial, $code, $reason, $holder, $course and $issuer are text.

certificate-document-title = Certificate { $serial }
certificate-title = Certificate of completion
certificate-certifies = This certifies that
certificate-completed = has successfully completed the course
certificate-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
certificate-credits = { $credits ->
    [one] { $credits } ECTS credit
   *[other] { $credits } ECTS credits
}
certificate-eqf = EQF level { $level }
certificate-completed-on = Completed on { $date }
certificate-final-score = Final assessment score: { $score }{"\u00A0"}%
certificate-outcomes = Learning outcomes
certificate-serial = Serial number: { $serial }
certificate-code = Verification code: { $code }
certificate-verify-hint = Check this certificate at
certificate-revoked = REVOKED on { $date }: { $reason }

## Dates as written on the certificate: certificate-date with the month name from
## certificate-month-1 … certificate-month-12 ($day and $year are numbers).
certificate-date = { $day } { $month } { $year }
certificate-month-1 = January
certificate-month-2 = February
certificate-month-3 = March
certificate-month-4 = April
certificate-month-5 = May
certificate-month-6 = June
certificate-month-7 = July
certificate-month-8 = August
certificate-month-9 = September
certificate-month-10 = October
certificate-month-11 = November
certificate-month-12 = December

## Always in English, identical in every locale (a test checks it): the paragraph printed on
## every certificate for international use. Do not translate. The exact-number variant [1]
## keeps the English plural right whichever locale's bundle formats it.
certificate-english = { $holder } has completed the course “{ $course }” ({ $hours ->
        [1] { $hours } hour
       *[other] { $hours } hours
    }) on { $date }, issued by { $issuer }.
