# The web pages (crates/kampus-web). Every message here exists in every locale with the same
# variables (a test checks); templates use them by id.

## The language switcher: each language's name in itself.
language-name = English
language-switch = Language

## Every page
skip-to-content = Skip to content
nav-label = Main
nav-catalog = Courses
nav-certificates = My certificates
nav-profile = Profile ({ $name })
nav-sign-in = Sign in
nav-register = Register
nav-sign-out = Sign out
footer-about = Kampus, the self-paced learning platform of the regional migration training centre.
text-not-translated = not yet translated

## Errors
error-not-found = Page not found
error-not-found-explanation = There is nothing at this address. It may have been moved, or the link may be mistyped.
error-forbidden = Not allowed
error-forbidden-explanation = You cannot do this here. If you came from a form, reload the page and try again.
error-bad-request = The form could not be read
error-bad-request-explanation = Something in the form was missing or malformed. Go back, check it and send it again.
error-too-many = Too many attempts
error-too-many-explanation = There were too many attempts in a short time. Wait a few minutes, then try again.
error-unavailable = Temporarily unavailable
error-unavailable-explanation = Kampus cannot reach its database just now. Try again in a moment.
error-internal = Something went wrong
error-internal-explanation = This is our fault, not yours. It has been recorded; try again later.
error-back-to-catalog = Back to the courses

## Catalog
catalog-title = Courses
catalog-intro = Self-paced online courses on migration governance for staff of ministries, border police and asylum agencies. Take them in your own language, at your own pace.
catalog-filters = Filter the courses
catalog-filter-language = Available in
catalog-filter-level = Level
catalog-filter-length = Length
catalog-filter-any = Any
catalog-filter-credits = Only courses with ECTS credits
catalog-filter-apply = Show courses
catalog-filter-clear = Show all courses
catalog-length-short = Up to 10 hours
catalog-length-medium = 10 to 30 hours
catalog-length-long = More than 30 hours
catalog-count = { $shown } of { $total } courses shown
catalog-empty = No course matches these filters.

## Courses
course-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
course-credits = { $credits ->
    [one] { $credits } ECTS credit
   *[other] { $credits } ECTS credits
}
course-eqf = EQF level { $level }
course-languages = Languages
course-not-for-you = Not open to your institution
course-percent-done = { $percent } % done
course-continue = Continue where you left off
course-completed = Completed
course-withdrawn = Withdrawn
level-introductory = Introductory
level-intermediate = Intermediate
level-advanced = Advanced
level-specialist = Specialist
audience-countries = Open to staff of institutions in: { $countries }.
audience-countries-and-institutions = Open to staff of institutions in { $countries }, and of some institutions named by the centre.
audience-institutions = Open to staff of some institutions named by the centre.

## Countries
country-AL = Albania
country-AT = Austria
country-BA = Bosnia and Herzegovina
country-BG = Bulgaria
country-DE = Germany
country-GR = Greece
country-HR = Croatia
country-HU = Hungary
country-IT = Italy
country-ME = Montenegro
country-MK = North Macedonia
country-RO = Romania
country-RS = Serbia
country-SI = Slovenia
country-TR = Türkiye
country-XK = Kosovo

## Accounts
field-email = Email address
field-password = Password
sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-forgot = Forgot your password?
sign-in-no-account = No account yet?
sign-in-wrong = The email address or the password is not right.
sign-in-not-verified = Confirm your email address first: open the link we sent you.
sign-in-resend-link = Send the link again
course-your-place = Your place in this course
course-sign-in-to-enroll = Sign in to enroll in this course and keep your progress.
course-enroll = Enroll in this course
course-resume = Enroll again and continue
course-withdraw = Withdraw from this course
course-withdrawn-explained = You withdrew from this course. Your progress is kept if you enroll again.
course-not-for-you-explained = This course is open only to the institutions named above. Ask your training coordinator if you think you should have access.
course-lessons-done = { $done } of { $total } lessons completed
course-start = Start the first lesson
course-see-completion = See your completion and certificate
course-outcomes = What you will learn
course-outline = Modules and lessons
course-assessments = Assessments
course-survey-link = Give your feedback on the course
lesson-reading-minutes = { $minutes ->
    [one] { $minutes } minute to read
   *[other] { $minutes } minutes to read
}
lesson-done = Completed
assessment-required = needed for the certificate
assessment-pass-mark = Pass mark { $percent } %
assessment-time-limit = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
assessment-attempts = { $attempts ->
    [one] { $attempts } attempt
   *[other] { $attempts } attempts
}
assessment-kind-pre-test = pre-test
assessment-kind-module-quiz = module quiz
assessment-kind-final = final assessment

