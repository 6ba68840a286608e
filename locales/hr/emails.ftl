email-signature = Kampus — Regionalni centar za izobrazbu u području migracija
email-greeting = Poštovani/a { $name },
email-link-fallback = Ako gumb ne radi, kopirajte ovu adresu u preglednik:

email-verify-subject = Potvrdite svoju adresu e-pošte za Kampus
email-verify-body = Potvrdite svoju adresu e-pošte kako biste dovršili otvaranje korisničkog računa na Kampusu. Poveznica vrijedi { $hours } sata.
email-verify-action = Potvrdi moju adresu e-pošte
email-verify-ignore = Ako niste otvorili korisnički račun, slobodno zanemarite ovu poruku.

email-reset-subject = Promjena lozinke za Kampus
email-reset-body = Zatražena je promjena lozinke za vaš korisnički račun na Kampusu. Poveznica vrijedi jedan sat i može se iskoristiti samo jednom.
email-reset-action = Odaberi novu lozinku
email-reset-ignore = Ako to niste bili vi, zanemarite ovu poruku: vaša lozinka ostaje nepromijenjena.

email-invite-subject = Pozivnica za Kampus
email-invite-body = { $inviter } poziva vas da učite na Kampusu, platformi za e-učenje Regionalnog centra za izobrazbu u području migracija. Pozivnica vrijedi { $days } dana.
email-invite-action = Prihvati pozivnicu
email-invite-ignore = Ako ne očekujete ovu pozivnicu, slobodno zanemarite ovu poruku.

email-certificate-subject = Vaš certifikat s Kampusa
email-certificate-body = Čestitamo: završili ste tečaj „{ $course }”. Vaš certifikat { $serial } nalazi se u privitku kao PDF. Svatko može provjeriti njegovu vjerodostojnost na adresi u nastavku.
email-certificate-action = Provjeri certifikat
email-certificate-ignore = Certifikat i njegovu digitalnu značku (Open Badges 3.0) možete u svakom trenutku preuzeti među svojim certifikatima na Kampusu.
