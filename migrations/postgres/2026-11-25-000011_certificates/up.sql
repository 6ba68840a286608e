-- Certificates (issue 7): issued in the transaction that records a course completion, once per
-- enrollment. `snapshot` (JSON) keeps the facts printed on it as they were at issuance, so a
-- later rename or a new course version never changes an issued certificate.
CREATE TABLE certificates (
    id TEXT PRIMARY KEY NOT NULL,
    enrollment_id TEXT NOT NULL UNIQUE REFERENCES enrollments (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id TEXT NOT NULL,
    -- KMP-<year>-<sequence, 6 digits>: increasing per year, for people to quote.
    serial TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    sequence INTEGER NOT NULL,
    -- 80 random bits, Crockford base32 in groups of four: for verification without login.
    verification_code TEXT NOT NULL UNIQUE,
    snapshot TEXT NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    revocation_reason TEXT,
    UNIQUE (year, sequence)
);
CREATE INDEX certificates_user ON certificates (user_id);
