-- Issue 11, credentials.
-- A session remembers the account's credential epoch it signed in under; changing the password
-- moves the epoch on, which ends every other session of the account at its next request.
ALTER TABLE account ADD COLUMN credential_epoch INT NOT NULL DEFAULT 0;

-- Tokens always expire now. Those created "until revoked" get the default 90 days from this
-- upgrade, so nothing using them stops at once, but nothing lasts for ever either.
UPDATE api_token
   SET expires_at = TIMESTAMPADD(DAY, 90, CURRENT_TIMESTAMP(3))
 WHERE expires_at IS NULL AND revoked_at IS NULL;
