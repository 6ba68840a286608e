ALTER TABLE report_enrollments DROP COLUMN post_percent;
ALTER TABLE report_enrollments DROP COLUMN pre_percent;
ALTER TABLE report_finals DROP COLUMN pre_test_id;