## Lessons
lesson-breadcrumb = Where you are
lesson-position = Lesson { $position } of { $count }
lesson-not-translated = This lesson is not yet translated into your language; it is shown in the language closest to yours.
lesson-contents = In this lesson
lesson-complete = Mark as completed
lesson-complete-and-next = Mark as completed and go on
lesson-pager = Previous and next lesson
lesson-back-to-course = Back to the course

## Forms
form-has-errors = Please correct the following
field-invitation-code = Invitation code
field-invitation-code-hint = (from your training coordinator, for example K7QM2-XHD9T-WAB4R)
field-display-name = Your name
field-display-name-hint = (as it will be printed on your certificates)
field-new-password = New password
field-new-password-hint = (at least 12 characters; a few words you remember are best)
field-language = Language
field-gender = Gender
field-gender-hint = (optional; used only for anonymous statistics)
field-gender-unstated = Not stated
gender-female = Female
gender-male = Male
gender-other = Other
gender-prefer-not-to-say = Prefer not to say

## Registration
register-title = Create your account
register-intro = You need the invitation code your institution's training coordinator gave you.
register-submit = Create my account
register-have-account = Already have an account?
register-done-check-mail = Thank you. We have sent you an email with a link to confirm your address; open it to finish. If you do not see it, look in your spam folder.
register-done-verified = Your account is ready. You can sign in now.

## Emailed links
verify-title = Confirm your email address
verify-intro = Confirm that this address is yours to finish creating your account.
verify-submit = Confirm my address
verify-done = Your address is confirmed. You can sign in now.
resend-title = Send the confirmation link again
resend-intro = Enter the address you registered with. If it is waiting for confirmation, we will send a new link.
forgot-title = Forgot your password?
forgot-intro = Enter the address of your account and we will send you a link to choose a new password.
link-send = Send the link
link-sent = If an account uses this address, an email with a link is on its way. The link works for a limited time.
link-invalid = This link is no longer valid: it was used already or it has expired.
link-ask-again = Ask for a new link
reset-title = Choose a new password
reset-intro = Choose a new password for your account. You will be signed out everywhere else.
reset-submit = Save the new password
reset-done = Your password has been changed. Sign in with the new one.

