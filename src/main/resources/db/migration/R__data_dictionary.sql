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
comment on column ward.boundary_geojson is 'Ward boundary as a GeoJSON Polygon or MultiPolygon geometry (WGS84), from the boundary file';

comment on table borough is 'London boroughs (local authorities) with their boundaries, from the London Datastore boundary file';
comment on column borough.code is 'ONS GSS code of the local authority, e.g. E09000003 Barnet';
comment on column borough.name is 'Name of the borough';
comment on column borough.boundary_geojson is 'Borough boundary as a GeoJSON Polygon or MultiPolygon geometry (WGS84)';
comment on table borough_population is 'ONS mid-year population estimates per borough, for rates per 1,000 population';
comment on column borough_population.mid_year is 'Year of the mid-year (30 June) estimate; 2021 onwards rebased on the Census';
comment on column borough_population.population is 'Estimated resident population';
comment on table lsoa is 'Lower layer super output areas 2021 of London with their best-fit electoral ward (2025) and borough';
comment on column lsoa.code is 'ONS LSOA 2021 code, as used by police.uk street-level crime';
comment on column lsoa.ward_code is 'ONS code of the electoral ward (2025) the LSOA best fits';
comment on column lsoa.borough_code is 'ONS GSS code of the local authority';
comment on column lsoa.centroid_lat is 'Latitude of the LSOA area centroid (WGS84)';
comment on column lsoa.centroid_lon is 'Longitude of the LSOA area centroid (WGS84)';

comment on table police_import is 'One row per imported file of public police data (police.uk street-level crime, MPS hate crime counts)';
comment on column police_import.kind is 'What the file holds: POLICE_UK_STREET or HATE_CRIME_COUNTS';
comment on column police_import.file_name is 'Name of the file as uploaded or given on the command line';
comment on column police_import.sha256 is 'SHA-256 of the file, so the same file is never imported twice';
comment on column police_import.force_code is 'Police force as a lower-case hyphenated code, e.g. metropolitan-police-service';
comment on column police_import.force_name is 'Police force as the file names it (Reported by)';
comment on column police_import.import_month is 'First day of the month a police.uk file covers';
comment on column police_import.status is 'QUEUED, RUNNING, COMPLETED, FAILED, or REPLACED by a later import of the same force and month';
comment on column police_import.rows_read is 'Data rows read from the file';
comment on column police_import.rows_imported is 'Rows that passed validation and were stored';
comment on column police_import.rows_rejected is 'Rows rejected, each with its reason in police_import_rejection';
comment on column police_import.message is 'Why a whole file failed, if it did';
comment on column police_import.started_by is 'Staff user id who uploaded the file; empty for the command line';
comment on table police_import_rejection is 'Rows an import rejected, with the reason, for the downloadable report (public data, no personal data)';
comment on column police_import_rejection.row_no is 'Data row number in the file (1 = first row after the header)';
comment on column police_import_rejection.reason_code is 'Message key of the reason';
comment on column police_import_rejection.reason_args is 'Arguments of the reason message, separated by the unit separator character';
comment on column police_import_rejection.row_text is 'The rejected row as read, truncated to 2,000 characters';

comment on table street_crime is 'police.uk street-level crime and anti-social behaviour, one row per row of the monthly file (Source: data.police.uk, OGL v3.0)';
comment on column street_crime.force_code is 'Police force that reported it (police_import.force_code)';
comment on column street_crime.crime_month is 'First day of the month of the crime';
comment on column street_crime.row_no is 'Data row number in the imported file; with force and month the key';
comment on column street_crime.import_id is 'The police_import that stored the row (not a foreign key, for import speed; import rows are never deleted)';
comment on column street_crime.crime_id is 'police.uk Crime ID (64 hex characters); empty for anti-social behaviour';
comment on column street_crime.crime_type is 'police.uk crime category, e.g. Burglary, Anti-social behaviour';
comment on column street_crime.longitude is 'Anonymised map point (police.uk snaps it to one of a set of points), WGS84';
comment on column street_crime.latitude is 'Anonymised map point, WGS84';
comment on column street_crime.lsoa_code is 'ONS LSOA code the point lies in, as police.uk gives it';
comment on column street_crime.ward_code is 'Electoral ward: from the stored ward boundaries, else the LSOA look-up';
comment on column street_crime.borough_code is 'Borough (local authority) GSS code: from the borough boundaries, else the LSOA look-up';
comment on column street_crime.outcome is 'Last outcome category at the time of the file';

comment on table hate_crime_count is 'Recorded hate crime offences per borough, strand and month (Source: Metropolitan Police Service via London Datastore, OGL v3.0)';
comment on column hate_crime_count.source is 'Which configured layout the counts came from, e.g. mps';
comment on column hate_crime_count.borough_name is 'Borough as the file names it';
comment on column hate_crime_count.borough_code is 'Borough GSS code, matched by name';
comment on column hate_crime_count.strand is 'Hate crime strand as the file names it, e.g. Racist and Religious Hate Crime';
comment on column hate_crime_count.crime_month is 'First day of the month';
comment on column hate_crime_count.offences is 'Number of offences recorded';
