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

comment on table hate_report is 'Hate crime and hate incident reports (public, assisted and paper)';
comment on column hate_report.reference is 'Human-friendly reference given to the reporter, e.g. HC-7K3Q-9P';
comment on column hate_report.secret_hash is 'Argon2 hash of the reporter''s secret words; the words themselves are never stored';
comment on column hate_report.what_happened is '[PERSONAL][SPECIAL][ENCRYPTED] The account in the reporter''s words';
comment on column hate_report.occurred_description is '[PERSONAL][ENCRYPTED] When it happened, in the reporter''s words';
comment on column hate_report.location_description is '[PERSONAL][ENCRYPTED] Where it happened (may be a home address)';
comment on column hate_report.not_reporting_detail is '[PERSONAL][ENCRYPTED] Why the reporter did not want the police involved';
comment on column hate_report.reporter_name is '[PERSONAL][ENCRYPTED] Empty when anonymous';
comment on column hate_report.reporter_email is '[PERSONAL][ENCRYPTED] Empty when anonymous';
comment on column hate_report.reporter_phone is '[PERSONAL][ENCRYPTED] Empty when anonymous';
comment on column hate_report.contact_times is '[PERSONAL][ENCRYPTED] When it is safe to contact the reporter';
comment on column hate_report.nchi_justification is '[PERSONAL][ENCRYPTED] Why the subject''s data of a non-crime hate incident is kept (2023 code of practice)';
comment on column hate_report.police_consent is 'Whether the reporter agreed to share with the police (current state; history in report_consent_event)';
comment on column hate_report.identity_to_police is 'Whether the police may see the reporter''s name and contact details';
comment on table hate_report_strand is '[SPECIAL] Perceived hostility strands of a report';
comment on table hate_report_incident_type is 'Kinds of incident in a report';
comment on table report_consent_event is 'Consent decisions as made, with the wording shown at the time';
comment on table report_update is 'Information the reporter added later';
comment on column report_update.text is '[PERSONAL][SPECIAL][ENCRYPTED] What was added';
comment on table report_evidence is 'Photos and PDFs attached to reports, metadata removed';
comment on column report_evidence.file_name is '[PERSONAL][ENCRYPTED] Original file name';
comment on column report_evidence.content is '[PERSONAL][SPECIAL][ENCRYPTED] File content (Tink AES-GCM)';
comment on column hate_report.map_point is '[PERSONAL][ENCRYPTED] Point chosen on the map, "latitude,longitude"';
