-- Data dictionary: every table and column described. [PERSONAL] marks personal data,
-- [SPECIAL] special-category data (UK GDPR art. 9). Re-applied whenever this file changes.
comment on table organisation is 'Partner organisations of the Community Safety Partnership';
comment on column organisation.name is 'Public name of the organisation';
comment on column organisation.slug is 'Stable lowercase hyphenated identifier used in addresses';
comment on column organisation.type is 'Kind of organisation (council, police, victim service, charity, ...)';
comment on column organisation.active is 'False when the organisation has left the partnership';

comment on table staff_user is 'Staff accounts; each belongs to one organisation';
comment on column staff_user.email is '[PERSONAL] Work e-mail address, used to sign in';
comment on column staff_user.display_name is '[PERSONAL] Name shown to colleagues';
comment on column staff_user.password_hash is 'Argon2id hash of the password; the password itself is never stored';
comment on column staff_user.must_change_password is 'True after an administrator set the password';
comment on column staff_user.enabled is 'False when an administrator disabled the account';
comment on column staff_user.last_signed_in_at is '[PERSONAL] Time of the last successful sign-in';
comment on table staff_user_role is 'Roles held by a staff user (DESIGN.md section 1)';
comment on table sign_in_attempt is 'Failed sign-in counter per typed username, for lock-out';
comment on column sign_in_attempt.username_hash is 'SHA-256 of the lower-cased typed username; the name itself is not kept';

comment on table audit_entry is 'Append-only, hash-chained log of sign-ins, admin changes and every read or change of personal data';
comment on column audit_entry.actor_name is '[PERSONAL] Staff username, or "public" or "system"';
comment on column audit_entry.record_type is 'Kind of record read or changed';
comment on column audit_entry.record_id is 'Identifier of the record read or changed (never personal data itself)';
comment on column audit_entry.reason is 'Why the access happened, in the actor''s words or the system''s';
comment on column audit_entry.previous_hash is 'entry_hash of the previous entry (hash chain)';
comment on column audit_entry.entry_hash is 'SHA-256 over this entry''s fields and previous_hash';
comment on table audit_chain_head is 'Single row holding the newest audit hash; locked while appending';

comment on table spring_session is 'Staff sign-in sessions (Spring Session JDBC)';
comment on column spring_session.principal_name is '[PERSONAL] Username of the signed-in staff member';
comment on table spring_session_attributes is 'Serialised session attributes';

comment on table ward is 'Electoral wards of the borough, from the boundary file';
