email-signature = Kampus — Regionalni centar za obuku u oblasti migracija
email-greeting = Poštovani/a { $name },
email-link-fallback = Ako dugme ne radi, kopirajte ovu adresu u preglednik:

email-verify-subject = Potvrdite svoju e-mail adresu za Kampus
email-verify-body = Potvrdite svoju e-mail adresu kako biste završili otvaranje računa na Kampusu. Link važi { $hours } sata.
email-verify-action = Potvrdi moju e-mail adresu
email-verify-ignore = Ako niste otvorili račun, slobodno zanemarite ovu poruku.

email-reset-subject = Promjena lozinke za Kampus
email-reset-body = Zatražena je promjena lozinke za vaš račun na Kampusu. Link važi jedan sat i može se iskoristiti samo jednom.
email-reset-action = Odaberi novu lozinku
email-reset-ignore = Ako to niste bili vi, zanemarite ovu poruku: vaša lozinka ostaje nepromijenjena.

email-invite-subject = Pozivnica za Kampus
email-invite-body = { $inviter } vas poziva da učite na Kampusu, platformi za e-učenje Regionalnog centra za obuku u oblasti migracija. Pozivnica važi { $days } dana.
email-invite-action = Prihvati pozivnicu
email-invite-ignore = Ako ne očekujete ovu pozivnicu, slobodno zanemarite ovu poruku.

email-certificate-subject = Vaš certifikat sa Kampusa
email-certificate-body = Čestitamo: završili ste kurs „{ $course }”. Vaš certifikat { $serial } nalazi se u prilogu kao PDF. Svako može provjeriti njegovu vjerodostojnost na adresi ispod.
email-certificate-action = Provjeri certifikat
email-certificate-ignore = Certifikat i njegov digitalni bedž (Open Badges 3.0) možete u svakom trenutku preuzeti među svojim certifikatima na Kampusu.
