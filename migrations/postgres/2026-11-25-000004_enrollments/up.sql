-- Enrollments (issue 6): a learner's place in a course, keyed by the course's stable id so
-- that publishing a new version of the course keeps it.
CREATE TABLE enrollments (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id TEXT NOT NULL,
    -- active, or withdrawn (history is kept; enrolling again resumes).
    status TEXT NOT NULL CHECK (status IN ('active', 'withdrawn')),
    enrolled_at TIMESTAMP NOT NULL,
    withdrawn_at TIMESTAMP,
    completed_at TIMESTAMP,
    -- "Continue where I left off": the last lesson opened.
    last_lesson_id TEXT,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (user_id, course_id)
);
CREATE INDEX enrollments_course ON enrollments (course_id);
