-- Accounts (issue 5): institution kinds, user status and gender, trainer assignments, and the
-- mail outbox. Same schema on SQLite and PostgreSQL.

ALTER TABLE institutions ADD COLUMN kind TEXT NOT NULL DEFAULT 'other'
    CHECK (kind IN ('ministry', 'police', 'border-police', 'asylum-agency', 'refugee-agency',
                    'training-centre', 'international-organisation', 'other'));

-- Self-reported; NULL when not given. Donors ask for gender-disaggregated figures.
ALTER TABLE users ADD COLUMN gender TEXT
    CHECK (gender IN ('female', 'male', 'other', 'prefer-not-to-say'));
ALTER TABLE users ADD COLUMN email_verified_at TIMESTAMP;
ALTER TABLE users ADD COLUMN deactivated_at TIMESTAMP;
-- Access tokens issued before this moment are refused: logout everywhere, password change,
-- role change and deactivation move it to "now".
ALTER TABLE users ADD COLUMN sessions_valid_after TIMESTAMP;

CREATE TABLE trainer_institutions (
    trainer_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    institution_id TEXT NOT NULL REFERENCES institutions (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (trainer_id, institution_id)
);

-- Every email is written here in the same transaction as the change that causes it, and sent
-- later by the outbox worker. The message is rendered when it is queued, so it says what was
-- true at that moment.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY NOT NULL,
    recipient TEXT NOT NULL,
    locale TEXT NOT NULL,
    template TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    -- pending: waiting; sending: claimed by a worker until next_attempt_at (a lease);
    -- sent; failed: gave up after the maximum number of attempts.
    status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);

CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
