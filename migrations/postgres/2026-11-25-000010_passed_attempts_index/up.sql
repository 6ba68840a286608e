-- The assessments an enrollment has passed, checked on every passing submission (course
-- completion): answered from this index alone. Without it, each check read the row of every
-- attempt the enrollment had made, paper included (`passed` is stored after it).
CREATE INDEX attempts_passed ON attempts (enrollment_id, passed, assessment_id);
