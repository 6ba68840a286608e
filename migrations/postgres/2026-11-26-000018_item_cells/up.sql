-- Reports (issue 8): the assessment statistics' sums per course, assessment, locale and
-- institution ('' for none), kept in the transactions that grade attempts, so that one
-- quiz's statistics read a few hundred cells instead of 29,000 attempts' JSON at 100,000
-- learners (kampus_store::reports::aggregates::items says what they hold).
CREATE TABLE report_item_cells (
    course_id TEXT NOT NULL,
    assessment_id TEXT NOT NULL,
    locale TEXT NOT NULL,
    institution_id TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    -- Distinct learners: a learner's attempts at an assessment are all in one cell.
    learners BIGINT NOT NULL,
    -- Attempts with a percent, and its sum.
    percents BIGINT NOT NULL,
    percent_sum DOUBLE PRECISION NOT NULL,
    judged BIGINT NOT NULL,
    passed BIGINT NOT NULL,
    unreadable BIGINT NOT NULL,
    -- Per question: responses, unanswered, sums of score fraction, rest-score, their squares
    -- and products, and choices chosen (JSON).
    questions TEXT NOT NULL,
    PRIMARY KEY (course_id, assessment_id, locale, institution_id)
);

-- The attempts' summaries now keep only the choices picked (no typed texts, numbers or
-- orderings, which no report counts): they are written again, and counted into the cells,
-- by the application's next start.
DELETE FROM report_attempts;
