# Interfejs HTTP API-ja: naslovi i opisi problema (RFC 9457).

problem-not-found-title = Nije pronađeno
problem-not-found-detail = Na adresi { $path } nema ničega.
problem-course-not-found-title = Kurs nije pronađen
problem-course-not-found-detail = Nijedan objavljeni kurs nema id ili slug „{ $course }”.
problem-method-not-allowed-title = Metoda nije dozvoljena
problem-method-not-allowed-detail = Metoda { $method } nije dozvoljena na { $path }.
problem-malformed-json-title = Neispravan JSON
problem-malformed-json-detail = Telo zahteva nije ispravan JSON (red { $line }, kolona { $column }).
problem-invalid-body-title = Neispravno telo zahteva
problem-invalid-body-detail = Telo zahteva nema očekivani oblik (red { $line }, kolona { $column }): { $reason }
problem-payload-too-large-title = Telo zahteva je preveliko
problem-payload-too-large-detail = Telo zahteva može imati najviše { $limit } bajtova.
problem-unsupported-media-type-title = Nepodržan tip sadržaja
problem-unsupported-media-type-detail = Pošaljite telo zahteva u jednom od tipova medija koje ova operacija prima: { $types }.
problem-validation-failed-title = Neispravan unos
problem-validation-failed-detail = { $count ->
    [one] { $count } polje nije ispravno.
    [few] { $count } polja nisu ispravna.
   *[other] { $count } polja nije ispravno.
}
problem-invalid-credentials-title = Pogrešna e-adresa ili lozinka
problem-invalid-credentials-detail = E-adresa ili lozinka nisu tačni.
problem-unauthenticated-title = Potrebna je prijava
problem-unauthenticated-detail = Prijavite se i pošaljite pristupni token da biste koristili ovaj resurs.
problem-forbidden-title = Nije dozvoljeno
problem-forbidden-detail = Vaš nalog ne može da izvrši ovu radnju.
problem-conflict-title = Sukob podataka
problem-conflict-detail = Ovo je u sukobu sa podacima koji već postoje.
problem-not-ready-title = Nije spremno
problem-not-ready-detail = Servis još ne može da obrađuje zahteve; pogledajte neuspele provere.
problem-unavailable-title = Servis nije dostupan
problem-unavailable-detail = Baza podataka trenutno nije dostupna. Pokušajte ponovo uskoro.
problem-internal-title = Interna greška
problem-internal-detail = Došlo je do greške na našoj strani. Identifikator zahteva pomaže nam da je pronađemo.
problem-bad-request-title = Neispravan zahtev
problem-bad-request-detail = Zahtev nije moguće razumeti.
problem-unknown-reference-title = Nije pronađeno
problem-unknown-reference-detail = { $count ->
    [one] Zahtev navodi nešto što ovde ne postoji.
   *[other] Zahtev navodi stvari koje ovde ne postoje ({ $count }).
}
problem-wrong-password-title = Pogrešna lozinka
problem-wrong-password-detail = Lozinka data kao potvrda nije lozinka ovog naloga.
problem-invalid-query-title = Neispravni parametri upita
problem-invalid-query-detail = { $count ->
    [one] Jedan parametar upita nije ispravan.
    [few] { $count } parametra upita nisu ispravna.
   *[other] { $count } parametara upita nije ispravno.
}
problem-too-many-requests-title = Previše zahteva
problem-too-many-requests-detail = Sačekajte trenutak pre nego što pokušate ponovo.

field-required = Ovo polje je obavezno.
field-query-unknown = Ova operacija nema parametar upita s ovim imenom.
field-choice-invalid = Izaberite jedno od: { $choices }.
field-query-value-invalid = Ova vrednost nije ispravna za ovaj parametar.
field-uuid-invalid = Pošaljite id kao 36 znakova: 8-4-4-4-12 heksadecimalnih cifara s crticama (UUID).
field-survey-item-unknown = Ova anketa nema stavku s ovim id-om.
field-rating-invalid = Izaberite ceo broj od 1 do { $max }.
field-comment-invalid = Napišite odgovor od najviše { $max } znakova.
field-question-unknown = Ovaj test nema pitanje s ovim id-om.
field-answer-type-invalid = Ovo pitanje traži drugu vrstu odgovora.
field-invalid-email = Ovo nije ispravna e-adresa.

problem-invalid-token-title = Neispravna ili istekla veza
problem-invalid-token-detail = Ova veza nije važeća: možda je istekla ili je već upotrebljena. Zatražite novu.
problem-email-not-verified-title = E-adresa nije potvrđena
problem-email-not-verified-detail = Potvrdite svoju e-adresu vezom koju smo vam poslali, a zatim se prijavite.

