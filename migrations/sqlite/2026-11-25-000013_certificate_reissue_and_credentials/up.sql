-- Re-issue, Open Badges credentials and certificate emails (issue 7).
--
-- * Re-issue: an admin replaces a certificate (a corrected name, say) with a new one; the old
--   row stays, revoked, pointing at its replacement. So "one certificate per enrollment" becomes
--   "one *current* certificate per enrollment" (a partial unique index). The link is checked at
--   commit, so the old row can point at its replacement before that row is inserted.
-- * `status_index`: the certificate's bit in the revocation Bitstring Status List.
-- * `credential`: the signed Open Badges 3.0 credential, made and kept at its first download.
-- * `outbox.certificate_id`: the message carries that certificate's PDF, rendered when sent.
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE certificates_rebuilt (
    id TEXT PRIMARY KEY NOT NULL,
    enrollment_id TEXT NOT NULL REFERENCES enrollments (id) ON DELETE CASCADE,
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
    replaced_by TEXT REFERENCES certificates (id) DEFERRABLE INITIALLY DEFERRED,
    status_index INTEGER NOT NULL UNIQUE,
    credential TEXT,
    UNIQUE (year, sequence)
);
INSERT INTO certificates_rebuilt
    (id, enrollment_id, user_id, course_id, serial, year, sequence, verification_code,
     snapshot, issued_at, revoked_at, revocation_reason, status_index)
SELECT id, enrollment_id, user_id, course_id, serial, year, sequence, verification_code,
       snapshot, issued_at, revoked_at, revocation_reason,
       ROW_NUMBER() OVER (ORDER BY issued_at, id)
FROM certificates;
DROP TABLE certificates;
ALTER TABLE certificates_rebuilt RENAME TO certificates;
CREATE INDEX certificates_user ON certificates (user_id);
CREATE UNIQUE INDEX certificates_current_per_enrollment ON certificates (enrollment_id)
    WHERE replaced_by IS NULL;
ALTER TABLE outbox ADD COLUMN certificate_id TEXT REFERENCES certificates (id) ON DELETE SET NULL;
COMMIT;
PRAGMA foreign_keys = ON;
