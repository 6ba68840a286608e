# Emails: subject, text and the words of the HTML part. Arguments are user data and are
# escaped in the HTML part.

email-signature = Kampus — Regional Migration Training Centre
email-greeting = Hello { $name },
email-link-fallback = If the button does not work, copy this address into your browser:

email-verify-subject = Confirm your email address for Kampus
email-verify-body = Please confirm your email address to finish creating your Kampus account. The link is valid for { $hours } hours.
email-verify-action = Confirm my email address
email-verify-ignore = If you did not create an account, you can ignore this message.

email-reset-subject = Reset your Kampus password
email-reset-body = Someone asked to reset the password of your Kampus account. The link is valid for one hour and works once.
email-reset-action = Choose a new password
email-reset-ignore = If it was not you, ignore this message: your password stays as it is.

email-invite-subject = You are invited to Kampus
email-invite-body = { $inviter } invited you to learn on Kampus, the eLearning platform of the Regional Migration Training Centre. The invitation is valid for { $days } days.
email-invite-action = Accept the invitation
email-invite-ignore = If you do not expect this invitation, you can ignore this message.

email-certificate-subject = Your Kampus certificate
email-certificate-body = Congratulations: you have completed the course “{ $course }”. Your certificate { $serial } is attached as a PDF. Anyone can check that it is genuine at the address below.
email-certificate-action = Check the certificate
email-certificate-ignore = You can download the certificate and its digital badge (Open Badges 3.0) at any time from your certificates in Kampus.
