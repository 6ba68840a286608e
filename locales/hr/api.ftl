# Sučelje HTTP API-ja: naslovi i opisi problema (RFC 9457).

problem-not-found-title = Nije pronađeno
problem-not-found-detail = Na adresi { $path } nema ničega.
problem-course-not-found-title = Tečaj nije pronađen
problem-course-not-found-detail = Nijedan objavljeni tečaj nema id ili slug „{ $course }”.
problem-method-not-allowed-title = Metoda nije dopuštena
problem-method-not-allowed-detail = Metoda { $method } nije dopuštena na { $path }.
problem-malformed-json-title = Neispravan JSON
problem-malformed-json-detail = Tijelo zahtjeva nije ispravan JSON (redak { $line }, stupac { $column }).
problem-invalid-body-title = Neispravno tijelo zahtjeva
problem-invalid-body-detail = Tijelo zahtjeva nema očekivani oblik (redak { $line }, stupac { $column }): { $reason }
problem-payload-too-large-title = Tijelo zahtjeva je preveliko
problem-payload-too-large-detail = Tijelo zahtjeva smije imati najviše { $limit } bajtova.
problem-unsupported-media-type-title = Nepodržana vrsta sadržaja
problem-unsupported-media-type-detail = Pošaljite tijelo zahtjeva u jednoj od vrsta medija koje ova operacija prima: { $types }.
problem-validation-failed-title = Neispravan unos
problem-validation-failed-detail = { $count ->
    [one] { $count } polje nije ispravno.
    [few] { $count } polja nisu ispravna.
   *[other] { $count } polja nije ispravno.
}
problem-invalid-credentials-title = Pogrešna adresa e-pošte ili lozinka
problem-invalid-credentials-detail = Adresa e-pošte ili lozinka nisu točni.
problem-unauthenticated-title = Potrebna je prijava
problem-unauthenticated-detail = Prijavite se i pošaljite pristupni token kako biste koristili ovaj resurs.
problem-forbidden-title = Nije dopušteno
problem-forbidden-detail = Vaš korisnički račun ne smije izvršiti ovu radnju.
problem-conflict-title = Sukob podataka
problem-conflict-detail = Ovo je u sukobu s podacima koji već postoje.
problem-not-ready-title = Nije spremno
problem-not-ready-detail = Usluga još ne može obrađivati zahtjeve; pogledajte neuspjele provjere.
problem-unavailable-title = Usluga nije dostupna
problem-unavailable-detail = Baza podataka trenutačno nije dostupna. Pokušajte ponovno uskoro.
problem-internal-title = Interna pogreška
problem-internal-detail = Došlo je do pogreške na našoj strani. Identifikator zahtjeva pomaže nam da je pronađemo.
problem-bad-request-title = Neispravan zahtjev
problem-bad-request-detail = Zahtjev nije moguće razumjeti.
problem-unknown-reference-title = Nije pronađeno
problem-unknown-reference-detail = { $count ->
    [one] Zahtjev navodi nešto što ovdje ne postoji.
   *[other] Zahtjev navodi stvari koje ovdje ne postoje ({ $count }).
}
problem-wrong-password-title = Pogrešna lozinka
problem-wrong-password-detail = Lozinka dana kao potvrda nije lozinka ovog računa.
problem-invalid-query-title = Neispravni parametri upita
problem-invalid-query-detail = { $count ->
    [one] Jedan parametar upita nije ispravan.
    [few] { $count } parametra upita nisu ispravna.
   *[other] { $count } parametara upita nije ispravno.
}
problem-too-many-requests-title = Previše zahtjeva
problem-too-many-requests-detail = Pričekajte trenutak prije nego što pokušate ponovno.

field-required = Ovo je polje obavezno.
field-query-unknown = Ova operacija nema parametar upita s ovim imenom.
field-choice-invalid = Odaberite jedno od: { $choices }.
field-query-value-invalid = Ova vrijednost nije ispravna za ovaj parametar.
field-uuid-invalid = Pošaljite id kao 36 znakova: 8-4-4-4-12 heksadecimalnih znamenki s crticama (UUID).
field-survey-item-unknown = Ova anketa nema stavku s ovim id-om.
field-rating-invalid = Odaberite cijeli broj od 1 do { $max }.
field-comment-invalid = Napišite odgovor od najviše { $max } znakova.
field-question-unknown = Ovaj test nema pitanje s ovim id-om.
field-answer-type-invalid = Ovo pitanje traži drugu vrstu odgovora.
field-invalid-email = Ovo nije ispravna adresa e-pošte.

problem-invalid-token-title = Neispravna ili istekla poveznica
problem-invalid-token-detail = Ova poveznica nije valjana: možda je istekla ili je već iskorištena. Zatražite novu.
problem-email-not-verified-title = Adresa e-pošte nije potvrđena
problem-email-not-verified-detail = Potvrdite svoju adresu e-pošte poveznicom koju smo vam poslali, a zatim se prijavite.

