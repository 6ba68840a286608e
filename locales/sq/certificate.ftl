# Certifikatë përfundimi (PDF).

certificate-document-title = Certifikatë { $serial }
certificate-title = Certifikatë përfundimi
certificate-certifies = Vërtetohet se
certificate-completed = ka përfunduar me sukses kursin
certificate-hours = { $hours ->
    [one] { $hours } orë
   *[other] { $hours } orë
}
certificate-credits = { $credits ->
    [one] { $credits } kredit ECTS
   *[other] { $credits } kredite ECTS
}
certificate-eqf = Niveli { $level } i KEK-ut
certificate-completed-on = Përfunduar më { $date }
certificate-final-score = Vlerësimi përfundimtar: { $score }{"\u00A0"}%
certificate-outcomes = Rezultatet e të nxënit
certificate-serial = Numri serik: { $serial }
certificate-code = Kodi i verifikimit: { $code }
certificate-verify-hint = Kontrolloni këtë certifikatë në
certificate-revoked = REVOKUAR më { $date }: { $reason }

## Datat: „25 nëntor 2026“.
certificate-date = { $day } { $month } { $year }
certificate-month-1 = janar
certificate-month-2 = shkurt
certificate-month-3 = mars
certificate-month-4 = prill
certificate-month-5 = maj
certificate-month-6 = qershor
certificate-month-7 = korrik
certificate-month-8 = gusht
certificate-month-9 = shtator
certificate-month-10 = tetor
certificate-month-11 = nëntor
certificate-month-12 = dhjetor

## Always in English, identical in every locale (a test checks it): the paragraph printed on
## every certificate for international use. Do not translate. The exact-number variant [1]
## keeps the English plural right whichever locale's bundle formats it.
certificate-english = { $holder } has completed the course “{ $course }” ({ $hours ->
        [1] { $hours } hour
       *[other] { $hours } hours
    }) on { $date }, issued by { $issuer }.
