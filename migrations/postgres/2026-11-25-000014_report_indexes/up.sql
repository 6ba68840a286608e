-- Reports (issue 8): the headline figures count valid certificates per enrollment and date
-- without reading the certificates' snapshots.
CREATE INDEX certificates_valid ON certificates (enrollment_id, issued_at) WHERE revoked_at IS NULL;
-- Completions per period.
CREATE INDEX enrollments_completed ON enrollments (completed_at, user_id) WHERE completed_at IS NOT NULL;
