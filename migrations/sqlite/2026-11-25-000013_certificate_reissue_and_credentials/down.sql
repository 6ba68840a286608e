PRAGMA foreign_keys = OFF;
BEGIN;
ALTER TABLE outbox DROP COLUMN certificate_id;
-- Only current certificates fit the old one-per-enrollment schema.
DELETE FROM certificates WHERE replaced_by IS NOT NULL;
CREATE TABLE certificates_rebuilt (
    id TEXT PRIMARY KEY NOT NULL,
    enrollment_id TEXT NOT NULL UNIQUE REFERENCES enrollments (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id TEXT NOT NULL,
    serial TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    sequence INTEGER NOT NULL,
    verification_code TEXT NOT NULL UNIQUE,
    snapshot TEXT NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    revocation_reason TEXT,
    UNIQUE (year, sequence)
);
INSERT INTO certificates_rebuilt
SELECT id, enrollment_id, user_id, course_id, serial, year, sequence, verification_code,
       snapshot, issued_at, revoked_at, revocation_reason
FROM certificates;
DROP TABLE certificates;
ALTER TABLE certificates_rebuilt RENAME TO certificates;
CREATE INDEX certificates_user ON certificates (user_id);
COMMIT;
PRAGMA foreign_keys = ON;
