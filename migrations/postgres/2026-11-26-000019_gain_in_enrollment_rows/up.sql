-- Reports (issue 8): each enrollment's pre-test and final percents in its completion row, so
-- that the knowledge-gain report sums one narrow table instead of searching the attempts
-- (mostly papers) for every enrollment: about 4 s at 100,000 learners before.
-- The database cannot tell a pre-test from a quiz: the next start records each course's
-- pre-test from the content, which recounts the courses' rows and fills these columns.
ALTER TABLE report_finals ADD COLUMN pre_test_id TEXT;
-- The percent of the first submitted pre-test attempt; the best submitted final percent.
ALTER TABLE report_enrollments ADD COLUMN pre_percent DOUBLE PRECISION;
ALTER TABLE report_enrollments ADD COLUMN post_percent DOUBLE PRECISION;
