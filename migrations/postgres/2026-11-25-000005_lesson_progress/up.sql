-- Lesson progress (issue 6). Events arrive with a client-supplied id and are recorded once:
-- the same event sent twice counts once, the same id with other content is refused.
CREATE TABLE progress_events (
    event_id TEXT PRIMARY KEY NOT NULL,
    enrollment_id TEXT NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('lesson-viewed', 'lesson-completed')),
    lesson_id TEXT NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX progress_events_enrollment ON progress_events (enrollment_id);

-- The state the events add up to, one row per lesson: it only moves forward
-- (viewed, then completed), whatever order the events arrive in.
CREATE TABLE lesson_progress (
    enrollment_id TEXT NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
    lesson_id TEXT NOT NULL,
    first_viewed_at TIMESTAMP NOT NULL,
    completed_at TIMESTAMP,
    PRIMARY KEY (enrollment_id, lesson_id)
);
