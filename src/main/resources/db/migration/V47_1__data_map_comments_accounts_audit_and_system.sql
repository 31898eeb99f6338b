-- The data map (issue 18, DPIA): every table and column classified, read back by DataMapTests, which writes
-- doc/data-map.md from these comments. A column comment starts with [classification, protection]:
-- classification personal, special (UK GDPR art. 9 and 10) or not-personal; protection encrypted (Tink AEAD),
-- blind-index (keyed HMAC to find by value), hashed, reference (an id of a person or staff account) or plain.
-- A table comment ends with its owning module (TableOwnershipTests). Modules here: audit, crypto, demo, notifications, organisations, security, system.

comment on table audit_chain_head is 'Single row holding the newest audit hash; locked while appending. Module: audit';
comment on column audit_chain_head.id is '[not-personal] Always 1';
comment on column audit_chain_head.last_hash is '[not-personal] entry_hash of the newest audit entry';

comment on table audit_entry is 'Append-only, hash-chained log of sign-ins, admin changes and every read or change of personal data. Module: audit';
comment on column audit_entry.action is '[not-personal] What was done, e.g. SIGN_IN or READ';
comment on column audit_entry.actor_name is '[personal, plain] Staff username (work e-mail), or "public" or "system"';
comment on column audit_entry.actor_organisation_id is '[not-personal] Organisation of the actor';
comment on column audit_entry.actor_user_id is '[personal, reference] Staff user who acted (staff_user.id), null for the public or the system';
comment on column audit_entry.entry_hash is '[not-personal] Keyed HMAC-SHA256 over this entry''s fields and previous_hash (plain SHA-256 for entries from before the chain was keyed)';
comment on column audit_entry.id is '[not-personal] Identifier of the row';
comment on column audit_entry.occurred_at is '[not-personal] When it happened';
comment on column audit_entry.previous_hash is '[not-personal] entry_hash of the previous entry (hash chain)';
comment on column audit_entry.reason is '[personal, plain] Why the access happened, in the actor''s words or the system''s; may name a colleague';
comment on column audit_entry.record_id is '[not-personal] Identifier of the record read or changed (never personal data itself)';
comment on column audit_entry.record_type is '[not-personal] Kind of record read or changed';

comment on table crypto_mac_key is 'Which key of the encryption keyset each family of keyed hashes is derived from; key ids only, never key material. Module: crypto';
comment on column crypto_mac_key.key_id is '[not-personal] Tink key id in the keyset';
comment on column crypto_mac_key.pinned_at is '[not-personal] When it was pinned';
comment on column crypto_mac_key.purpose is '[not-personal] hashes or audit-chain';

comment on table demo_seeded is 'Which parts of the embedded demo have been seeded (empty everywhere but the demo). Module: demo';
comment on column demo_seeded.part is '[not-personal] The part seeded';
comment on column demo_seeded.seeded_at is '[not-personal] When';

comment on table email_outbox is 'E-mail outbox: messages queued in the sender''s transaction and delivered by a job. Module: notifications';
comment on column email_outbox.attempts is '[not-personal] Delivery attempts so far';
comment on column email_outbox.body is '[personal, encrypted] The message, Tink AEAD ciphertext';
comment on column email_outbox.dedupe_key is '[not-personal] Key that stops the same e-mail being queued twice (record ids and dates)';
comment on column email_outbox.id is '[not-personal] Identifier of the row';
comment on column email_outbox.last_error is '[not-personal] Why the last attempt failed';
comment on column email_outbox.purpose is '[not-personal] Why it is sent, e.g. a reminder kind';
comment on column email_outbox.queued_at is '[not-personal] When it was queued';
comment on column email_outbox.recipient is '[personal, encrypted] Recipient''s e-mail address, Tink AEAD ciphertext';
comment on column email_outbox.sent_at is '[not-personal] When it was delivered to the mail server';
comment on column email_outbox.subject is '[not-personal] Subject line (fixed wording and references, no personal data)';

comment on table organisation is 'Partner organisations of the Community Safety Partnership (council, police, victim services, charities, reporting centres'' hosts). Module: organisations';
comment on column organisation.active is '[not-personal] False when the organisation has left the partnership';
comment on column organisation.created_at is '[not-personal] When the row was created';
comment on column organisation.id is '[not-personal] Identifier of the row';
comment on column organisation.name is '[not-personal] Public name of the organisation';
comment on column organisation.slug is '[not-personal] Stable lowercase hyphenated identifier used in addresses';
comment on column organisation.type is '[not-personal] Kind of organisation (council, police, victim service, charity, ...)';

comment on table sign_in_attempt is 'Failed sign-in counters per account and address, per address and per account''s codes, for throttling. Module: security';
comment on column sign_in_attempt.account_key is '[personal, hashed] Keyed pseudonym of the typed e-mail address, so an administrator can lift every throttle of one account';
comment on column sign_in_attempt.failures is '[not-personal] Failed attempts in a row';
comment on column sign_in_attempt.last_failure_at is '[not-personal] When the last attempt failed';
comment on column sign_in_attempt.locked_until is '[not-personal] Until when the key is locked out, if it is';
comment on column sign_in_attempt.lockouts is '[not-personal] Lock-outs in a row; each lasts twice as long as the one before';
comment on column sign_in_attempt.username_hash is '[personal, hashed] Keyed pseudonym of what is throttled (typed e-mail address and client address, or the address alone); neither is kept';