## Assessments
assessment-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
assessment-attempts-used = { $used } of { $allowed } attempts used
assessment-attempts-unlimited = Unlimited attempts
assessment-start = Start an attempt
assessment-continue = Continue your attempt
assessment-no-attempts-left = You have used every attempt allowed for this assessment.
assessment-your-attempts = Your attempts
assessment-attempt-number = Attempt { $number }
assessment-attempt-open = in progress
quiz-percent = { $percent } %
quiz-passed = Passed
quiz-not-passed = Not passed
quiz-result = Your result
quiz-your-score = Your score: { $score }
quiz-pass-mark-was = The pass mark is { $mark }.
quiz-pre-test-note = This pre-test measures what you know before the course; it does not count towards passing.
quiz-review = Review of your answers
quiz-question-number = Question { $number }
quiz-points = { $points ->
    [one] { $points } point
   *[other] { $points } points
}
quiz-instructions = Answer the questions below. You can save your answers and come back later; nothing is graded until you submit.
quiz-minutes-left = { $minutes ->
    [one] { $minutes } minute left.
   *[other] { $minutes } minutes left.
}
quiz-deadline = The time is up at { $time }; answers sent after that are not accepted.
quiz-time-up = The time for this attempt is up. It was graded with the answers saved in time.
quiz-saved = Your answers are saved.
quiz-fix-answers = Some answers could not be read; nothing was saved. Correct them below.
quiz-choose-all = Choose every answer that applies.
quiz-true = True
quiz-false = False
quiz-match-hint = For each statement, choose the matching answer.
quiz-choose = Choose…
quiz-order-hint = Give each item its position, 1 first.
quiz-position = Position…
quiz-your-number = Your answer (a number)
quiz-your-answer = Your answer
quiz-save = Save answers
quiz-submit = Submit for grading
quiz-submit-note = Submitting ends the attempt; you cannot change your answers afterwards.
quiz-submit-confirm = Submit your answers for grading? You cannot change them afterwards.
quiz-number-invalid = Enter a number, for example 12 or 12,5.
quiz-order-invalid = Give every item a different position, from 1 to the number of items.
review-correct = Correct
review-partial = Partly correct
review-incorrect = Incorrect
review-points = { $awarded } of { $possible } points
review-your-answer = Your answer:
review-correct-answer = The correct answer:
review-unanswered = Not answered

## Survey
survey-title = Your feedback on the course
survey-intro = Your answers help the centre improve its courses. Trainers see only summaries, never who answered what.
survey-saved-before = Your earlier answers are filled in; you can change them until the course is completed.
survey-required = required
survey-submit = Send my feedback

## Certificates
certificates-title = My certificates
certificates-none = You have no certificates yet. Complete a course to earn one.
certificate-serial-web = Certificate { $serial }
certificate-completed-on-web = Completed on { $date }
certificate-final-score-web = Final assessment { $score } %
certificate-revoked-on = Revoked on { $date }
certificate-download = Download the PDF
certificate-verify-link = Public verification page
certificate-qr-hint = Anyone can check this certificate by scanning the code or opening the verification page.
certificate-qr-alt = QR code of the verification page { $url }
completed-title = Course completed
completed-on = Congratulations! You completed this course on { $date }.
completed-emailed = Your certificate has also been sent to you by email.

## Profile
profile-title = Your profile
profile-details = Your details
profile-language-hint = (pages, emails and certificates)
profile-save = Save
profile-saved = Your profile is saved.
profile-password = Password
field-current-password = Current password
profile-password-submit = Change the password
profile-password-changed = Your password is changed. You were signed out on every other device.
profile-data = Your data
profile-export-intro = Download a copy of the data your account holds, as a JSON file.
profile-export = Download my data
profile-delete = Delete your account
profile-delete-intro = Your name and address are erased and you can no longer sign in. Certificates you earned stay valid for whoever checks them. This cannot be undone.
profile-delete-confirm = Your password, to confirm
profile-delete-submit = Delete my account

