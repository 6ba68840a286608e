DROP TABLE audit_log;
DROP TABLE content_revision;
DROP TABLE content_publications;
DROP TABLE content_versions;
