DROP TABLE outbox;
DROP TABLE trainer_institutions;
ALTER TABLE users DROP COLUMN sessions_valid_after;
ALTER TABLE users DROP COLUMN deactivated_at;
ALTER TABLE users DROP COLUMN email_verified_at;
ALTER TABLE users DROP COLUMN gender;
ALTER TABLE institutions DROP COLUMN kind;
