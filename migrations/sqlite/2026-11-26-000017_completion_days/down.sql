ALTER TABLE report_completion_cells DROP COLUMN completion_days;