## Staff pages (issue 21): the dashboard, learner lists and records.
nav-staff = Dashboard
staff-dashboard-title = Dashboard
staff-coverage-all = You see the figures of every institution's learners.
staff-coverage-none = No institution is assigned to you yet, so there are no learners to show. An administrator can assign institutions to you.
staff-coverage-some = You see the figures of the learners of: { $institutions }.
staff-filters = Filters
staff-filter-from = From
staff-filter-to = To
staff-filter-by = Group completion by
staff-filter-apply = Show figures
staff-filter-invalid = This value is not valid, so the figures are shown without it.
staff-headline = Headline figures
staff-download-csv = Download as CSV
staff-completion-by = Completion: { $grouping }
staff-completion-chart = Completion rate: { $grouping }
staff-completion-summary = { $completed } of { $enrolled } enrollments were completed ({ $rate }). The table below gives each group's figures.
staff-no-figures = There are no figures for these filters yet.
staff-small-group-star = * Fewer than 5 learners: too few to draw conclusions from, and the people in such a group could be recognized.
staff-gain = Knowledge gain
staff-gain-explained = The pre-test score against the best final assessment score, for the learners who took both. The normalized gain (Hake's g) is the share of the possible improvement that was achieved: (final − pre-test) / (100 − pre-test).
staff-gain-by = Knowledge gain: { $grouping }
staff-gain-chart = Mean pre-test and best final score by course
staff-gain-summary = Learners who took both the pre-test and the final: { $learners }. Mean pre-test score { $pre }, mean best final score { $post }.
staff-percent = { $value }%
staff-no-institution = No institution
staff-learners = Learners
staff-back-to-dashboard = Back to the dashboard
staff-filters-applied = The dashboard's filters apply to this list.
staff-search-learners = Search by name or email
staff-search = Search
staff-learners-count = { $total ->
    [one] 1 learner
   *[other] { $total } learners
  } · page { $page } of { $pages }
staff-no-learners = No learners match.
staff-module-number = M{ $number }
staff-module-lessons = { $done }/{ $total }
staff-status-enrolled = In progress
staff-status-completed = Completed
staff-status-withdrawn = Withdrawn
staff-paging = Pages of learners
staff-previous-page = Previous page
staff-next-page = Next page
staff-learner-courses = Courses
staff-learner-no-courses = Not enrolled in any course.
staff-courses = Courses
staff-survey-title = Course survey
staff-survey-respondents = { $count ->
    [one] 1 learner answered the survey.
   *[other] { $count } learners answered the survey.
  }
staff-survey-point = Rated { $point }
staff-survey-rating = Rating
staff-survey-share = Share of the answers
staff-survey-summary = { $responses } answers, mean rating { $mean } on a scale of 1 to { $scale }.
staff-survey-comments-count = { $count ->
    [one] 1 comment
   *[other] { $count } comments
  }
staff-survey-comments-admins = Only administrators read the comments: a trainer knows their learners, and a comment could tell who wrote it.
staff-items-of = Item analysis
staff-items-attempts = Submitted attempts by language
staff-items-mean = Mean score
staff-items-pass-rate = Pass rate
staff-items-questions = Questions
staff-items-explained = Facility is the mean share of the points scored on a question (1 = everyone answered it right). Discrimination is the correlation of the question's score with the rest of the attempt (below 0.2: the question tells good and weak learners apart poorly).
staff-items-chart = Facility by question
staff-items-chart-summary = The share of the points that learners scored on each question; the table below gives the figures.
staff-items-flag-explained = A question is flagged in a language where it is markedly harder than in the others, with enough attempts to tell: check that language's translation of it.
nav-funder-report = Report to funders
staff-funder-title = Report to funders
staff-funder-period = From { $from } to { $to }
staff-funder-since = From { $from }
staff-funder-until = Until { $to }
staff-funder-all-time = All time
staff-funder-pdf = Download as PDF
staff-funder-print-hint = The page prints as the report, without the site's menus and this form.
staff-funder-completion = Completion and final assessment pass rates
staff-funder-by-course = By course
staff-funder-by-country = By country
staff-funder-satisfaction = Satisfaction
staff-funder-respondents = Learners who answered the survey
staff-funder-ratings = Ratings given
staff-funder-mean-rating = Mean rating
staff-funder-of-scale = { $mean } of { $scale }
staff-funder-satisfied = Ratings in the top two points
staff-funder-definitions = Definitions
staff-funder-def-trained = Learners trained: different learners who completed at least one course in the period (by the date they completed it). Courses completed counts each completion; certificates issued counts certificates issued in the period and not revoked. Only learners are counted, never staff.
staff-funder-def-completion = Completion rate: enrollments completed divided by enrollments made in the period (by the date of enrollment), withdrawn enrollments included in the enrollments.
staff-funder-def-pass = Final assessment pass rate: enrollments with a passed attempt at the course's final assessment divided by the enrollments with at least one submitted attempt at it (enrollments made in the period).
staff-funder-def-gain = Knowledge gain: for the enrollments made in the period with both a pre-test and a final assessment, the first pre-test score against the best final score. Hake's normalized gain g is (final − pre-test) / (100 − pre-test): the class average uses the mean scores; the mean of learners averages each learner's own g, leaving out those who scored 100 on the pre-test.
staff-funder-def-satisfaction = Satisfaction: the rating questions of the end-of-course survey, over every rating in the surveys answered in the period; the mean rating, and the share of ratings in the top two points of the scale (4 or 5 of 5).
staff-funder-def-small = Groups of fewer than 5 learners are marked with an asterisk: their figures are too uncertain to draw conclusions from, and the people in them could be recognized.
staff-funder-page = Page { $page } of { $pages }

## The admins' publishing console (issue 21).
nav-admin-content = Publishing
admin-content-title = Publishing
admin-translation-status = Translation status
admin-translation-explained = For each published course and language: complete (every text translated from the current English), partial (learners see the missing texts in the fallback language) or outdated (translated from an older English text).
admin-translation-complete = Complete
admin-translation-partial = Partial
admin-translation-outdated = Outdated
admin-translation-counts = { $missing } missing, { $outdated } outdated of { $total }
admin-versions = Versions
admin-version-number = Version
admin-version-name = Version { $number }
admin-version-created = Created
admin-version-source = Source
admin-version-state = State
admin-source-content-folder = content folder
admin-source-upload = upload
admin-version-published = Published
admin-version-draft = Draft
admin-back-to-console = Back to publishing
admin-report = Validation report
admin-report-counts = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
  }, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
  }
