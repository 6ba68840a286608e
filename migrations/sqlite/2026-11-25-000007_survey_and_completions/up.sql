-- The evaluation survey (one response per enrollment, editable until completion) and the
-- completion record: written once, in the transaction of the event that completes the
-- course; certificates are issued from it (issue 7).
CREATE TABLE survey_responses (
    enrollment_id TEXT PRIMARY KEY NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
    -- JSON object: survey item id -> number (Likert) or text.
    answers TEXT NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE completions (
    enrollment_id TEXT PRIMARY KEY NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id TEXT NOT NULL,
    completed_at TIMESTAMP NOT NULL
);
CREATE INDEX completions_course ON completions (course_id, completed_at);
