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
