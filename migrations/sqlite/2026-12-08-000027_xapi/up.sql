-- The xAPI Learning Record Store (issue 22).
--
-- Statements are immutable: `statement` is the JSON exactly as stored and never changes. Only
-- `voided` changes, when a voiding statement for it is stored (before or after it: a voiding
-- statement may arrive first, so `voids` is kept and looked up when its target arrives).
-- `seq` orders statements as they were stored and is the paging cursor of `more` links.
CREATE TABLE xapi_statements (
    seq INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    id TEXT NOT NULL UNIQUE,
    stored TIMESTAMP NOT NULL,
    verb_id TEXT NOT NULL,
    registration TEXT,
    -- The statement this one targets (its object's id when the object is a StatementRef).
    refers_to TEXT,
    -- The statement this one voids (its object's id when the verb is voided).
    voids TEXT,
    voided BOOLEAN NOT NULL DEFAULT FALSE,
    -- The LRS credential that wrote it; NULL for Kampus's own statements.
    credential_key TEXT,
    -- The Kampus user the actor names (an account on this site), for scoping by institution.
    user_id TEXT,
    statement TEXT NOT NULL
);
CREATE INDEX xapi_statements_verb ON xapi_statements (verb_id, seq);
CREATE INDEX xapi_statements_registration ON xapi_statements (registration, seq);
CREATE INDEX xapi_statements_stored ON xapi_statements (stored);
CREATE INDEX xapi_statements_voids ON xapi_statements (voids);
CREATE INDEX xapi_statements_refers_to ON xapi_statements (refers_to);
CREATE INDEX xapi_statements_user ON xapi_statements (user_id, seq);
CREATE INDEX xapi_statements_credential ON xapi_statements (credential_key, seq);

-- Who a statement is about, by Inverse Functional Identifier (`mbox:mailto:…`,
-- `mbox_sha1sum:…`, `openid:…`, `account:homePage name`). `direct` marks the actor and the
-- object (what `agent=` matches); the others match only with `related_agents=true`.
CREATE TABLE xapi_statement_agents (
    seq BIGINT NOT NULL REFERENCES xapi_statements (seq),
    agent_key TEXT NOT NULL,
    direct BOOLEAN NOT NULL,
    PRIMARY KEY (agent_key, direct, seq)
);
CREATE INDEX xapi_statement_agents_seq ON xapi_statement_agents (seq);

-- Which activities a statement is about: `direct` for its object, the rest (context
-- activities, a sub-statement's) with `related_activities=true`.
CREATE TABLE xapi_statement_activities (
    seq BIGINT NOT NULL REFERENCES xapi_statements (seq),
    activity_id TEXT NOT NULL,
    direct BOOLEAN NOT NULL,
    PRIMARY KEY (activity_id, direct, seq)
);
CREATE INDEX xapi_statement_activities_seq ON xapi_statement_activities (seq);

-- A statement that targets another (a StatementRef object) also matches the filters its target
-- matches (xAPI 2.0.0 §4.1.6.1 "Filter Conditions for StatementRefs"): it inherits the target's
-- agent and activity rows above, and here its verb and registration, so a query reads one
-- statement's keys in one place however long the chain of references.
CREATE TABLE xapi_statement_inherited (
    seq BIGINT NOT NULL REFERENCES xapi_statements (seq),
    verb_id TEXT NOT NULL,
    registration TEXT
);
CREATE INDEX xapi_statement_inherited_verb ON xapi_statement_inherited (verb_id, seq);
CREATE INDEX xapi_statement_inherited_registration ON xapi_statement_inherited (registration, seq);
CREATE INDEX xapi_statement_inherited_seq ON xapi_statement_inherited (seq);

-- Attachments' bytes, by SHA-256 (many statements may carry the same file).
CREATE TABLE xapi_attachments (
    sha2 TEXT PRIMARY KEY NOT NULL,
    content_type TEXT NOT NULL,
    contents BLOB NOT NULL
);

-- The latest definition of each activity seen in a statement (the Activities resource).
CREATE TABLE xapi_activities (
    id TEXT PRIMARY KEY NOT NULL,
    definition TEXT NOT NULL
);

-- State, Activity Profile and Agent Profile documents. Empty strings stand for "not part of
-- the key" so the primary key works on both backends (NULLs are never equal in a key).
CREATE TABLE xapi_documents (
    kind TEXT NOT NULL CHECK (kind IN ('state', 'activity_profile', 'agent_profile')),
    activity_id TEXT NOT NULL,
    agent_key TEXT NOT NULL,
    registration TEXT NOT NULL,
    document_id TEXT NOT NULL,
    content_type TEXT NOT NULL,
    contents BLOB NOT NULL,
    etag TEXT NOT NULL,
    updated TIMESTAMP NOT NULL,
    PRIMARY KEY (kind, activity_id, agent_key, registration, document_id)
);
CREATE INDEX xapi_documents_updated ON xapi_documents (kind, activity_id, agent_key, updated);

-- LRS credentials (HTTP basic auth: key and secret). Only the secret's SHA-256 is kept: it is
-- a long random string, not a password. `scopes` is a space-separated list of xAPI scope
-- names; `authority` the Agent (JSON) stamped on what the credential writes.
CREATE TABLE xapi_credentials (
    key TEXT PRIMARY KEY NOT NULL,
    secret_hash TEXT NOT NULL,
    name TEXT NOT NULL,
    scopes TEXT NOT NULL,
    authority TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    revoked_at TIMESTAMP
);

-- A credential bound to institutions reads only statements about their people. An institution
-- cannot be deleted while a credential is bound to it: losing the binding would widen the
-- credential to everyone's statements.
CREATE TABLE xapi_credential_institutions (
    credential_key TEXT NOT NULL REFERENCES xapi_credentials (key) ON DELETE CASCADE,
    institution_id TEXT NOT NULL REFERENCES institutions (id) ON DELETE RESTRICT,
    PRIMARY KEY (credential_key, institution_id)
);
