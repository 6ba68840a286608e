# Interface strings of the HTTP API: problem titles and details (RFC 9457).
# Every locale has the same message ids; a test checks it.

problem-not-found-title = Not found
problem-not-found-detail = There is nothing at { $path }.
problem-course-not-found-title = Course not found
problem-course-not-found-detail = No published course has the id or slug “{ $course }”.
problem-method-not-allowed-title = Method not allowed
problem-method-not-allowed-detail = { $method } is not allowed on { $path }.
problem-malformed-json-title = Malformed JSON
problem-malformed-json-detail = The request body is not valid JSON (line { $line }, column { $column }).
problem-invalid-body-title = Invalid request body
problem-invalid-body-detail = The request body does not have the expected shape (line { $line }, column { $column }): { $reason }
problem-payload-too-large-title = Request body too large
problem-payload-too-large-detail = The request body may be at most { $limit } bytes.
problem-unsupported-media-type-title = Unsupported media type
problem-unsupported-media-type-detail = Send the request body in one of the media types this operation takes: { $types }.
problem-validation-failed-title = Invalid input
problem-validation-failed-detail = { $count ->
    [one] One field is not valid.
   *[other] { $count } fields are not valid.
}
problem-invalid-credentials-title = Wrong email or password
problem-invalid-credentials-detail = The email address or the password is not correct.
problem-unauthenticated-title = Sign-in required
problem-unauthenticated-detail = Sign in and send your access token to use this resource.
problem-forbidden-title = Not allowed
problem-forbidden-detail = Your account may not do this.
problem-conflict-title = Conflict
problem-conflict-detail = This conflicts with data that already exists.
problem-not-ready-title = Not ready
problem-not-ready-detail = The service cannot serve requests yet; see the failed checks.
problem-unavailable-title = Service unavailable
problem-unavailable-detail = The database cannot be reached right now. Please try again shortly.
problem-internal-title = Internal error
problem-internal-detail = Something went wrong on our side. The request id helps us find it.
problem-bad-request-title = Bad request
problem-bad-request-detail = The request could not be understood.
problem-unknown-reference-title = Not found
problem-unknown-reference-detail = { $count ->
    [one] The request names something that does not exist here.
   *[other] The request names { $count } things that do not exist here.
}
problem-wrong-password-title = Wrong password
problem-wrong-password-detail = The password given to confirm this is not the account's password.
problem-invalid-query-title = Invalid query parameters
problem-invalid-query-detail = { $count ->
    [one] One query parameter is not valid.
   *[other] { $count } query parameters are not valid.
}
problem-too-many-requests-title = Too many requests
problem-too-many-requests-detail = Please wait a moment before trying again.

# Field errors in validation problems.
field-required = This field is required.
field-query-unknown = This operation takes no query parameter of this name.
field-choice-invalid = Choose one of: { $choices }.
field-query-value-invalid = This value is not valid for this parameter.
field-uuid-invalid = Send an id as 36 characters: 8-4-4-4-12 hexadecimal digits with hyphens (a UUID).
field-survey-item-unknown = This survey has no item with this id.
field-rating-invalid = Choose a whole number from 1 to { $max }.
field-comment-invalid = Write an answer of at most { $max } characters.
field-question-unknown = This paper has no question with this id.
field-answer-type-invalid = This question takes another kind of answer.
field-invalid-email = This is not a valid email address.

problem-invalid-token-title = Invalid or expired link
problem-invalid-token-detail = This link is not valid: it may have expired or been used already. Ask for a new one.
problem-email-not-verified-title = Email address not confirmed
problem-email-not-verified-detail = Confirm your email address with the link we sent you, then sign in.

