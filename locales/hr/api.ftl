# Sučelje HTTP API-ja: naslovi i opisi problema (RFC 9457).

problem-not-found-title = Nije pronađeno
problem-not-found-detail = Na adresi { $path } nema ničega.
problem-method-not-allowed-title = Metoda nije dopuštena
problem-method-not-allowed-detail = Metoda { $method } nije dopuštena na { $path }.
problem-malformed-json-title = Neispravan JSON
problem-malformed-json-detail = Tijelo zahtjeva nije ispravan JSON (redak { $line }, stupac { $column }).
problem-invalid-body-title = Neispravno tijelo zahtjeva
problem-invalid-body-detail = Tijelo zahtjeva nema očekivani oblik (redak { $line }, stupac { $column }): { $reason }
problem-payload-too-large-title = Tijelo zahtjeva je preveliko
problem-payload-too-large-detail = Tijelo zahtjeva smije imati najviše { $limit } bajtova.
problem-unsupported-media-type-title = Nepodržana vrsta sadržaja
problem-unsupported-media-type-detail = Pošaljite tijelo zahtjeva kao application/json.
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
problem-too-many-requests-title = Previše zahtjeva
problem-too-many-requests-detail = Pričekajte trenutak prije nego što pokušate ponovno.

field-required = Ovo je polje obavezno.
field-invalid-email = Ovo nije ispravna adresa e-pošte.
