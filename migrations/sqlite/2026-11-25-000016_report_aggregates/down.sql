DROP TABLE report_attempts;
