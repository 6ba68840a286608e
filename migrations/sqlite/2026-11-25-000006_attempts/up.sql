-- Assessment attempts (issue 6). The paper is drawn once at start and stored with the
-- answer keys it was drawn with (JSON), so grading never depends on a later version.
CREATE TABLE attempts (
    id TEXT PRIMARY KEY NOT NULL,
    enrollment_id TEXT NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
    assessment_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    paper TEXT NOT NULL,
    -- JSON object: question id -> response; saved as the learner goes.
    answers TEXT NOT NULL,
    started_at TIMESTAMP NOT NULL,
    deadline_at TIMESTAMP,
    submitted_at TIMESTAMP,
    percent REAL,
    passed BOOLEAN,
    -- JSON: the graded paper (per question grades), written once at submission.
    result TEXT,
    UNIQUE (enrollment_id, assessment_id, number)
);
CREATE INDEX attempts_enrollment ON attempts (enrollment_id, assessment_id);
