DROP TABLE lesson_progress;
DROP TABLE progress_events;
