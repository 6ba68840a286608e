ALTER TABLE report_completion_cells DROP COLUMN gain_at_ceiling;
ALTER TABLE report_completion_cells DROP COLUMN gain_g_sum;
ALTER TABLE report_completion_cells DROP COLUMN post_sum;
ALTER TABLE report_completion_cells DROP COLUMN pre_sum;
ALTER TABLE report_completion_cells DROP COLUMN gain_learners;
