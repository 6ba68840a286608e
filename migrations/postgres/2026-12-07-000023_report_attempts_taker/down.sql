DROP INDEX report_attempts_taker;
CREATE INDEX report_attempts_user ON report_attempts (user_id);
