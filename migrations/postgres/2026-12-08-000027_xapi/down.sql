DROP TABLE xapi_credential_institutions;
DROP TABLE xapi_credentials;
DROP TABLE xapi_documents;
DROP TABLE xapi_activities;
DROP TABLE xapi_attachments;
DROP TABLE xapi_statement_activities;
DROP TABLE xapi_statement_agents;
DROP TABLE xapi_statements;
