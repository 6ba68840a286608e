-- Institutions whose staff learn on Kampus, and the people who use it.
-- Same schema as migrations/sqlite: ids are UUID text, timestamps are UTC.
CREATE TABLE institutions (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    -- ISO 3166-1 alpha-2 (XK for Kosovo, as used in the centre's reports).
    country_code TEXT NOT NULL CHECK (length(country_code) = 2 AND country_code = upper(country_code)),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (country_code, name)
);

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    -- Stored normalized (Unicode lower case) by the application, so this constraint makes
    -- email addresses unique case-insensitively on both backends.
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL CHECK (length(display_name) > 0),
    preferred_locale TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('learner', 'trainer', 'admin')),
    institution_id TEXT REFERENCES institutions (id),
    -- PHC string (argon2id); NULL until the user has set a password.
    password_hash TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE INDEX users_institution_id ON users (institution_id);