field-password-too-short = The password must have at least { $min } characters.
field-password-too-long = The password may have at most { $max } characters.
field-password-common = This password is too common; choose another.
field-password-wrong = The current password is not correct.
field-invitation-invalid = This invitation code is not valid.
field-gender-invalid = Choose one of: female, male, other, prefer-not-to-say.
field-display-name-invalid = The name must have between 1 and 200 characters.
field-display-name-blank = The name must have at least one character that is not a space.
field-display-name-control = The name must not contain control characters such as line breaks or tabs.
field-display-name-direction = The name must not contain invisible text-direction controls; remove { $character }.
field-too-long = Send at most { $max } characters.
field-role-invalid = Choose one of: learner, trainer, admin.
field-country-invalid = Use a two-letter ISO 3166-1 country code, e.g. BA, RS, ME.
field-institution-invalid = This institution does not exist or is not yours to manage.
field-number-invalid = Enter a number in the allowed range.
field-sort-invalid = Choose a listed order: name, enrolled_at, completed_at, lessons_completed, final_score; asc or desc.
field-report-gender-invalid = Choose one of: female, male, other, prefer-not-to-say, unspecified.
field-date-invalid = Enter a date as YYYY-MM-DD.
field-date-range-invalid = The end date must not be before the start date.
field-format-invalid = Choose json or csv.
field-group-by-invalid = Group by any of: course, locale, institution, country, gender, month (each once).
field-course-required = Choose a course.
field-gain-group-by-invalid = Group by any of: course, institution, country (each once).
# The audit log (GET /api/v1/admin/audit).
field-datetime-invalid = Enter a date as YYYY-MM-DD or a time as in 2026-03-01T09:30:00Z (RFC 3339; in a URL, write the + of an offset as %2B).
field-limit-invalid = Enter a whole number from 1 to { $max }.
field-user-id-invalid = This is not a user id.
field-cursor-invalid = This is not an entry id; use the value of next from the previous page.

problem-not-enrolled-title = Enrollment required
problem-not-enrolled-detail = Enroll in this course to open its lessons and assessments.
problem-course-restricted-title = Course restricted
problem-course-restricted-detail = Only staff of certain institutions or countries may enroll in this course. If your account does not show your institution, contact the training centre.

# Time-on-task heartbeats.
field-seconds-invalid = Send a whole number of seconds from 0 to { $max }.
field-lesson-unknown = This course has no lesson with this id.

problem-attempt-limit-reached-title = Attempt limit reached
problem-attempt-limit-reached-detail = You have used every attempt this assessment allows.
problem-attempt-closed-title = Attempt closed
problem-attempt-closed-detail = This attempt was submitted or its time is up; answers can no longer change.
problem-bundle-refused-title = Bundle refused
problem-bundle-refused-detail = The uploaded file is not a bundle Kampus accepts; nothing of it was kept. { $count ->
    [1] One reason is listed under refusals.
   *[other] { $count } reasons were found; { $listed } of them are listed under refusals.
}
problem-bundle-invalid-title = Bundle does not validate
problem-bundle-invalid-detail = The bundle was read but its content has errors; nothing was stored. { $count ->
    [one] One problem is listed
   *[other] { $count } problems are listed
} under problems, each with its file and line.
problem-translation-refused-title = Translation refused
problem-translation-refused-detail = The translation file was refused; nothing was stored. { $count ->
    [one] One reason is listed
   *[other] { $count } reasons are listed
} under problems, each with its code and, where known, its unit and line.
problem-translation-invalid-title = Translation does not validate
problem-translation-invalid-detail = With this translation the course would have errors; nothing was stored. { $count ->
    [one] One problem is listed
   *[other] { $count } problems are listed
} under problems, each with its file and line.

## The public certificate verification page (/verify/{code})
verify-page-title = Certificate verification
verify-valid = This certificate is valid.
verify-revoked = This certificate was revoked on { $date }. Reason: { $reason }
verify-unknown = No certificate has this code. Check the code printed on the certificate.
verify-serial = Serial number
verify-holder = Holder
verify-course = Course
verify-hours = Hours
verify-completed = Completed on
verify-issuer = Issued by

## Admin: texts printed on certificates (institution names, revocation reasons), trainers.
field-text-invalid = Write 1 to { $max } characters: not only spaces, and no control characters or invisible text-direction marks.
field-scope-required = Choose at least one scope.
problem-not-a-trainer-title = Not a trainer
problem-not-a-trainer-detail = Only trainers follow institutions; this user is { $role ->
    [learner] a learner
   *[admin] an admin
}. Make them a trainer first.