field-password-too-short = Lozinka mora imati najmanje { $min } znakova.
field-password-too-long = Lozinka smije imati najviše { $max } znakova.
field-password-common = Ova je lozinka previše česta; odaberite drugu.
field-password-wrong = Trenutačna lozinka nije točna.
field-invitation-invalid = Ovaj kod pozivnice nije valjan.
field-gender-invalid = Odaberite jedno od: female, male, other, prefer-not-to-say.
field-display-name-invalid = Ime mora imati od 1 do 200 znakova.
field-display-name-blank = Ime mora imati barem jedan znak koji nije razmak.
field-display-name-control = Ime ne smije sadržavati kontrolne znakove, poput prijeloma retka ili tabulatora.
field-display-name-direction = Ime ne smije sadržavati nevidljive znakove za smjer teksta; uklonite { $character }.
field-too-long = Pošaljite najviše { $max } znakova.
field-role-invalid = Odaberite jedno od: learner, trainer, admin.
field-country-invalid = Upotrijebite dvoslovni ISO 3166-1 kod države, npr. BA, RS, ME.
field-institution-invalid = Ova institucija ne postoji ili nije u vašoj nadležnosti.
field-number-invalid = Unesite broj u dopuštenom rasponu.
field-sort-invalid = Odaberite redoslijed s popisa: name, enrolled_at, completed_at, lessons_completed, final_score; asc ili desc.
field-report-gender-invalid = Odaberite jedno od: female, male, other, prefer-not-to-say, unspecified.
field-date-invalid = Unesite datum u obliku GGGG-MM-DD.
field-date-range-invalid = Završni datum ne smije biti prije početnog.
field-format-invalid = Odaberite json ili csv.
field-group-by-invalid = Grupirajte po: course, locale, institution, country, gender, month (svako jednom).
field-course-required = Odaberite tečaj.
field-gain-group-by-invalid = Grupirajte po: course, institution, country (svako jednom).
# The audit log (GET /api/v1/admin/audit).
field-datetime-invalid = Unesite datum u obliku GGGG-MM-DD ili vrijeme kao 2026-03-01T09:30:00Z (RFC 3339; u URL-u znak + ispred pomaka pišite kao %2B).
field-limit-invalid = Unesite cijeli broj od 1 do { $max }.
field-user-id-invalid = Ovo nije id korisnika.
field-cursor-invalid = Ovo nije id zapisa; upotrijebite vrijednost next s prethodne stranice.

problem-not-enrolled-title = Potreban je upis
problem-not-enrolled-detail = Upišite se na ovaj tečaj kako biste otvorili njegove lekcije i provjere znanja.
problem-course-restricted-title = Tečaj s ograničenim upisom
problem-course-restricted-detail = Na ovaj se tečaj mogu upisati samo zaposlenici određenih institucija ili država. Ako vaš korisnički račun ne navodi vašu instituciju, obratite se centru za izobrazbu.

# Time-on-task heartbeats.
field-seconds-invalid = Pošaljite cijeli broj sekundi od 0 do { $max }.
field-lesson-unknown = Ovaj tečaj nema lekciju s tim identifikatorom.

problem-attempt-limit-reached-title = Iskorišteni su svi pokušaji
problem-attempt-limit-reached-detail = Iskoristili ste sve pokušaje koje ova provjera znanja dopušta.
problem-attempt-closed-title = Pokušaj je zatvoren
problem-attempt-closed-detail = Ovaj je pokušaj predan ili je vrijeme isteklo; odgovori se više ne mogu mijenjati.
problem-bundle-refused-title = Paket je odbijen
problem-bundle-refused-detail = Učitana datoteka nije paket koji Kampus prihvaća; ništa od nje nije spremljeno. { $count ->
    [1] Razlog je naveden pod refusals.
   *[other] Razloga: { $count }; navedenih pod refusals: { $listed }.
}
problem-bundle-invalid-title = Paket nije ispravan
problem-bundle-invalid-detail = Paket je pročitan, ali njegov sadržaj ima pogreške; ništa nije spremljeno. { $count ->
    [one] Problem je naveden
   *[other] Problema: { $count }, navedeni su
} pod problems, svaki s datotekom i retkom.
problem-translation-refused-title = Prijevod je odbijen
problem-translation-refused-detail = Datoteka prijevoda je odbijena; ništa nije spremljeno. { $count ->
    [one] Razlog je naveden
   *[other] Razloga: { $count }, navedeni su
} pod problems, svaki s kodom i, gdje je poznato, jedinicom i retkom.
problem-translation-invalid-title = Prijevod nije ispravan
problem-translation-invalid-detail = S ovim prijevodom tečaj bi imao pogreške; ništa nije spremljeno. { $count ->
    [one] Problem je naveden
   *[other] Problema: { $count }, navedeni su
} pod problems, svaki s datotekom i retkom.

## The public certificate verification page (/verify/{code})
verify-page-title = Provjera certifikata
verify-valid = Ovaj certifikat je valjan.
verify-revoked = Ovaj certifikat opozvan je { $date }. Razlog: { $reason }
verify-unknown = Nijedan certifikat nema ovaj kôd. Provjerite kôd otisnut na certifikatu.
verify-serial = Serijski broj
verify-holder = Imatelj
verify-course = Tečaj
verify-hours = Broj sati
verify-completed = Završen
verify-issuer = Izdavatelj

## Admin: texts printed on certificates (institution names, revocation reasons), trainers.
field-text-invalid = Unesite od 1 do { $max } znakova: ne samo razmake, i bez kontrolnih znakova i nevidljivih oznaka smjera teksta.
field-scope-required = Odaberite barem jedan opseg.
problem-not-a-trainer-title = Korisnik nije trener
problem-not-a-trainer-detail = Samo treneri prate institucije; ovaj je korisnik { $role ->
    [learner] polaznik
   *[admin] administrator
}. Najprije mu dodijelite ulogu trenera.
