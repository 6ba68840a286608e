# Ndërfaqja e HTTP API: titujt dhe përshkrimet e problemeve (RFC 9457).

problem-not-found-title = Nuk u gjet
problem-not-found-detail = Nuk ka asgjë në { $path }.
problem-course-not-found-title = Kursi nuk u gjet
problem-course-not-found-detail = Asnjë kurs i publikuar nuk ka id ose slug “{ $course }”.
problem-method-not-allowed-title = Metoda nuk lejohet
problem-method-not-allowed-detail = Metoda { $method } nuk lejohet në { $path }.
problem-malformed-json-title = JSON i pavlefshëm
problem-malformed-json-detail = Trupi i kërkesës nuk është JSON i vlefshëm (rreshti { $line }, kolona { $column }).
problem-invalid-body-title = Trup i pavlefshëm i kërkesës
problem-invalid-body-detail = Trupi i kërkesës nuk ka formën e pritur (rreshti { $line }, kolona { $column }): { $reason }
problem-payload-too-large-title = Trupi i kërkesës është shumë i madh
problem-payload-too-large-detail = Trupi i kërkesës mund të ketë më së shumti { $limit } bajte.
problem-unsupported-media-type-title = Lloj i pambështetur përmbajtjeje
problem-unsupported-media-type-detail = Dërgojeni trupin e kërkesës në një nga llojet e medias që pranon ky veprim: { $types }.
problem-validation-failed-title = Të dhëna të pavlefshme
problem-validation-failed-detail = { $count ->
    [one] Një fushë nuk është e vlefshme.
   *[other] { $count } fusha nuk janë të vlefshme.
}
problem-invalid-credentials-title = Email-i ose fjalëkalimi është i gabuar
problem-invalid-credentials-detail = Adresa e email-it ose fjalëkalimi nuk është i saktë.
problem-unauthenticated-title = Kërkohet identifikimi
problem-unauthenticated-detail = Identifikohuni dhe dërgoni tokenin e qasjes për të përdorur këtë burim.
problem-forbidden-title = Nuk lejohet
problem-forbidden-detail = Llogaria juaj nuk ka të drejtë ta bëjë këtë.
problem-conflict-title = Konflikt
problem-conflict-detail = Kjo bie ndesh me të dhëna që ekzistojnë tashmë.
problem-not-ready-title = Nuk është gati
problem-not-ready-detail = Shërbimi ende nuk mund të trajtojë kërkesa; shihni kontrollet që dështuan.
problem-unavailable-title = Shërbimi nuk është i disponueshëm
problem-unavailable-detail = Baza e të dhënave nuk mund të arrihet tani. Ju lutemi provoni përsëri së shpejti.
problem-internal-title = Gabim i brendshëm
problem-internal-detail = Diçka shkoi keq nga ana jonë. Identifikuesi i kërkesës na ndihmon ta gjejmë.
problem-bad-request-title = Kërkesë e pavlefshme
problem-bad-request-detail = Kërkesa nuk mund të kuptohet.
problem-unknown-reference-title = Nuk u gjet
problem-unknown-reference-detail = { $count ->
    [one] Kërkesa përmend diçka që nuk ekziston këtu.
   *[other] Kërkesa përmend gjëra që nuk ekzistojnë këtu ({ $count }).
}
problem-wrong-password-title = Fjalëkalim i gabuar
problem-wrong-password-detail = Fjalëkalimi i dhënë për konfirmim nuk është fjalëkalimi i llogarisë.
problem-invalid-query-title = Parametra të pavlefshëm të kërkesës
problem-invalid-query-detail = { $count ->
    [one] Një parametër i kërkesës nuk është i vlefshëm.
   *[other] { $count } parametra të kërkesës nuk janë të vlefshëm.
}
problem-too-many-requests-title = Shumë kërkesa
problem-too-many-requests-detail = Ju lutemi prisni pak përpara se të provoni përsëri.

