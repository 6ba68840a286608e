DROP TABLE time_on_task;
ALTER TABLE enrollments DROP COLUMN time_counted_until;
