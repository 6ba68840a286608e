DROP INDEX report_enrollments_certified_in;
DROP INDEX report_enrollments_completed_in;
DROP INDEX report_enrollments_certified;
DROP INDEX report_enrollments_trained;
DROP INDEX report_enrollments_completed;
ALTER TABLE report_enrollments DROP COLUMN certified_at;