field-required = Kjo fushë është e detyrueshme.
field-query-unknown = Ky veprim nuk merr parametër me këtë emër.
field-choice-invalid = Zgjidhni një nga: { $choices }.
field-query-value-invalid = Kjo vlerë nuk është e vlefshme për këtë parametër.
field-uuid-invalid = Dërgoni id-në si 36 shenja: 8-4-4-4-12 shifra heksadecimale me viza (UUID).
field-survey-item-unknown = Ky pyetësor nuk ka pikë me këtë id.
field-rating-invalid = Zgjidhni një numër të plotë nga 1 deri në { $max }.
field-comment-invalid = Shkruani një përgjigje me jo më shumë se { $max } shenja.
field-question-unknown = Ky test nuk ka pyetje me këtë id.
field-answer-type-invalid = Kjo pyetje kërkon një lloj tjetër përgjigjeje.
field-invalid-email = Kjo nuk është një adresë e vlefshme email-i.

problem-invalid-token-title = Lidhje e pavlefshme ose e skaduar
problem-invalid-token-detail = Kjo lidhje nuk është e vlefshme: mund të ketë skaduar ose të jetë përdorur tashmë. Kërkoni një të re.
problem-email-not-verified-title = Adresa e email-it nuk është konfirmuar
problem-email-not-verified-detail = Konfirmoni adresën tuaj të email-it me lidhjen që ju dërguam, pastaj identifikohuni.

field-password-too-short = Fjalëkalimi duhet të ketë të paktën { $min } karaktere.
field-password-too-long = Fjalëkalimi mund të ketë më së shumti { $max } karaktere.
field-password-common = Ky fjalëkalim është shumë i zakonshëm; zgjidhni një tjetër.
field-password-wrong = Fjalëkalimi aktual nuk është i saktë.
field-invitation-invalid = Ky kod ftese nuk është i vlefshëm.
field-gender-invalid = Zgjidhni një nga: female, male, other, prefer-not-to-say.
field-display-name-invalid = Emri duhet të ketë nga 1 deri në 200 karaktere.
field-display-name-blank = Emri duhet të ketë të paktën një karakter që nuk është hapësirë.
field-display-name-control = Emri nuk duhet të përmbajë karaktere kontrolli, si kalime rreshti ose tabulatorë.
field-display-name-direction = Emri nuk duhet të përmbajë karaktere të padukshme të drejtimit të tekstit; hiqni { $character }.
field-too-long = Dërgoni më së shumti { $max } karaktere.
field-role-invalid = Zgjidhni një nga: learner, trainer, admin.
field-country-invalid = Përdorni kodin dyshkronjësh ISO 3166-1 të shtetit, p.sh. BA, RS, ME.
field-institution-invalid = Ky institucion nuk ekziston ose nuk është nën përgjegjësinë tuaj.
field-number-invalid = Shkruani një numër brenda kufijve të lejuar.
field-sort-invalid = Zgjidhni një renditje nga lista: name, enrolled_at, completed_at, lessons_completed, final_score; asc ose desc.
field-report-gender-invalid = Zgjidhni një nga: female, male, other, prefer-not-to-say, unspecified.
field-date-invalid = Shkruani datën në formën VVVV-MM-DD.
field-date-range-invalid = Data e mbarimit nuk mund të jetë para datës së fillimit.
field-format-invalid = Zgjidhni json ose csv.
field-group-by-invalid = Gruponi sipas: course, locale, institution, country, gender, month (secila një herë).
field-course-required = Zgjidhni një kurs.
field-gain-group-by-invalid = Gruponi sipas: course, institution, country (secila një herë).
# The audit log (GET /api/v1/admin/audit).
field-datetime-invalid = Shkruani datën në formën VVVV-MM-DD ose kohën si 2026-03-01T09:30:00Z (RFC 3339; në URL, shenjën + të zhvendosjes shkruajeni si %2B).
field-limit-invalid = Shkruani një numër të plotë nga 1 deri në { $max }.
field-user-id-invalid = Ky nuk është id përdoruesi.
field-cursor-invalid = Ky nuk është id regjistrimi; përdorni vlerën next nga faqja e mëparshme.

