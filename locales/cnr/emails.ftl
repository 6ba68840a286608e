email-signature = Kampus — Regionalni centar za obuku u oblasti migracija
email-greeting = Poštovani/a { $name },
email-link-fallback = Ako dugme ne radi, kopirajte ovu adresu u pregledač:

email-verify-subject = Potvrdite svoju e-adresu za Kampus
email-verify-body = Potvrdite svoju e-adresu kako biste završili otvaranje naloga na Kampusu. Veza važi { $hours } sata.
email-verify-action = Potvrdi moju e-adresu
email-verify-ignore = Ako nijeste otvorili nalog, slobodno zanemarite ovu poruku.

email-reset-subject = Promjena lozinke za Kampus
email-reset-body = Zatražena je promjena lozinke za vaš nalog na Kampusu. Veza važi jedan sat i može se iskoristiti samo jednom.
email-reset-action = Izaberi novu lozinku
email-reset-ignore = Ako to nijeste bili vi, zanemarite ovu poruku: vaša lozinka ostaje nepromijenjena.

email-invite-subject = Pozivnica za Kampus
email-invite-body = { $inviter } vas poziva da učite na Kampusu, platformi za e-učenje Regionalnog centra za obuku u oblasti migracija. Pozivnica važi { $days } dana.
email-invite-action = Prihvati pozivnicu
email-invite-ignore = Ako ne očekujete ovu pozivnicu, slobodno zanemarite ovu poruku.

email-certificate-subject = Vaš sertifikat sa Kampusa
email-certificate-body = Čestitamo: završili ste kurs „{ $course }”. Vaš sertifikat { $serial } nalazi se u prilogu kao PDF. Svako može provjeriti njegovu vjerodostojnost na adresi ispod.
email-certificate-action = Provjeri sertifikat
email-certificate-ignore = Sertifikat i njegov digitalni bedž (Open Badges 3.0) možete u svakom trenutku preuzeti među svojim sertifikatima na Kampusu.