admin-report-place = File:line:column
admin-report-severity = Severity
admin-report-code = Code
admin-report-message = Message (English)
admin-severity-error = Error
admin-severity-warning = Warning

## Admin console: people, institutions and invitation codes (issue 21)

admin-people-nav = People and institutions
admin-people-title = People
admin-people-invite-hint = To bring someone new in, make an invitation code.
admin-people-invite = Invite someone
admin-people-search = Search people
admin-people-search-hint = (part of a name or an email address)
admin-people-role = Role
admin-people-any-role = Any role
admin-people-search-submit = Search
admin-people-none = Nobody matches this search.
admin-people-page = People, page { $number }
admin-people-name = Name
admin-people-institution = Institution
admin-people-status = Status
admin-people-active-state = Active
admin-people-deactivated-state = Deactivated
admin-people-role-learner = Learner
admin-people-role-trainer = Trainer
admin-people-role-admin = Admin
admin-people-email = Email address
admin-people-change-role = Change the role
admin-people-own-account = This is your own account: another admin must demote or deactivate it.
admin-people-role-hint = (a change signs the person out everywhere)
admin-people-save-role = Save the role
admin-people-reactivate-intro = The account is deactivated: the person cannot sign in.
admin-people-reactivate = Reactivate the account
admin-people-deactivate-intro = Deactivating signs the person out at once and stops them signing in; their records stay.
admin-people-deactivate-confirm = Yes, deactivate this account
admin-people-deactivate = Deactivate the account
admin-people-trainer-of = Institutions this trainer follows
admin-people-followed = Followed
admin-people-followed-yes = Yes
admin-people-followed-no = No
admin-people-action = Action
admin-people-assign = Assign
admin-people-unassign = Unassign
admin-people-role-changed = The role was changed.
admin-people-deactivated = The account was deactivated.
admin-people-reactivated = The account was reactivated.
admin-people-assigned = The institution was assigned to the trainer.
admin-people-unassigned = The institution was taken from the trainer.
admin-people-not-yourself = You cannot demote or deactivate your own account; another admin must.
admin-people-confirm-required = Tick the box to confirm the deactivation.
admin-people-not-a-trainer = Only trainers follow institutions: change the role first.
admin-institutions-title = Institutions
admin-institutions-none = There are no institutions yet.
admin-institutions-name = Name
admin-institutions-name-hint = (as certificates print it)
admin-institutions-country = Country code
admin-institutions-country-hint = (two letters, e.g. BA, RS, ME)
admin-institutions-kind = Kind
admin-institutions-choose-kind = Choose a kind
admin-institutions-kind-ministry = Ministry
admin-institutions-kind-police = Police
admin-institutions-kind-border-police = Border police
admin-institutions-kind-asylum-agency = Asylum agency
admin-institutions-kind-refugee-agency = Refugee agency
admin-institutions-kind-training-centre = Training centre
admin-institutions-kind-international-organisation = International organisation
admin-institutions-kind-other = Other
admin-institutions-new = New institution
admin-institutions-create = Create the institution
admin-institutions-save = Save the institution
admin-institutions-back = Back to the institutions
admin-institutions-created = The institution was created.
admin-institutions-saved = The institution was saved.
admin-institutions-name-taken = An institution of this name exists in this country already.
admin-invitations-title = Invitation codes
admin-invitations-none = There are no invitation codes yet.
admin-invitations-list = Invitation codes, newest first
admin-invitations-for = For
admin-invitations-institution = Institution
admin-invitations-role = Role
admin-invitations-expires = Expires (UTC)
admin-invitations-uses = Uses
admin-invitations-state = State
admin-invitations-action = Action
admin-invitations-revoke = Revoke
admin-invitations-anyone = Anyone with the code
admin-invitations-state-open = Open
admin-invitations-state-revoked = Revoked
admin-invitations-state-expired = Expired
admin-invitations-state-used-up = Used up
admin-invitations-new = New invitation code
admin-invitations-new-intro = The code is shown once, right after it is made: copy it then. With an email address, the code is also mailed there and works only for that address.
admin-invitations-no-institution = No institution
admin-invitations-email = Email address
admin-invitations-email-hint = (optional: to invite one person)
admin-invitations-days = Days valid
admin-invitations-days-hint = (1 to 365)
admin-invitations-max-uses = Accounts it can make
admin-invitations-max-uses-hint = (1 to 10,000; empty: 1 for an invitation by email, 100 for a shared code)
admin-invitations-create = Make the code
admin-invitations-created = Invitation code made
admin-invitations-code-once = Copy the code now: it is shown only this once.
admin-invitations-code = Code
admin-invitations-link = Registration link
admin-invitations-emailed = The code was also sent to the email address.
admin-invitations-back = Back to the invitation codes
admin-invitations-revoke-title = Revoke an invitation code
admin-invitations-revoke-intro = Revoking stops the code working; accounts already made with it stay.
admin-invitations-revoke-submit = Yes, revoke the code
admin-invitations-revoked-already = This code is revoked already.
admin-invitations-revoked = The invitation code was revoked.

