-- A learner's rows at one assessment, found without reading their other rows: whether a new
-- graded attempt is the learner's first there reads at most two entries of this index (it
-- counted all of the learner's rows before). Its first column serves the lookups by user.
DROP INDEX report_attempts_user;
CREATE INDEX report_attempts_taker ON report_attempts (user_id, course_id, assessment_id);
