email-signature = Kampus — Qendra Rajonale e Trajnimit për Migracionin
email-greeting = I/E nderuar { $name },
email-link-fallback = Nëse butoni nuk funksionon, kopjojeni këtë adresë në shfletues:

email-verify-subject = Konfirmoni adresën tuaj të email-it për Kampus
email-verify-body = Konfirmoni adresën tuaj të email-it për të përfunduar krijimin e llogarisë në Kampus. Lidhja është e vlefshme për { $hours } orë.
email-verify-action = Konfirmo adresën time të email-it
email-verify-ignore = Nëse nuk keni krijuar llogari, mund ta shpërfillni këtë mesazh.

email-reset-subject = Rivendosni fjalëkalimin tuaj në Kampus
email-reset-body = Dikush kërkoi rivendosjen e fjalëkalimit të llogarisë suaj në Kampus. Lidhja është e vlefshme për një orë dhe mund të përdoret vetëm një herë.
email-reset-action = Zgjidh një fjalëkalim të ri
email-reset-ignore = Nëse nuk ishit ju, shpërfilleni këtë mesazh: fjalëkalimi juaj mbetet i pandryshuar.

email-invite-subject = Ftesë për në Kampus
email-invite-body = { $inviter } ju fton të mësoni në Kampus, platformën e mësimit elektronik të Qendrës Rajonale të Trajnimit për Migracionin. Ftesa është e vlefshme për { $days } ditë.
email-invite-action = Prano ftesën
email-invite-ignore = Nëse nuk e prisni këtë ftesë, mund ta shpërfillni këtë mesazh.

email-certificate-subject = Certifikata juaj nga Kampus
email-certificate-body = Urime: e përfunduat kursin „{ $course }“. Certifikata juaj { $serial } është bashkëngjitur si PDF. Kushdo mund të verifikojë vërtetësinë e saj në adresën më poshtë.
email-certificate-action = Verifiko certifikatën
email-certificate-ignore = Certifikatën dhe distinktivin e saj digjital (Open Badges 3.0) mund t’i shkarkoni në çdo kohë nga certifikatat tuaja në Kampus.