problem-not-enrolled-title = Kërkohet regjistrimi
problem-not-enrolled-detail = Regjistrohuni në këtë kurs për të hapur mësimet dhe vlerësimet e tij.
problem-course-restricted-title = Kurs me regjistrim të kufizuar
problem-course-restricted-detail = Në këtë kurs mund të regjistrohen vetëm punonjësit e disa institucioneve ose shteteve. Nëse llogaria juaj nuk e tregon institucionin tuaj, drejtohuni qendrës së trajnimit.

# Time-on-task heartbeats.
field-seconds-invalid = Dërgoni një numër të plotë sekondash nga 0 deri në { $max }.
field-lesson-unknown = Ky kurs nuk ka mësim me këtë identifikues.

problem-attempt-limit-reached-title = U arrit kufiri i përpjekjeve
problem-attempt-limit-reached-detail = Keni përdorur të gjitha përpjekjet që lejon ky vlerësim.
problem-attempt-closed-title = Përpjekja është mbyllur
problem-attempt-closed-detail = Kjo përpjekje është dorëzuar ose koha ka mbaruar; përgjigjet nuk mund të ndryshohen më.
problem-bundle-refused-title = Paketa u refuzua
problem-bundle-refused-detail = Skedari i ngarkuar nuk është paketë që Kampus e pranon; asgjë prej tij nuk u ruajt. { $count ->
    [1] Arsyeja jepet te refusals.
   *[other] U gjetën { $count } arsye; { $listed } prej tyre jepen te refusals.
}
problem-bundle-invalid-title = Paketa nuk është e vlefshme
problem-bundle-invalid-detail = Paketa u lexua, por përmbajtja e saj ka gabime; asgjë nuk u ruajt. { $count ->
    [one] Problemi jepet
   *[other] { $count } probleme jepen
} te problems, secili me skedarin dhe rreshtin.
problem-translation-refused-title = Përkthimi u refuzua
problem-translation-refused-detail = Skedari i përkthimit u refuzua; asgjë nuk u ruajt. { $count ->
    [one] Arsyeja jepet
   *[other] { $count } arsye jepen
} te problems, secila me kodin dhe, kur dihet, njësinë dhe rreshtin.
problem-translation-invalid-title = Përkthimi nuk është i vlefshëm
problem-translation-invalid-detail = Me këtë përkthim kursi do të kishte gabime; asgjë nuk u ruajt. { $count ->
    [one] Problemi jepet
   *[other] { $count } probleme jepen
} te problems, secili me skedarin dhe rreshtin.

## The public certificate verification page (/verify/{code})
verify-page-title = Verifikimi i certifikatës
verify-valid = Kjo certifikatë është e vlefshme.
verify-revoked = Kjo certifikatë u revokua më { $date }. Arsyeja: { $reason }
verify-unknown = Asnjë certifikatë nuk ka këtë kod. Kontrolloni kodin e shtypur në certifikatë.
verify-serial = Numri serik
verify-holder = Mbajtësi
verify-course = Kursi
verify-hours = Orë
verify-completed = Përfunduar më
verify-issuer = Lëshuar nga

## Admin: texts printed on certificates (institution names, revocation reasons), trainers.
field-text-invalid = Shkruani nga 1 deri në { $max } shenja: jo vetëm hapësira, dhe pa shenja kontrolli ose shenja të padukshme të drejtimit të tekstit.
field-scope-required = Zgjidhni të paktën një fushëveprim.
problem-not-a-trainer-title = Përdoruesi nuk është trajner
problem-not-a-trainer-detail = Vetëm trajnerët ndjekin institucione; ky përdorues është { $role ->
    [learner] pjesëmarrës
   *[admin] administrator
}. Së pari caktojini rolin e trajnerit.