comment on table staff_recovery_code is 'One-time recovery codes for a staff user who has lost their authenticator. Module: security';
comment on column staff_recovery_code.code_hash is '[personal, hashed] Keyed HMAC-SHA256 of the code; the code is shown once and never stored';
comment on column staff_recovery_code.created_at is '[not-personal] When the row was created';
comment on column staff_recovery_code.id is '[not-personal] Identifier of the row';
comment on column staff_recovery_code.staff_user_id is '[personal, reference] The staff user (staff_user.id)';
comment on column staff_recovery_code.used_at is '[not-personal] When the code was used; a used code is refused';

comment on table staff_user is 'Staff accounts; each belongs to one organisation (members of the public never have one). Module: security';
comment on column staff_user.created_at is '[not-personal] When the row was created';
comment on column staff_user.disabled_reason is '[not-personal] Why the account is disabled: ADMINISTRATOR or DORMANT';
comment on column staff_user.display_name is '[personal, plain] Name shown to colleagues';
comment on column staff_user.email is '[personal, plain] Work e-mail address, used to sign in and for notifications';
comment on column staff_user.enabled is '[not-personal] False when the account is disabled';
comment on column staff_user.id is '[not-personal] Identifier of the row';
comment on column staff_user.last_signed_in_at is '[personal, plain] Time of the last successful sign-in';
comment on column staff_user.must_change_password is '[not-personal] True after an administrator set the password';
comment on column staff_user.organisation_id is '[not-personal] The organisation the staff member works for';
comment on column staff_user.password_hash is '[personal, hashed] Argon2id hash of the password; the password itself is never stored';
comment on column staff_user.totp_enrolled_at is '[personal, plain] When the user confirmed their authenticator app';
comment on column staff_user.totp_last_step is '[not-personal] Time step (30 s) of the last code accepted, so a code cannot be used twice';
comment on column staff_user.totp_secret is '[personal, encrypted] Authenticator (TOTP) secret, Tink AEAD ciphertext bound to the account; null until enrolled';

comment on table staff_user_role is 'Roles held by a staff user. Module: security';
comment on column staff_user_role.role is '[not-personal] Role code, e.g. CASE_OFFICER';
comment on column staff_user_role.staff_user_id is '[personal, reference] The staff user (staff_user.id)';

comment on table event_publication is 'Spring Modulith''s event publication registry: an event waits here until its after-commit listener has run, then is deleted. Module: system';
comment on column event_publication.completion_attempts is '[not-personal] Attempts so far';
comment on column event_publication.completion_date is '[not-personal] When its listener completed';
comment on column event_publication.event_type is '[not-personal] Java type of the event';
comment on column event_publication.id is '[not-personal] Identifier of the publication';
comment on column event_publication.last_resubmission_date is '[not-personal] When it was last sent again';
comment on column event_publication.listener_id is '[not-personal] The listener that is to handle it';
comment on column event_publication.publication_date is '[not-personal] When it was published';
comment on column event_publication.serialized_event is '[personal, plain] The event as JSON: record ids, and for a training session the trainer''s name; deleted once handled';
comment on column event_publication.status is '[not-personal] Publication status';

comment on table flyway_schema_history is 'Flyway''s record of the migrations applied to this database. Module: system';
comment on column flyway_schema_history.checksum is '[not-personal] Checksum of the script';
comment on column flyway_schema_history.description is '[not-personal] Migration description';
comment on column flyway_schema_history.execution_time is '[not-personal] Milliseconds it took';
comment on column flyway_schema_history.installed_by is '[not-personal] Database user that applied it';
comment on column flyway_schema_history.installed_on is '[not-personal] When it was applied';
comment on column flyway_schema_history.installed_rank is '[not-personal] Order applied';
comment on column flyway_schema_history.script is '[not-personal] Script name';
comment on column flyway_schema_history.success is '[not-personal] Whether it succeeded';
comment on column flyway_schema_history.type is '[not-personal] SQL or JDBC';
comment on column flyway_schema_history.version is '[not-personal] Migration version';

comment on table shedlock is 'ShedLock: a scheduled job runs on one app instance at a time. Module: system';
comment on column shedlock.lock_until is '[not-personal] Until when the lock is held';
comment on column shedlock.locked_at is '[not-personal] When the lock was taken';
comment on column shedlock.locked_by is '[not-personal] Host name of the instance holding it';
comment on column shedlock.name is '[not-personal] Name of the job';

comment on table spring_session is 'Staff sign-in sessions (Spring Session JDBC). Module: system';
comment on column spring_session.creation_time is '[not-personal] When the session started (epoch milliseconds)';
comment on column spring_session.expiry_time is '[not-personal] When the session expires (epoch milliseconds)';
comment on column spring_session.last_access_time is '[not-personal] Last request of the session (epoch milliseconds)';
comment on column spring_session.max_inactive_interval is '[not-personal] Idle seconds before the session expires';
comment on column spring_session.primary_id is '[not-personal] Row key of the session';
comment on column spring_session.principal_name is '[personal, plain] Username (work e-mail) of the signed-in staff member';
comment on column spring_session.session_id is '[not-personal] Session identifier sent in the session cookie';

comment on table spring_session_attributes is 'Serialised attributes of a staff session (security context, CSRF token, flash messages). Module: system';
comment on column spring_session_attributes.attribute_bytes is '[personal, plain] Java-serialised attribute; the security context holds the staff member''s username and roles';
comment on column spring_session_attributes.attribute_name is '[not-personal] Name of the attribute';
comment on column spring_session_attributes.session_primary_id is '[not-personal] The session (spring_session.primary_id)';
