# Sertifikat o završenoj obuci (PDF).
# „ima uspešno završen kurs“: isto za svaki rod, jer ime polaznika ne nosi rod.

certificate-document-title = Sertifikat { $serial }
certificate-title = Sertifikat o završenoj obuci
certificate-certifies = Ovim se potvrđuje da
certificate-completed = ima uspešno završen kurs
certificate-hours = { $hours ->
    [one] { $hours } čas
    [few] { $hours } časa
   *[other] { $hours } časova
}
certificate-credits = { $credits ->
    [one] { $credits } ESPB bod
    [few] { $credits } ESPB boda
   *[other] { $credits } ESPB bodova
}
certificate-eqf = EOK nivo { $level }
certificate-completed-on = Završeno { $date }
certificate-final-score = Rezultat završne provere: { $score }{"\u00A0"}%
certificate-outcomes = Ishodi učenja
certificate-serial = Serijski broj: { $serial }
certificate-code = Kod za proveru: { $code }
certificate-verify-hint = Proverite ovaj sertifikat na adresi
certificate-revoked = OPOZVAN { $date } Razlog: { $reason }

## Datumi: „25. novembra 2026.“
certificate-date = { $day }. { $month } { $year }.
certificate-month-1 = januara
certificate-month-2 = februara
certificate-month-3 = marta
certificate-month-4 = aprila
certificate-month-5 = maja
certificate-month-6 = juna
certificate-month-7 = jula
certificate-month-8 = avgusta
certificate-month-9 = septembra
certificate-month-10 = oktobra
certificate-month-11 = novembra
certificate-month-12 = decembra

## Always in English, identical in every locale (a test checks it): the paragraph printed on
## every certificate for international use. Do not translate. The exact-number variant [1]
## keeps the English plural right whichever locale's bundle formats it.
certificate-english = { $holder } has completed the course “{ $course }” ({ $hours ->
        [1] { $hours } hour
       *[other] { $hours } hours
    }) on { $date }, issued by { $issuer }.
