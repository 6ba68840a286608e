-- Sessions of the web pages (issue 20). The cookie holds a random token; only its SHA-256
-- hash is stored. Each browser session belongs to a family of refresh tokens (a sign-in, see
-- refresh_tokens): signing out, a password or role change and deactivation revoke the family,
-- which ends the browser session at once.
CREATE TABLE browser_sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,
    family_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX browser_sessions_family ON browser_sessions (family_id);
CREATE INDEX browser_sessions_user ON browser_sessions (user_id);
