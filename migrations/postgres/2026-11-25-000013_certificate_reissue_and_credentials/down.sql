ALTER TABLE outbox DROP COLUMN certificate_id;
-- Only current certificates fit the old one-per-enrollment schema.
DELETE FROM certificates WHERE replaced_by IS NOT NULL;
DROP INDEX certificates_current_per_enrollment;
ALTER TABLE certificates DROP COLUMN credential;
ALTER TABLE certificates DROP COLUMN status_index;
ALTER TABLE certificates DROP COLUMN replaced_by;
ALTER TABLE certificates ADD CONSTRAINT certificates_enrollment_id_key UNIQUE (enrollment_id);
