DROP INDEX enrollments_completed;
DROP INDEX certificates_valid;
