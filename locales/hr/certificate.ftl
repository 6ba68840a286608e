# Certifikat o završenom tečaju (PDF).
# „ima uspješno završen tečaj“: isto za svaki rod, jer ime polaznika ne nosi rod.

certificate-document-title = Certifikat { $serial }
certificate-title = Certifikat o završenom tečaju
certificate-certifies = Ovime se potvrđuje da
certificate-completed = ima uspješno završen tečaj
certificate-hours = { $hours ->
    [one] { $hours } sat
    [few] { $hours } sata
   *[other] { $hours } sati
}
certificate-credits = { $credits ->
    [one] { $credits } ECTS bod
    [few] { $credits } ECTS boda
   *[other] { $credits } ECTS bodova
}
certificate-eqf = razina EKO-a { $level }
certificate-completed-on = Završeno { $date }
certificate-final-score = Rezultat završne provjere: { $score }{"\u00A0"}%
certificate-outcomes = Ishodi učenja
certificate-serial = Serijski broj: { $serial }
certificate-code = Kôd za provjeru: { $code }
certificate-verify-hint = Provjerite ovaj certifikat na adresi
certificate-revoked = OPOZVAN { $date } Razlog: { $reason }

## Datumi: „25. studenoga 2026.“
certificate-date = { $day }. { $month } { $year }.
certificate-month-1 = siječnja
certificate-month-2 = veljače
certificate-month-3 = ožujka
certificate-month-4 = travnja
certificate-month-5 = svibnja
certificate-month-6 = lipnja
certificate-month-7 = srpnja
certificate-month-8 = kolovoza
certificate-month-9 = rujna
certificate-month-10 = listopada
certificate-month-11 = studenoga
certificate-month-12 = prosinca

## Always in English, identical in every locale (a test checks it): the paragraph printed on
## every certificate for international use. Do not translate. The exact-number variant [1]
## keeps the English plural right whichever locale's bundle formats it.
certificate-english = { $holder } has completed the course “{ $course }” ({ $hours ->
        [1] { $hours } hour
       *[other] { $hours } hours
    }) on { $date }, issued by { $issuer }.
