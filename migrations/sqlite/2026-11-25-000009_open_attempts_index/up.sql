-- The attempt still open, if any, of an enrollment at an assessment: looked up on every start.
-- Without it, finding it read every earlier attempt's row, and `submitted_at` comes after the
-- stored paper, so that meant reading each paper's overflow pages too (slower with every
-- attempt made). Partial: only open attempts are in it, at most one per assessment.
CREATE INDEX attempts_open ON attempts (enrollment_id, assessment_id) WHERE submitted_at IS NULL;
