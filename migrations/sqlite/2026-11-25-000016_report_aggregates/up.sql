-- Reports (issue 8): figures kept up to date in the transactions that record the events, so
-- that the completion report reads a few thousand sums instead of recounting 100,000
-- enrollments and their attempts (kampus_store::reports::aggregates says how they are kept
-- and proven equal to a recount).

-- Each course's final assessment, as the content published last names it (the database
-- cannot tell a final from a quiz; startup writes this and recounts what it changes).
CREATE TABLE report_finals (
    course_id TEXT PRIMARY KEY NOT NULL,
    assessment_id TEXT NOT NULL
);

-- One row per enrollment: what the completion report counts about it, with its learner's
-- current groups copied in.
CREATE TABLE report_enrollments (
    enrollment_id TEXT PRIMARY KEY NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    course_id TEXT NOT NULL,
    learner BOOLEAN NOT NULL,
    locale TEXT NOT NULL,
    institution_id TEXT,
    country_code TEXT,
    gender TEXT,
    enrolled_at TIMESTAMP NOT NULL,
    withdrawn BOOLEAN NOT NULL,
    started BOOLEAN NOT NULL,
    completed_at TIMESTAMP,
    -- Fractional days from enrollment to completion.
    days_to_complete REAL,
    final_taken BOOLEAN NOT NULL,
    final_passed BOOLEAN NOT NULL
);
CREATE INDEX report_enrollments_user ON report_enrollments (user_id);
CREATE INDEX report_enrollments_institution ON report_enrollments (institution_id);

-- The sums of the learners' rows above per course, locale, institution, country, gender and
-- month of enrollment ('' stands for none: key columns cannot be NULL).
CREATE TABLE report_completion_cells (
    course_id TEXT NOT NULL,
    locale TEXT NOT NULL,
    institution_id TEXT NOT NULL,
    country_code TEXT NOT NULL,
    gender TEXT NOT NULL,
    month TEXT NOT NULL,
    enrolled INTEGER NOT NULL,
    started INTEGER NOT NULL,
    completed INTEGER NOT NULL,
    withdrawn INTEGER NOT NULL,
    final_takers INTEGER NOT NULL,
    final_passers INTEGER NOT NULL,
    PRIMARY KEY (course_id, locale, institution_id, country_code, gender, month)
);

-- One row per graded attempt: what the assessment statistics read, with its learner's current
-- groups copied in, so that they read neither the attempts (mostly papers: 3 GB at 100,000
-- learners) nor the users. Attempts graded before this migration are summarized by the
-- application when it starts.
CREATE TABLE report_attempts (
    course_id TEXT NOT NULL,
    assessment_id TEXT NOT NULL,
    attempt_id TEXT PRIMARY KEY NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    learner BOOLEAN NOT NULL,
    locale TEXT NOT NULL,
    institution_id TEXT,
    country_code TEXT,
    gender TEXT,
    submitted_at TIMESTAMP NOT NULL,
    percent REAL,
    passed BOOLEAN,
    -- The attempt's answers and graded paper reduced to what item analysis reads (ids chosen;
    -- points per question), in compact JSON (see kampus_store::reports::aggregates).
    answers TEXT NOT NULL,
    result TEXT NOT NULL
);
CREATE INDEX report_attempts_assessment ON report_attempts (course_id, assessment_id, submitted_at);
CREATE INDEX report_attempts_user ON report_attempts (user_id);
CREATE INDEX report_attempts_institution ON report_attempts (institution_id);

-- What is already recorded.
INSERT INTO report_enrollments
SELECT e.id, e.user_id, e.course_id, u.role = 'learner', u.preferred_locale, u.institution_id,
       i.country_code, u.gender, e.enrolled_at, e.status = 'withdrawn',
       EXISTS (SELECT 1 FROM lesson_progress lp WHERE lp.enrollment_id = e.id)
           OR EXISTS (SELECT 1 FROM attempts a WHERE a.enrollment_id = e.id),
       e.completed_at, julianday(e.completed_at) - julianday(e.enrolled_at), FALSE, FALSE
FROM enrollments e JOIN users u ON u.id = e.user_id
LEFT JOIN institutions i ON i.id = u.institution_id;

INSERT INTO report_completion_cells
SELECT course_id, locale, COALESCE(institution_id, ''), COALESCE(country_code, ''),
       COALESCE(gender, ''), strftime('%Y-%m', enrolled_at), COUNT(*),
       SUM(CASE WHEN started THEN 1 ELSE 0 END),
       SUM(CASE WHEN completed_at IS NOT NULL THEN 1 ELSE 0 END),
       SUM(CASE WHEN withdrawn THEN 1 ELSE 0 END), 0, 0
FROM report_enrollments WHERE learner
GROUP BY course_id, locale, COALESCE(institution_id, ''), COALESCE(country_code, ''),
         COALESCE(gender, ''), strftime('%Y-%m', enrolled_at);
