-- Reports (issue 8): a learner's first pre-test and best final percent read from the index
-- alone, never from the attempts themselves (their papers make that table large).
CREATE INDEX attempts_scores ON attempts (enrollment_id, assessment_id, submitted_at, percent);