field-password-too-short = Lozinka mora imati najmanje { $min } znakova.
field-password-too-long = Lozinka može imati najviše { $max } znakova.
field-password-common = Ova lozinka je previše česta; izaberite drugu.
field-password-wrong = Trenutna lozinka nije tačna.
field-invitation-invalid = Ovaj kod pozivnice nije važeći.
field-gender-invalid = Izaberite jedno od: female, male, other, prefer-not-to-say.
field-display-name-invalid = Ime mora imati od 1 do 200 znakova.
field-display-name-blank = Ime mora imati bar jedan znak koji nije razmak.
field-display-name-control = Ime ne sme da sadrži kontrolne znakove, kao što su prelom reda ili tabulator.
field-display-name-direction = Ime ne sme da sadrži nevidljive znakove za smer teksta; uklonite { $character }.
field-too-long = Pošaljite najviše { $max } znakova.
field-role-invalid = Izaberite jedno od: learner, trainer, admin.
field-country-invalid = Koristite dvoslovni ISO 3166-1 kod zemlje, npr. BA, RS, ME.
field-institution-invalid = Ova institucija ne postoji ili nije u vašoj nadležnosti.
field-number-invalid = Unesite broj u dozvoljenom opsegu.
field-sort-invalid = Izaberite redosled sa spiska: name, enrolled_at, completed_at, lessons_completed, final_score; asc ili desc.
field-report-gender-invalid = Izaberite jedno od: female, male, other, prefer-not-to-say, unspecified.
field-date-invalid = Unesite datum u obliku GGGG-MM-DD.
field-date-range-invalid = Krajnji datum ne sme biti pre početnog.
field-format-invalid = Izaberite json ili csv.
field-group-by-invalid = Grupišite po: course, locale, institution, country, gender, month (svako jednom).
field-course-required = Izaberite kurs.
field-gain-group-by-invalid = Grupišite po: course, institution, country (svako jednom).
# The audit log (GET /api/v1/admin/audit).
field-datetime-invalid = Unesite datum u obliku GGGG-MM-DD ili vreme kao 2026-03-01T09:30:00Z (RFC 3339; u URL-u znak + ispred pomaka pišite kao %2B).
field-limit-invalid = Unesite ceo broj od 1 do { $max }.
field-user-id-invalid = Ovo nije id korisnika.
field-cursor-invalid = Ovo nije id zapisa; upotrebite vrednost next sa prethodne stranice.

problem-not-enrolled-title = Potreban je upis
problem-not-enrolled-detail = Upišite se na ovaj kurs da biste otvorili njegove lekcije i provere znanja.
problem-course-restricted-title = Kurs sa ograničenim upisom
problem-course-restricted-detail = Na ovaj kurs mogu da se upišu samo zaposleni u određenim institucijama ili zemljama. Ako vaš nalog ne navodi vašu instituciju, obratite se centru za obuku.

# Time-on-task heartbeats.
field-seconds-invalid = Pošaljite ceo broj sekundi od 0 do { $max }.
field-lesson-unknown = Ovaj kurs nema lekciju sa ovim identifikatorom.

problem-attempt-limit-reached-title = Iskorišćeni su svi pokušaji
problem-attempt-limit-reached-detail = Iskoristili ste sve pokušaje koje ova provera znanja dozvoljava.
problem-attempt-closed-title = Pokušaj je zatvoren
problem-attempt-closed-detail = Ovaj pokušaj je predat ili je vreme isteklo; odgovori se više ne mogu menjati.
problem-bundle-refused-title = Paket je odbijen
problem-bundle-refused-detail = Otpremljena datoteka nije paket koji Kampus prihvata; ništa od nje nije sačuvano. { $count ->
    [1] Razlog je naveden pod refusals.
   *[other] Razloga: { $count }; navedenih pod refusals: { $listed }.
}
problem-bundle-invalid-title = Paket nije ispravan
problem-bundle-invalid-detail = Paket je pročitan, ali njegov sadržaj ima greške; ništa nije sačuvano. { $count ->
    [one] Problem je naveden
   *[other] Problema: { $count }, navedeni su
} pod problems, svaki sa datotekom i redom.
problem-translation-refused-title = Prevod je odbijen
problem-translation-refused-detail = Datoteka prevoda je odbijena; ništa nije sačuvano. { $count ->
    [one] Razlog je naveden
   *[other] Razloga: { $count }, navedeni su
} pod problems, svaki sa kodom i, gde je poznato, jedinicom i redom.
problem-translation-invalid-title = Prevod nije ispravan
problem-translation-invalid-detail = Sa ovim prevodom kurs bi imao greške; ništa nije sačuvano. { $count ->
    [one] Problem je naveden
   *[other] Problema: { $count }, navedeni su
} pod problems, svaki sa datotekom i redom.

## The public certificate verification page (/verify/{code})
verify-page-title = Provera sertifikata
verify-valid = Ovaj sertifikat je važeći.
verify-revoked = Ovaj sertifikat je opozvan { $date }. Razlog: { $reason }
verify-unknown = Nijedan sertifikat nema ovaj kod. Proverite kod odštampan na sertifikatu.
verify-serial = Serijski broj
verify-holder = Imalac
verify-course = Kurs
verify-hours = Broj sati
verify-completed = Završen
verify-issuer = Izdao

## Admin: texts printed on certificates (institution names, revocation reasons), trainers.
field-text-invalid = Unesite od 1 do { $max } znakova: ne samo razmake, i bez kontrolnih znakova i nevidljivih oznaka pravca teksta.
field-scope-required = Izaberite bar jedan opseg.
problem-not-a-trainer-title = Korisnik nije trener
problem-not-a-trainer-detail = Samo treneri prate institucije; ovaj korisnik je { $role ->
    [learner] polaznik
   *[admin] administrator
}. Prvo mu dodelite ulogu trenera.
