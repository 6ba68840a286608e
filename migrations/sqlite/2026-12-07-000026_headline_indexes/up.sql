-- Reports (issue 21): the headline figures read narrow indexes instead of the enrollments'
-- rows and the certificates (0.8 to 1.1 s at 100,000 learners before, most of it joining
-- 83,000 certificates to their enrollments; 0.02 to 0.04 s a query after).
--
-- Each enrollment's valid certificate's issue date, kept in its row like its completion
-- (kampus_store::reports::aggregates; a re-issue revokes the certificate it replaces, so
-- there is at most one).
ALTER TABLE report_enrollments ADD COLUMN certified_at TIMESTAMP;
UPDATE report_enrollments SET certified_at = (
    SELECT MAX(c.issued_at) FROM certificates c
    WHERE c.enrollment_id = report_enrollments.enrollment_id AND c.revoked_at IS NULL);

-- Completions per course and country, learners trained (distinct learners per country) and
-- certificates issued per course and country: each from a partial index holding every column
-- its filters test, ordered as it groups (the queries repeat the indexes' conditions).
CREATE INDEX report_enrollments_completed ON report_enrollments
    (course_id, country_code, completed_at, institution_id, locale, gender)
    WHERE learner = TRUE AND completed_at IS NOT NULL;
CREATE INDEX report_enrollments_trained ON report_enrollments
    (country_code, user_id, completed_at, course_id, institution_id, locale, gender)
    WHERE learner = TRUE AND completed_at IS NOT NULL;
CREATE INDEX report_enrollments_certified ON report_enrollments
    (course_id, country_code, certified_at, institution_id, locale, gender)
    WHERE learner = TRUE AND certified_at IS NOT NULL;
-- The same for a trainer's institutions (or one institution): the few rows of those.
CREATE INDEX report_enrollments_completed_in ON report_enrollments
    (institution_id, country_code, user_id, completed_at, course_id, locale, gender)
    WHERE learner = TRUE AND completed_at IS NOT NULL;
CREATE INDEX report_enrollments_certified_in ON report_enrollments
    (institution_id, course_id, country_code, certified_at, locale, gender)
    WHERE learner = TRUE AND certified_at IS NOT NULL;
