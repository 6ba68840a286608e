-- Time on task: seconds credited per enrollment and lesson from the learner's heartbeats.
-- Same schema as the other backend's migration.
--
-- A heartbeat credits at most the time since the enrollment's previous credited heartbeat
-- (capped per heartbeat), so the point up to which time has been counted belongs to the
-- enrollment, not to a lesson: two lessons open side by side cannot both be credited for the
-- same minute. Heartbeats move it forward with a compare-and-set, which also keeps two API
-- nodes from crediting one interval twice. NULL until the first heartbeat.
ALTER TABLE enrollments ADD COLUMN time_counted_until TIMESTAMP;

CREATE TABLE time_on_task (
    enrollment_id TEXT NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
    lesson_id TEXT NOT NULL,
    seconds BIGINT NOT NULL CHECK (seconds >= 0),
    last_heartbeat_at TIMESTAMP NOT NULL,
    PRIMARY KEY (enrollment_id, lesson_id)
);