## End of people, institutions and invitation codes

## Admin console: certificates, failed mail and the audit log (issue 21)

admin-certificates-title = Certificates
admin-certificates-search = Find a certificate
admin-certificates-search-hint = (its serial or verification code, or a part of the holder's name or email)
admin-certificates-search-submit = Search
admin-certificates-found = { $count ->
    [0] No certificate found.
    [one] One certificate found.
   *[other] { $count } certificates found.
  }
admin-certificates-results = Certificates found
admin-certificates-serial = Serial
admin-certificates-holder = Holder
admin-certificates-course = Course
admin-certificates-issued = Issued
admin-certificates-status = Status
admin-certificates-status-valid = Valid
admin-certificates-status-revoked = Revoked
admin-certificates-status-replaced = Replaced
admin-certificates-certificate = Certificate { $serial }
admin-certificates-back = Back to finding certificates
admin-certificates-facts = Facts
admin-certificates-code = Verification code
admin-certificates-printed-name = Name printed on it
admin-certificates-completed = Course completed
admin-certificates-revoked-at = Revoked on
admin-certificates-reason = Reason
admin-certificates-replaced-by = Replaced by
admin-certificates-trail = History
admin-certificates-when = When
admin-certificates-what = What
admin-certificates-event-revoked = Revoked
admin-certificates-event-replaced = Replaced by a new certificate
admin-certificates-event-replaces = Issued to replace another
admin-certificates-revoke = Revoke this certificate
admin-certificates-revoke-intro = Anyone who verifies it will then read that it is revoked, and why.
admin-certificates-reason-hint = (shown to anyone who verifies the certificate; up to 500 characters)
admin-certificates-revoke-next = Continue to revoke
admin-certificates-reissue = Re-issue this certificate
admin-certificates-reissue-intro = A new certificate replaces this one: a new serial and verification code, the holder's name and institution and the course texts as they are now, the same completion date. This one is revoked with the reason, and the new one is emailed to the holder.
admin-certificates-reissue-next = Continue to re-issue
admin-certificates-confirm-revoke = Revoke certificate { $serial }?
admin-certificates-confirm-reissue = Re-issue certificate { $serial }?
admin-certificates-confirm-revoke-explained = This cannot be undone: from now on, verification says the certificate is revoked and shows this reason.
admin-certificates-confirm-reissue-explained = This cannot be undone: the certificate is revoked with this reason and replaced by a new one, which is emailed to the holder.
admin-certificates-revoke-confirm = Revoke the certificate
admin-certificates-reissue-confirm = Re-issue the certificate
admin-certificates-cancel = Cancel
admin-certificates-revoked = The certificate is revoked.
admin-certificates-reissued = The certificate was re-issued. This is the new one; its email to the holder is queued.
admin-certificates-already-revoked = This certificate had been revoked already; the first reason stands.
admin-certificates-already-replaced = This certificate had been replaced already; re-issue its replacement instead.
admin-mail-title = Failed mail
admin-mail-intro = Messages the outbox gave up on after all its attempts, oldest first. Retry puts a message back in the queue with a fresh count of attempts.
admin-mail-count = { $count ->
    [0] No failed messages.
    [one] One failed message.
   *[other] { $count } failed messages.
  }
admin-mail-failed = Failed messages
admin-mail-recipient = Recipient
admin-mail-kind = Kind
admin-mail-queued = Queued
admin-mail-attempts = Attempts
admin-mail-last-error = Last error
admin-mail-action = Action
admin-mail-retry = Retry
admin-mail-retried = The message is back in the queue.
admin-mail-kind-verify = Email address confirmation
admin-mail-kind-reset = Password reset
admin-mail-kind-invite = Invitation
admin-mail-kind-certificate = Certificate
admin-audit-title = Audit log
admin-audit-filters = Filter the log
admin-audit-action = Action
admin-audit-action-hint = (the start of its name, e.g. certificate. or user.role)
admin-audit-actor = By
admin-audit-actor-hint = (a user id)
admin-audit-from = From (day, UTC)
admin-audit-until = Until (day, UTC, included)
admin-audit-apply = Apply the filters
admin-audit-csv = Download these entries as CSV
admin-audit-none = No entries match.
admin-audit-entries = Entries, oldest first
admin-audit-at = Time (UTC)
admin-audit-subject = Subject
admin-audit-details = Details
admin-audit-system = System
admin-audit-paging = Pages of the log
admin-audit-first = First page
admin-audit-next = Next page

## End of certificates, failed mail and the audit log

## Admin console: publishing forms (issue 21)

admin-upload-heading = Upload a bundle
admin-upload-file = Bundle (.zip or .tar.gz)
admin-upload-hint = A whole course, several courses, a new module or one more language's texts. It is checked and stored as a draft: learners see nothing of it until you publish it.
admin-upload-button = Upload and check
admin-upload-missing = Choose a bundle file to upload.
admin-upload-too-large = The file is larger than { $megabytes } MB. Nothing was stored.
admin-upload-invalid = { $count ->
    [one] The bundle has { $count } problem
   *[other] The bundle has { $count } problems
  }. Nothing was stored: correct the files listed and upload the bundle again.
admin-upload-refused = The file was refused ({ $count ->
    [one] { $count } reason
   *[other] { $count } reasons
  }): it is not a .zip or .tar.gz archive that Kampus can read safely. Nothing was stored.
admin-done-uploaded = Uploaded and checked: this draft is stored. Learners do not see it until you publish it.
admin-done-uploaded-before = These files were uploaded before: this is the version they made.
admin-done-published = Published: learners see this version now.
admin-done-unpublished = Unpublished: learners no longer see the course.
admin-cancel = Cancel
admin-publish-heading = Publish version { $number }
admin-rollback-heading = Roll back to version { $number }
admin-publish-button = Publish this version
admin-rollback-button = Roll back to this version
admin-publish-first = Learners will see version { $number }; the course is not published now.
admin-publish-replaces = Learners will see version { $number } instead of version { $current }, at once.
admin-publish-already = Learners see this version already: nothing will change.
admin-publish-progress-kept = Learners' progress, attempts and certificates are kept.
admin-unpublish-heading = Unpublish the course
admin-unpublish-button = Unpublish
admin-unpublish-link = Unpublish { $course }
admin-unpublish-withdraws = The course leaves the catalog, and its lessons and assessments are closed to learners until a version is published again.
admin-unpublish-kept = Enrollments, progress and certificates are kept.
admin-unpublish-not-published = The course is not published now: nothing will change.
admin-preview-link = Preview the lessons in two languages
admin-preview-title = Preview
admin-back-to-version = Back to the version
admin-preview-choose = Lesson and languages
admin-preview-lesson = Lesson
admin-preview-left = Left column
admin-preview-right = Right column
admin-preview-show = Show
admin-preview-fallback = This lesson is not translated into { $language } in this version: learners see it in { $shown }.
admin-area-nav = Administration

## End of publishing forms

## LRS credentials
admin-lrs-title = LRS credentials
admin-lrs-intro = Tools that read or write learning records in xAPI (at /xapi) sign in with a key and a secret.
admin-lrs-none = There are no LRS credentials yet.
admin-lrs-list = LRS credentials, newest first
admin-lrs-name = Name
admin-lrs-key = Key
admin-lrs-scopes = Scopes
admin-lrs-institutions = Institutions
admin-lrs-all-institutions = All institutions
admin-lrs-made = Made (UTC)
admin-lrs-state = State
admin-lrs-action = Action
admin-lrs-state-active = Active
admin-lrs-state-revoked = Revoked
admin-lrs-revoke = Revoke
admin-lrs-new = New LRS credential
admin-lrs-new-intro = The secret is shown once, right after the credential is made: copy it then.
admin-lrs-name-hint = (what it is for, for example the analytics tool; 1 to 200 characters)
admin-lrs-scopes-hint = (statements/write: write statements; statements/read/mine: read only what it wrote; statements/read: read statements; state and profile: the State and Profile resources; define: keep activity definitions; all/read: read everything; all: everything)
admin-lrs-institutions-hint = (bound to institutions, it reads only statements about their people; none ticked: not bound)
admin-lrs-create = Make the credential
admin-lrs-created = LRS credential made
admin-lrs-secret-once = Copy the secret now: it is shown only this once.
admin-lrs-secret = Secret
admin-lrs-endpoint = LRS endpoint
admin-lrs-back = Back to the LRS credentials
admin-lrs-revoke-title = Revoke an LRS credential
admin-lrs-revoke-intro = Revoking stops the credential working at once; the statements it wrote stay.
admin-lrs-revoke-submit = Yes, revoke the credential
admin-lrs-revoked-already = This credential is revoked already.
admin-lrs-revoked = The LRS credential was revoked.

## End of LRS credentials
