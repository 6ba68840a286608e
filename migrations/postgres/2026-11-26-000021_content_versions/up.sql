-- Publishing (issue 9): every version of every course's content lives in the database, so
-- that every node serves what was published, a bad upload never replaces what learners see,
-- and any earlier version can be published again.

-- A version: a whole course's files, immutable once written. Drafts and published versions
-- alike; which one learners see is `content_publications`.
CREATE TABLE content_versions (
    id TEXT PRIMARY KEY NOT NULL,
    course_id TEXT NOT NULL,
    -- 1, 2, … per course.
    number INTEGER NOT NULL,
    -- SHA-256 of the files (paths and bytes), hex: the same files are the same version.
    content_hash TEXT NOT NULL,
    -- The files as an uncompressed tar, paths in order.
    bundle BYTEA NOT NULL,
    -- The validation report (problems with file:line, coverage per locale), JSON.
    report TEXT NOT NULL,
    -- 'content-folder' (loaded at start) or 'upload'.
    source TEXT NOT NULL,
    created_by TEXT REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (course_id, number)
);
CREATE INDEX content_versions_hash ON content_versions (course_id, content_hash);

-- What learners see: one published version per course (none: not published).
CREATE TABLE content_publications (
    course_id TEXT PRIMARY KEY NOT NULL,
    version_id TEXT NOT NULL REFERENCES content_versions (id),
    published_by TEXT REFERENCES users (id),
    published_at TIMESTAMP NOT NULL
);

-- Bumped by every publish, unpublish and rollback, in the same transaction: a node that
-- sees a new number reloads the published versions.
CREATE TABLE content_revision (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    revision BIGINT NOT NULL
);
INSERT INTO content_revision (id, revision) VALUES (1, 0);

-- Who did what and when; rows are only ever added.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY NOT NULL,
    at TIMESTAMP NOT NULL,
    actor_id TEXT,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    -- JSON object.
    details TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
