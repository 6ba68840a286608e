-- Re-issue, Open Badges credentials and certificate emails (issue 7).
--
-- * Re-issue: an admin replaces a certificate (a corrected name, say) with a new one; the old
--   row stays, revoked, pointing at its replacement. So "one certificate per enrollment" becomes
--   "one *current* certificate per enrollment" (a partial unique index). The link is checked at
--   commit, so the old row can point at its replacement before that row is inserted.
-- * `status_index`: the certificate's bit in the revocation Bitstring Status List.
-- * `credential`: the signed Open Badges 3.0 credential, made and kept at its first download.
-- * `outbox.certificate_id`: the message carries that certificate's PDF, rendered when sent.
ALTER TABLE certificates DROP CONSTRAINT certificates_enrollment_id_key;
ALTER TABLE certificates ADD COLUMN replaced_by TEXT REFERENCES certificates (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE certificates ADD COLUMN status_index INTEGER;
UPDATE certificates SET status_index = numbered.n
FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY issued_at, id) AS n FROM certificates) AS numbered
WHERE certificates.id = numbered.id;
ALTER TABLE certificates ALTER COLUMN status_index SET NOT NULL;
ALTER TABLE certificates ADD CONSTRAINT certificates_status_index_key UNIQUE (status_index);
ALTER TABLE certificates ADD COLUMN credential TEXT;
CREATE UNIQUE INDEX certificates_current_per_enrollment ON certificates (enrollment_id)
    WHERE replaced_by IS NULL;
ALTER TABLE outbox ADD COLUMN certificate_id TEXT REFERENCES certificates (id) ON DELETE SET NULL;
