-- The data map (issue 18, DPIA): every table and column classified, read back by DataMapTests, which writes
-- doc/data-map.md from these comments. A column comment starts with [classification, protection]:
-- classification personal, special (UK GDPR art. 9 and 10) or not-personal; protection encrypted (Tink AEAD),
-- blind-index (keyed HMAC to find by value), hashed, reference (an id of a person or staff account) or plain.
-- A table comment ends with its owning module (TableOwnershipTests). Modules here: centres, directory, engagement, geography, imports, performance, plans.

comment on table centre_return is 'Monthly monitoring returns of the reporting centres, one per centre and month; counts only. Module: centres';
comment on column centre_return.comment is '[not-personal] The centre''s comment on the month (free text, no personal data by instruction)';
comment on column centre_return.corrected_at is '[not-personal] When it was last corrected';
comment on column centre_return.id is '[not-personal] Identifier of the row';
comment on column centre_return.in_product_total is '[not-personal] Reports taken at the centre in the month and entered in this product';
comment on column centre_return.organisation_id is '[not-personal] The centre (reporting_centre.organisation_id)';
comment on column centre_return.outside_total is '[not-personal] Contacts the centre took outside this product';
comment on column centre_return.return_month is '[not-personal] First day of the month the return covers';
comment on column centre_return.submitted_at is '[not-personal] When it was submitted';
comment on column centre_return.submitted_by is '[personal, plain] Username of the staff member who submitted it';
comment on column centre_return.total is '[not-personal] in_product_total + outside_total';
comment on column centre_return.version is '[not-personal] Optimistic locking version';

comment on table centre_return_correction is 'Every correction of a submitted return: who, when, why, and what changed. Module: centres';
comment on column centre_return_correction.changes is '[not-personal] Old and new values of the counts';
comment on column centre_return_correction.corrected_at is '[not-personal] When';
comment on column centre_return_correction.corrected_by is '[personal, plain] Username of the staff member who corrected it';
comment on column centre_return_correction.id is '[not-personal] Identifier of the row';
comment on column centre_return_correction.reason is '[not-personal] Why (about the counts)';
comment on column centre_return_correction.return_id is '[not-personal] The return (centre_return.id)';

comment on table centre_return_count is 'Breakdown of a return by source, measure and code; counts only. Module: centres';
comment on column centre_return_count.amount is '[not-personal] The count';
comment on column centre_return_count.code is '[not-personal] The value counted, e.g. PAPER or DISABILITY';
comment on column centre_return_count.measure is '[not-personal] CHANNEL, STRAND, CLASSIFICATION, NOT_REPORTED or NOT_REPORTED_REASON';
comment on column centre_return_count.return_id is '[not-personal] The return (centre_return.id)';
comment on column centre_return_count.source is '[not-personal] IN_PRODUCT or OUTSIDE';

comment on table reporting_centre is 'Hate Crime Reporting Centres, one per host organisation; the centre''s own phone and e-mail are business contacts. Module: centres';
comment on column reporting_centre.accessibility is '[not-personal] Accessibility of the premises';
comment on column reporting_centre.active_since is '[not-personal] Day the centre last became active';
comment on column reporting_centre.address is '[not-personal] The centre''s public address';
comment on column reporting_centre.created_at is '[not-personal] When the centre was recorded';
comment on column reporting_centre.email is '[not-personal] The centre''s business e-mail';
comment on column reporting_centre.languages is '[not-personal] Languages spoken, ISO 639-1 codes';
comment on column reporting_centre.lead_email is '[personal, plain] Work e-mail of the Hate Crime Lead, where return reminders go';
comment on column reporting_centre.lead_name is '[personal, plain] Name of the centre''s Hate Crime Lead (a professional contact)';
comment on column reporting_centre.online_reporting is '[not-personal] Whether people can report online on site';
comment on column reporting_centre.opening_times is '[not-personal] When the centre is open';
comment on column reporting_centre.organisation_id is '[not-personal] The host organisation, which identifies the centre';
comment on column reporting_centre.paper_forms is '[not-personal] Whether the centre has paper report forms';
comment on column reporting_centre.phone is '[not-personal] The centre''s business phone';
comment on column reporting_centre.postcode is '[not-personal] The centre''s postcode';
comment on column reporting_centre.safeguarding_lead_name is '[personal, plain] Name of the designated safeguarding lead (a professional contact)';
comment on column reporting_centre.safeguarding_policy is '[not-personal] Whether the organisation has a safeguarding policy';
comment on column reporting_centre.safeguarding_review_date is '[not-personal] When the safeguarding policy is next due for review';
comment on column reporting_centre.status is '[not-personal] APPLICANT, ACTIVE, LAPSED or WITHDRAWN';
comment on column reporting_centre.strands is '[not-personal] Strand codes the centre specialises in; empty means all';
comment on column reporting_centre.version is '[not-personal] Optimistic locking version';
comment on column reporting_centre.ward_code is '[not-personal] Electoral ward of the centre';

comment on table reporting_centre_status_change is 'Every status change of a centre, with its reason and who made it. Module: centres';
comment on column reporting_centre_status_change.changed_at is '[not-personal] When';
comment on column reporting_centre_status_change.changed_by is '[personal, plain] Username of the staff member, or system for the daily lapse job';
comment on column reporting_centre_status_change.from_status is '[not-personal] Status before';
comment on column reporting_centre_status_change.id is '[not-personal] Identifier of the row';
comment on column reporting_centre_status_change.organisation_id is '[not-personal] The centre (reporting_centre.organisation_id)';
comment on column reporting_centre_status_change.reason is '[not-personal] Why (about the centre, not about people)';
comment on column reporting_centre_status_change.to_status is '[not-personal] Status after';

comment on table reporting_centre_training is 'Hate crime awareness training completed by a centre''s staff. Module: centres';
comment on column reporting_centre_training.completed_on is '[personal, plain] When the trainee completed it';
comment on column reporting_centre_training.course is '[not-personal] The course';
comment on column reporting_centre_training.id is '[not-personal] Identifier of the row';
comment on column reporting_centre_training.organisation_id is '[not-personal] The centre (reporting_centre.organisation_id)';
comment on column reporting_centre_training.trainee is '[personal, plain] Name or role of the person trained';

comment on table directory_entry is 'The public directory: reporting centres, support services, Safe Places and Community Safety Hubs; public information about organisations except the owner contact. Module: directory';
comment on column directory_entry.access_features is '[not-personal] Access feature codes';
comment on column directory_entry.accessibility is '[not-personal] Accessibility in words';
comment on column directory_entry.address is '[not-personal] Public address of the place';
comment on column directory_entry.categories is '[not-personal] Support category codes';
comment on column directory_entry.created_at is '[not-personal] When the row was created';
comment on column directory_entry.email is '[not-personal] Public business e-mail';
comment on column directory_entry.entry_type is '[not-personal] REPORTING_CENTRE, SUPPORT, SAFE_PLACE or HUB';
comment on column directory_entry.flagged_on is '[not-personal] When it was flagged as out of date';
comment on column directory_entry.hidden_on is '[not-personal] When it was hidden';
comment on column directory_entry.hub_ends is '[not-personal] When a hub session ends';
comment on column directory_entry.hub_starts is '[not-personal] When a hub session starts';
comment on column directory_entry.hub_weekday is '[not-personal] Weekday a hub meets';
comment on column directory_entry.id is '[not-personal] Identifier of the row';
comment on column directory_entry.languages is '[not-personal] Languages spoken, codes';
comment on column directory_entry.last_confirmed_on is '[not-personal] When the owner last confirmed the details';
comment on column directory_entry.latitude is '[not-personal] Map point of the place, WGS84';
comment on column directory_entry.longitude is '[not-personal] Map point of the place, WGS84';
comment on column directory_entry.name is '[not-personal] Public name';
comment on column directory_entry.online_reporting is '[not-personal] Whether people can report online there';
comment on column directory_entry.opening_hours is '[not-personal] Opening hours';
comment on column directory_entry.organisation_id is '[not-personal] The partner organisation behind it, if any';
comment on column directory_entry.owner_email is '[personal, encrypted] E-mail of the owner contact (gets the yearly confirmation link), Tink AEAD ciphertext';
comment on column directory_entry.owner_name is '[personal, encrypted] Name of the entry''s owner contact, Tink AEAD ciphertext, never shown publicly';
comment on column directory_entry.paper_forms is '[not-personal] Whether paper report forms are available';
comment on column directory_entry.phone is '[not-personal] Public business phone';
comment on column directory_entry.pop_up_on is '[not-personal] Day of a pop-up hub';
comment on column directory_entry.postcode is '[not-personal] Postcode of the place';
comment on column directory_entry.reminder_sent_for is '[not-personal] Confirmation due date the last reminder was sent for';
comment on column directory_entry.slug is '[not-personal] Stable identifier used in addresses';
comment on column directory_entry.staff_trained_on is '[not-personal] When staff were last trained';
comment on column directory_entry.status is '[not-personal] PUBLISHED, FLAGGED, STALE_HIDDEN, NOT_LISTED or REMOVED';
comment on column directory_entry.strands is '[not-personal] Strand codes the service specialises in';
comment on column directory_entry.summary is '[not-personal] Public description';
comment on column directory_entry.updated_at is '[not-personal] When the row last changed';
comment on column directory_entry.version is '[not-personal] Optimistic locking version';
comment on column directory_entry.ward_code is '[not-personal] Electoral ward';
comment on column directory_entry.website is '[not-personal] Public website';

comment on table directory_entry_change is 'Every change to a directory entry, by whom and what changed (public fields). Module: directory';
comment on column directory_entry_change.action is '[not-personal] What was done';
comment on column directory_entry_change.actor is '[personal, plain] Username of the staff member, or the system or centres module that changed it';
comment on column directory_entry_change.changed_at is '[not-personal] When';
comment on column directory_entry_change.details is '[not-personal] Old and new values of public fields';
comment on column directory_entry_change.entry_id is '[not-personal] The entry (directory_entry.id)';
comment on column directory_entry_change.id is '[not-personal] Identifier of the row';

comment on table directory_owner_token is 'One-time owner links; only the hash of the random token is stored. Module: directory';
comment on column directory_owner_token.created_at is '[not-personal] When the row was created';
comment on column directory_owner_token.entry_id is '[not-personal] The entry (directory_entry.id)';
comment on column directory_owner_token.expires_at is '[not-personal] When the link expires';
comment on column directory_owner_token.id is '[not-personal] Identifier of the row';
comment on column directory_owner_token.token_hash is '[not-personal, hashed] SHA-256 of the random token; the token itself is never stored';
comment on column directory_owner_token.used_at is '[not-personal] When it was used';

comment on table directory_proposal is 'Owners'' proposed changes to directory entries, waiting for an officer. Module: directory';
comment on column directory_proposal.decided_at is '[not-personal] When an officer decided';
comment on column directory_proposal.decided_by is '[personal, plain] Username of the officer who decided';
comment on column directory_proposal.details_json is '[not-personal] The whole proposed public details, JSON';
comment on column directory_proposal.entry_id is '[not-personal] The entry (directory_entry.id)';
comment on column directory_proposal.id is '[not-personal] Identifier of the row';
comment on column directory_proposal.owner_note is '[personal, plain] The owner''s note to the officer (free text)';
comment on column directory_proposal.proposed_at is '[not-personal] When';
comment on column directory_proposal.reject_reason is '[not-personal] Why it was rejected';
comment on column directory_proposal.status is '[not-personal] PENDING, APPROVED or REJECTED';

comment on table engagement_champion is 'Hate Crime Reporting Champions: residents who signed up, with consent, to be contacted. Module: engagement';
comment on column engagement_champion.consent_given is '[not-personal] Always true: kept only with consent';
comment on column engagement_champion.contact_preference is '[personal, plain] How the champion wants to be contacted';
comment on column engagement_champion.email is '[personal, encrypted] Champion''s e-mail address, Tink AEAD ciphertext';
comment on column engagement_champion.id is '[not-personal] Identifier of the row';
comment on column engagement_champion.name is '[personal, encrypted] Champion''s name, Tink AEAD ciphertext';
comment on column engagement_champion.phone is '[personal, encrypted] Champion''s phone number, Tink AEAD ciphertext';
comment on column engagement_champion.recorded_at is '[not-personal] When it was recorded';
comment on column engagement_champion.signed_up_on is '[personal, plain] Day the champion signed up';
comment on column engagement_champion.trained_on is '[personal, plain] Day the champion was trained';
comment on column engagement_champion.ward_code is '[personal, plain] The champion''s ward';

comment on table engagement_event is 'Awareness events and information stands: residents engaged and champions signed up. Module: engagement';
comment on column engagement_event.champions_signed_up is '[not-personal] Champions signed up (a count)';
comment on column engagement_event.held_on is '[not-personal] Day of the event';
comment on column engagement_event.id is '[not-personal] Identifier of the row';
comment on column engagement_event.kind is '[not-personal] EVENT or STAND';
comment on column engagement_event.name is '[not-personal] Name of the event';
comment on column engagement_event.organisations_present is '[not-personal] Organisations present';
comment on column engagement_event.recorded_at is '[not-personal] When it was recorded';
comment on column engagement_event.residents_engaged is '[not-personal] Residents engaged (a count)';
comment on column engagement_event.venue is '[not-personal] Where it was held';
comment on column engagement_event.ward_code is '[not-personal] Ward it was held in';

comment on table engagement_hub_session is 'Community Safety Hub sessions: contacts made and issues raised per session; counts only. Module: engagement';
comment on column engagement_hub_session.contacts_made is '[not-personal] People who came or were spoken to (a count)';
comment on column engagement_hub_session.held_on is '[not-personal] Day of the session';
comment on column engagement_hub_session.hub_entry_id is '[not-personal] The hub''s directory entry (directory_entry.id, not a foreign key)';
comment on column engagement_hub_session.hub_name is '[not-personal] The hub''s name in the directory when the session was recorded';
comment on column engagement_hub_session.id is '[not-personal] Identifier of the row';
comment on column engagement_hub_session.issues_raised is '[not-personal] Problems raised (a count)';
comment on column engagement_hub_session.recorded_at is '[not-personal] When it was recorded';
comment on column engagement_hub_session.reports_taken is '[not-personal] Reports taken (a count)';
comment on column engagement_hub_session.ward_code is '[not-personal] The hub''s ward';

comment on table engagement_training_attendee is 'People named as attending a training session, with their consent (optional). Module: engagement';
comment on column engagement_training_attendee.consent_given is '[not-personal] Always true: a name is kept only with consent';
comment on column engagement_training_attendee.id is '[not-personal] Identifier of the row';
comment on column engagement_training_attendee.name is '[personal, encrypted] Attendee''s name, Tink AEAD ciphertext';
comment on column engagement_training_attendee.recorded_at is '[not-personal] When it was recorded';
comment on column engagement_training_attendee.session_id is '[not-personal] The session (engagement_training_session.id)';

comment on table engagement_training_audience is 'Organisations whose staff attended a staff session, with the number of attendees. Module: engagement';
comment on column engagement_training_audience.attendees is '[not-personal] Staff who attended';
comment on column engagement_training_audience.organisation_id is '[not-personal] The organisation';
comment on column engagement_training_audience.session_id is '[not-personal] The session (engagement_training_session.id)';

comment on table engagement_training_session is 'Training delivered: staff sessions (by organisation) and residents'' workshops (residents counted). Module: engagement';
comment on column engagement_training_session.audience is '[not-personal] STAFF or RESIDENTS';
comment on column engagement_training_session.confidence_after is '[not-personal] The same share after the session';
comment on column engagement_training_session.confidence_before is '[not-personal] Share (%) of attendees confident to recognise and report hate crime before the session';
comment on column engagement_training_session.held_on is '[not-personal] Day of the session';
comment on column engagement_training_session.id is '[not-personal] Identifier of the row';
comment on column engagement_training_session.recorded_at is '[not-personal] When it was recorded';
comment on column engagement_training_session.residents is '[not-personal] Residents who attended a workshop';
comment on column engagement_training_session.topic_code is '[not-personal] The topic (engagement_training_topic.code)';
comment on column engagement_training_session.trainer is '[personal, plain] Name of the trainer (a professional)';
comment on column engagement_training_session.ward_code is '[not-personal] Ward it was held in';

comment on table engagement_training_topic is 'Managed list of training topics; counts_for_centres: a session for a reporting centre''s staff is its training record. Module: engagement';
comment on column engagement_training_topic.active is '[not-personal] False when retired';
comment on column engagement_training_topic.code is '[not-personal] Stable code';
comment on column engagement_training_topic.counts_for_centres is '[not-personal] Whether it is a reporting centre''s hate crime awareness training';
comment on column engagement_training_topic.display_order is '[not-personal] Position in lists';
comment on column engagement_training_topic.name is '[not-personal] Name shown';

comment on table engagement_walk_category is 'Managed list of Ward Walk issue categories. Module: engagement';
comment on column engagement_walk_category.active is '[not-personal] False when retired';
comment on column engagement_walk_category.code is '[not-personal] Stable code';
comment on column engagement_walk_category.display_order is '[not-personal] Position in lists';
comment on column engagement_walk_category.name is '[not-personal] Name shown';

comment on table engagement_walk_issue is 'Issues raised for a Ward Walk, in advance by a resident or on the walk, assigned to a service and closed with a public outcome. Module: engagement';
comment on column engagement_walk_issue.category_code is '[not-personal] The category (engagement_walk_category.code)';
comment on column engagement_walk_issue.closed_on is '[not-personal] Day it was closed';
comment on column engagement_walk_issue.description is '[personal, encrypted] The issue in the resident''s words (may name or locate people), Tink AEAD ciphertext; never shown publicly';
comment on column engagement_walk_issue.due_on is '[not-personal] Due date';
comment on column engagement_walk_issue.id is '[not-personal] Identifier of the row';
comment on column engagement_walk_issue.outcome is '[not-personal] What was done, written for the walk''s public page (no personal data)';
comment on column engagement_walk_issue.raised_by is '[not-personal] RESIDENT (in advance) or WALK (on the walk)';
comment on column engagement_walk_issue.raised_on is '[not-personal] Day it was raised';
comment on column engagement_walk_issue.service is '[not-personal] Service it was assigned to';
comment on column engagement_walk_issue.version is '[not-personal] Optimistic locking version';
comment on column engagement_walk_issue.walk_id is '[not-personal] The walk (engagement_ward_walk.id)';

comment on table engagement_ward_walk is 'Ward Walks: two per ward per year by default; services lists who attended. Module: engagement';
comment on column engagement_ward_walk.created_at is '[not-personal] When it was scheduled';
comment on column engagement_ward_walk.held is '[not-personal] Whether the walk was held';
comment on column engagement_ward_walk.id is '[not-personal] Identifier of the row';
comment on column engagement_ward_walk.meeting_point is '[not-personal] Where the walk meets; empty while still to be arranged';
comment on column engagement_ward_walk.services is '[not-personal] Services that attended';
comment on column engagement_ward_walk.walk_on is '[not-personal] Day of the walk';
comment on column engagement_ward_walk.ward_code is '[not-personal] The ward walked';

comment on table borough is 'London boroughs (local authorities) with their boundaries, from the London Datastore boundary file (reference data). Module: geography';
comment on column borough.boundary_geojson is '[not-personal] Borough boundary as a GeoJSON Polygon or MultiPolygon geometry (WGS84)';
comment on column borough.code is '[not-personal] ONS GSS code of the local authority, e.g. E09000003 Barnet';
comment on column borough.name is '[not-personal] Name of the borough';

comment on table borough_population is 'ONS mid-year population estimates per borough, for rates per 1,000 population. Module: geography';
comment on column borough_population.borough_code is '[not-personal] The borough (borough.code)';
comment on column borough_population.mid_year is '[not-personal] Year of the mid-year (30 June) estimate';
comment on column borough_population.population is '[not-personal] Estimated resident population';

comment on table lsoa is 'Lower layer super output areas 2021 of London with their best-fit electoral ward and borough (reference data). Module: geography';
comment on column lsoa.borough_code is '[not-personal] ONS GSS code of the local authority';
comment on column lsoa.borough_name is '[not-personal] Name of the local authority';
comment on column lsoa.centroid_lat is '[not-personal] Latitude of the LSOA area centroid (WGS84)';
comment on column lsoa.centroid_lon is '[not-personal] Longitude of the LSOA area centroid (WGS84)';
comment on column lsoa.code is '[not-personal] ONS LSOA 2021 code, as used by police.uk street-level crime';
comment on column lsoa.name is '[not-personal] Name of the LSOA';
comment on column lsoa.ward_code is '[not-personal] ONS code of the electoral ward the LSOA best fits';
comment on column lsoa.ward_name is '[not-personal] Name of that ward';

comment on table ward is 'Electoral wards of the borough, from the boundary file (reference data). Module: geography';
comment on column ward.borough_code is '[not-personal] ONS GSS code of the borough';
comment on column ward.borough_name is '[not-personal] Name of the borough';
comment on column ward.boundary_geojson is '[not-personal] Ward boundary as a GeoJSON Polygon or MultiPolygon geometry (WGS84)';
comment on column ward.code is '[not-personal] ONS code of the ward';
comment on column ward.name is '[not-personal] Name of the ward';

comment on table hate_crime_count is 'Recorded hate crime offences per borough, strand and month (Source: Metropolitan Police Service via London Datastore, OGL v3.0). Module: imports';
comment on column hate_crime_count.borough_code is '[not-personal] Borough GSS code, matched by name';
comment on column hate_crime_count.borough_name is '[not-personal] Borough as the file names it';
comment on column hate_crime_count.crime_month is '[not-personal] First day of the month';
comment on column hate_crime_count.import_id is '[not-personal] The police_import that stored the count';
comment on column hate_crime_count.offences is '[not-personal] Number of offences recorded';
comment on column hate_crime_count.source is '[not-personal] Which configured layout the counts came from, e.g. mps';
comment on column hate_crime_count.strand is '[not-personal] Hate crime strand as the file names it (a count, about no one)';

comment on table hate_crime_count_held is 'Counts of a hate crime file held for an analyst to confirm (police_import status HELD). Module: imports';
comment on column hate_crime_count_held.borough_code is '[not-personal] Borough GSS code, matched by name';
comment on column hate_crime_count_held.borough_name is '[not-personal] Borough as the file names it';
comment on column hate_crime_count_held.crime_month is '[not-personal] First day of the month';
comment on column hate_crime_count_held.import_id is '[not-personal] The police_import that stored the count';
comment on column hate_crime_count_held.offences is '[not-personal] Number of offences recorded';
comment on column hate_crime_count_held.source is '[not-personal] Which configured layout the counts came from, e.g. mps';
comment on column hate_crime_count_held.strand is '[not-personal] Hate crime strand as the file names it (a count, about no one)';

comment on table hate_crime_count_replaced is 'Counts a replacement took out of hate_crime_count, kept so it can be undone until an analyst discards them. Module: imports';
comment on column hate_crime_count_replaced.borough_code is '[not-personal] Borough GSS code, matched by name';
comment on column hate_crime_count_replaced.borough_name is '[not-personal] Borough as the file names it';
comment on column hate_crime_count_replaced.crime_month is '[not-personal] First day of the month';
comment on column hate_crime_count_replaced.import_id is '[not-personal] The police_import that stored the count';
comment on column hate_crime_count_replaced.offences is '[not-personal] Number of offences recorded';
comment on column hate_crime_count_replaced.replaced_by is '[not-personal] The police_import that replaced them';
comment on column hate_crime_count_replaced.source is '[not-personal] Which configured layout the counts came from, e.g. mps';
comment on column hate_crime_count_replaced.strand is '[not-personal] Hate crime strand as the file names it (a count, about no one)';

comment on table police_import is 'One row per imported file of public police data (police.uk street-level crime, MPS hate crime counts). Module: imports';
comment on column police_import.file_name is '[not-personal] Name of the file as uploaded or given on the command line';
comment on column police_import.finished_at is '[not-personal] When the import finished';
comment on column police_import.force_code is '[not-personal] Police force as a lower-case hyphenated code';
comment on column police_import.force_name is '[not-personal] Police force as the file names it';
comment on column police_import.id is '[not-personal] Identifier of the row';
comment on column police_import.import_month is '[not-personal] First day of the month a police.uk file covers';
comment on column police_import.kind is '[not-personal] What the file holds: POLICE_UK_STREET or HATE_CRIME_COUNTS';
comment on column police_import.message is '[not-personal] Why a whole file failed, if it did';
comment on column police_import.rows_before is '[not-personal] Rows held for the same force and month before this import';
comment on column police_import.rows_imported is '[not-personal] Rows that passed validation and were stored';
comment on column police_import.rows_read is '[not-personal] Data rows read from the file';
comment on column police_import.rows_rejected is '[not-personal] Rows rejected, each with its reason in police_import_rejection';
comment on column police_import.sha256 is '[not-personal] SHA-256 of the file, so the same file is never imported twice';
comment on column police_import.started_at is '[not-personal] When the import started';
comment on column police_import.started_by is '[personal, reference] Staff user who uploaded the file (staff_user.id); empty for the command line';
comment on column police_import.status is '[not-personal] QUEUED, RUNNING, COMPLETED, FAILED, HELD, DISCARDED, UNDONE or REPLACED';

comment on table police_import_rejection is 'Rows an import rejected, with the reason, for the downloadable report (public data, no personal data). Module: imports';
comment on column police_import_rejection.import_id is '[not-personal] The import (police_import.id)';
comment on column police_import_rejection.reason_args is '[not-personal] Arguments of the reason message';
comment on column police_import_rejection.reason_code is '[not-personal] Message key of the reason';
comment on column police_import_rejection.row_no is '[not-personal] Data row number in the file (1 = first row after the header)';
comment on column police_import_rejection.row_text is '[not-personal] The rejected row as read, truncated to 2,000 characters';

comment on table street_crime is 'police.uk street-level crime and anti-social behaviour, one row per row of the monthly file (Source: data.police.uk, OGL v3.0; anonymised by the police). Module: imports';
comment on column street_crime.borough_code is '[not-personal] Borough GSS code of the point';
comment on column street_crime.crime_id is '[not-personal] police.uk Crime ID; empty for anti-social behaviour';
comment on column street_crime.crime_month is '[not-personal] First day of the month of the crime';
comment on column street_crime.crime_type is '[not-personal] police.uk crime category, e.g. Burglary';
comment on column street_crime.force_code is '[not-personal] Police force that reported it';
comment on column street_crime.import_id is '[not-personal] The police_import that stored the row';
comment on column street_crime.latitude is '[not-personal] Anonymised map point, WGS84';
comment on column street_crime.longitude is '[not-personal] Anonymised map point (snapped by police.uk to one of a set of points), WGS84';
comment on column street_crime.lsoa_code is '[not-personal] ONS LSOA code the point lies in';
comment on column street_crime.outcome is '[not-personal] Last outcome category at the time of the file';
comment on column street_crime.row_no is '[not-personal] Data row number in the imported file; with force and month the key';
comment on column street_crime.ward_code is '[not-personal] Electoral ward of the point';

comment on table street_crime_coverage is 'What each month of street_crime holds, by force, import, crime type and borough. Module: imports';
comment on column street_crime_coverage.borough_code is '[not-personal] Borough GSS code, or empty for rows without a borough';
comment on column street_crime_coverage.crime_month is '[not-personal] First day of the month';
comment on column street_crime_coverage.crime_type is '[not-personal] police.uk crime category';
comment on column street_crime_coverage.force_code is '[not-personal] Police force';
comment on column street_crime_coverage.import_id is '[not-personal] The police_import holding the rows';
comment on column street_crime_coverage.row_count is '[not-personal] Rows of street_crime for that month, force, import, crime type and borough';

comment on table street_crime_held is 'Rows of a police.uk file held for an analyst to confirm (police_import status HELD; same columns as street_crime). Module: imports';
comment on column street_crime_held.borough_code is '[not-personal] Borough GSS code of the point';
comment on column street_crime_held.crime_id is '[not-personal] police.uk Crime ID; empty for anti-social behaviour';
comment on column street_crime_held.crime_month is '[not-personal] First day of the month of the crime';
comment on column street_crime_held.crime_type is '[not-personal] police.uk crime category, e.g. Burglary';
comment on column street_crime_held.force_code is '[not-personal] Police force that reported it';
comment on column street_crime_held.import_id is '[not-personal] The police_import that stored the row';
comment on column street_crime_held.latitude is '[not-personal] Anonymised map point, WGS84';
comment on column street_crime_held.longitude is '[not-personal] Anonymised map point (snapped by police.uk to one of a set of points), WGS84';
comment on column street_crime_held.lsoa_code is '[not-personal] ONS LSOA code the point lies in';
comment on column street_crime_held.outcome is '[not-personal] Last outcome category at the time of the file';
comment on column street_crime_held.row_no is '[not-personal] Data row number in the imported file; with force and month the key';
comment on column street_crime_held.ward_code is '[not-personal] Electoral ward of the point';

comment on table street_crime_replaced is 'Rows a replacement took out of street_crime, kept so it can be undone until an analyst discards them (same columns as street_crime). Module: imports';
comment on column street_crime_replaced.borough_code is '[not-personal] Borough GSS code of the point';
comment on column street_crime_replaced.crime_id is '[not-personal] police.uk Crime ID; empty for anti-social behaviour';
comment on column street_crime_replaced.crime_month is '[not-personal] First day of the month of the crime';
comment on column street_crime_replaced.crime_type is '[not-personal] police.uk crime category, e.g. Burglary';
comment on column street_crime_replaced.force_code is '[not-personal] Police force that reported it';
comment on column street_crime_replaced.import_id is '[not-personal] The police_import that stored the row';
comment on column street_crime_replaced.latitude is '[not-personal] Anonymised map point, WGS84';
comment on column street_crime_replaced.longitude is '[not-personal] Anonymised map point (snapped by police.uk to one of a set of points), WGS84';
comment on column street_crime_replaced.lsoa_code is '[not-personal] ONS LSOA code the point lies in';
comment on column street_crime_replaced.outcome is '[not-personal] Last outcome category at the time of the file';
comment on column street_crime_replaced.replaced_by is '[not-personal] The police_import that replaced them';
comment on column street_crime_replaced.row_no is '[not-personal] Data row number in the imported file; with force and month the key';
comment on column street_crime_replaced.ward_code is '[not-personal] Electoral ward of the point';

comment on table indicator is 'Performance indicators of the community safety strategy (reference data; no personal data). Module: performance';
comment on column indicator.code is '[not-personal] Stable lowercase identifier, used in addresses';
comment on column indicator.denominator_filter is '[not-personal] For a percentage indicator, the measure it is a share of';
comment on column indicator.description is '[not-personal] What the indicator counts';
comment on column indicator.display_order is '[not-personal] Position in lists';
comment on column indicator.geography is '[not-personal] Finest level kept: BOROUGH or WARD';
comment on column indicator.name is '[not-personal] Name of the indicator';
comment on column indicator.polarity is '[not-personal] Which way is better: UP_IS_GOOD, DOWN_IS_GOOD or NEUTRAL';
comment on column indicator.priority is '[not-personal] Strategy priority, P1 to P5';
comment on column indicator.source is '[not-personal] The source of the counts, as a module provides it (IndicatorCounts)';
comment on column indicator.source_filter is '[not-personal] The measure counted (numerator)';
comment on column indicator.target_baseline_year is '[not-personal] Year the target is measured from';
comment on column indicator.target_date is '[not-personal] Date the target is due';
comment on column indicator.target_percent is '[not-personal] Target change in per cent';

comment on table indicator_commentary is 'Analysts'' commentary per indicator, area and period; published rows are never changed. Module: performance';
comment on column indicator_commentary.area_code is '[not-personal] ONS code of the area';
comment on column indicator_commentary.author_name is '[personal, plain] Display name of the analyst who wrote it';
comment on column indicator_commentary.author_user_id is '[personal, reference] Analyst who wrote it (staff_user.id)';
comment on column indicator_commentary.body is '[not-personal] The commentary text (about figures, not about people)';
comment on column indicator_commentary.id is '[not-personal] Identifier of the row';
comment on column indicator_commentary.indicator_code is '[not-personal] The indicator (indicator.code)';
comment on column indicator_commentary.period_end is '[not-personal] Last day of the period';
comment on column indicator_commentary.status is '[not-personal] DRAFT or PUBLISHED';
comment on column indicator_commentary.written_at is '[not-personal] When it was written';

comment on table indicator_coverage is 'Months each indicator has data for, by area (no row: no data, never zero). Module: performance';
comment on column indicator_coverage.area_code is '[not-personal] ONS code of the area';
comment on column indicator_coverage.covered is '[not-personal] False when the source holds the month but not for this indicator';
comment on column indicator_coverage.held_types is '[not-personal] What a police file for the month holds instead';
comment on column indicator_coverage.indicator_code is '[not-personal] The indicator (indicator.code)';
comment on column indicator_coverage.month_start is '[not-personal] First day of the month';

comment on table indicator_month is 'Monthly counts per indicator, area and strand (ALL = total), derived from imports and reports; aggregates only. Module: performance';
comment on column indicator_month.area_code is '[not-personal] ONS code of the area';
comment on column indicator_month.area_type is '[not-personal] BOROUGH or WARD';
comment on column indicator_month.base_count is '[not-personal] Denominator of a percentage indicator';
comment on column indicator_month.event_count is '[not-personal] Number of crimes, incidents or reports (the numerator)';
comment on column indicator_month.indicator_code is '[not-personal] The indicator (indicator.code)';
comment on column indicator_month.month_start is '[not-personal] First day of the month';
comment on column indicator_month.strand is '[not-personal] Strand of the count, or ALL (a count, about no one)';

comment on table indicator_refresh is 'When each source''s aggregates were last refreshed, and its change mark. Module: performance';
comment on column indicator_refresh.refreshed_at is '[not-personal] When it was last refreshed';
comment on column indicator_refresh.source is '[not-personal] The indicator source';
comment on column indicator_refresh.watermark is '[not-personal] The source''s change mark at that refresh';

comment on table indicator_week is 'Weekly counts (weeks from Monday) of the product''s own reports, for the early warning; aggregates only. Module: performance';
comment on column indicator_week.area_code is '[not-personal] ONS code of the area';
comment on column indicator_week.area_type is '[not-personal] BOROUGH or WARD';
comment on column indicator_week.event_count is '[not-personal] Number of reports';
comment on column indicator_week.indicator_code is '[not-personal] The indicator (indicator.code)';
comment on column indicator_week.strand is '[not-personal] Strand of the count, or ALL';
comment on column indicator_week.week_start is '[not-personal] Monday of the week';

comment on table open_data_release is 'Open data releases: each complete month published once after a lag, frozen. Module: performance';
comment on column open_data_release.published_on is '[not-personal] When it was published';
comment on column open_data_release.release_month is '[not-personal] The month released';

comment on table open_data_table is 'One indicator table of an open data release, suppressed, as the CSV published. Module: performance';
comment on column open_data_table.area_type is '[not-personal] BOROUGH or WARD';
comment on column open_data_table.csv_text is '[not-personal] The published CSV, small numbers suppressed';
comment on column open_data_table.indicator_code is '[not-personal] The indicator';
comment on column open_data_table.period_end is '[not-personal] Last month of the table';
comment on column open_data_table.release_month is '[not-personal] The release (open_data_release.release_month)';

comment on table plan_action is 'Actions of a priority: lead organisation and officer, deadline, output measures and RAG status. Module: plans';
comment on column plan_action.deadline is '[not-personal] Deadline';
comment on column plan_action.id is '[not-personal] Identifier of the row';
comment on column plan_action.indicator_codes is '[not-personal] Indicators that measure it';
comment on column plan_action.lead_organisation_id is '[not-personal] Lead organisation';
comment on column plan_action.lead_user_id is '[personal, reference] Lead officer (staff_user.id)';
comment on column plan_action.output_measures is '[not-personal] How progress is measured';
comment on column plan_action.priority_id is '[not-personal] The priority (plan_priority.id)';
comment on column plan_action.rag is '[not-personal] RED, AMBER, GREEN, COMPLETE or NOT_STARTED; null: no update yet';
comment on column plan_action.rag_reason is '[not-personal] Why that status';
comment on column plan_action.reference is '[not-personal] Action reference in the plan';
comment on column plan_action.what is '[not-personal] What is to be done (about the partnership''s work)';

comment on table plan_board is 'Governance boards of the partnership. Module: plans';
comment on column plan_board.id is '[not-personal] Identifier of the row';
comment on column plan_board.name is '[not-personal] Name of the board';

comment on table plan_board_meeting is 'Meeting dates of a board. Module: plans';
comment on column plan_board_meeting.board_id is '[not-personal] The board (plan_board.id)';
comment on column plan_board_meeting.id is '[not-personal] Identifier of the row';
comment on column plan_board_meeting.meets_on is '[not-personal] Day of the meeting';

comment on table plan_board_member is 'Organisations that sit on a board. Module: plans';
comment on column plan_board_member.board_id is '[not-personal] The board (plan_board.id)';
comment on column plan_board_member.organisation_id is '[not-personal] The organisation';

comment on table plan_digest_sent is 'One row per meeting and lead once their update digest is queued. Module: plans';
comment on column plan_digest_sent.lead_user_id is '[personal, reference] The lead officer the digest went to (staff_user.id)';
comment on column plan_digest_sent.meeting_id is '[not-personal] The meeting (plan_board_meeting.id)';
comment on column plan_digest_sent.sent_at is '[not-personal] When it was queued';

comment on table plan_priority is 'Priorities of a strategy, with the outcomes sought. Module: plans';
comment on column plan_priority.id is '[not-personal] Identifier of the row';
comment on column plan_priority.number is '[not-personal] Priority number';
comment on column plan_priority.outcomes is '[not-personal] Outcomes sought';
comment on column plan_priority.strategy_id is '[not-personal] The strategy (plan_strategy.id)';
comment on column plan_priority.title is '[not-personal] Title';

comment on table plan_strategy is 'Community safety strategies whose action plans are tracked. Module: plans';
comment on column plan_strategy.created_at is '[not-personal] When it was recorded';
comment on column plan_strategy.id is '[not-personal] Identifier of the row';
comment on column plan_strategy.name is '[not-personal] Name of the strategy';
comment on column plan_strategy.owner_organisation_id is '[not-personal] Organisation that owns it';
comment on column plan_strategy.period_from is '[not-personal] First day of its period';
comment on column plan_strategy.period_to is '[not-personal] Last day of its period';
comment on column plan_strategy.source is '[not-personal] Where the strategy is published';

comment on table plan_update is 'Dated progress updates on a plan action. Module: plans';
comment on column plan_update.action_id is '[not-personal] The action (plan_action.id)';
comment on column plan_update.author_name is '[personal, plain] Display name of that colleague when they wrote it';
comment on column plan_update.author_user_id is '[personal, reference] Colleague who wrote it (staff_user.id)';
comment on column plan_update.id is '[not-personal] Identifier of the row';
comment on column plan_update.rag_after is '[not-personal] RAG status after the update';
comment on column plan_update.reason is '[not-personal] Why that status';
comment on column plan_update.text is '[not-personal] The update (about the partnership''s work)';
comment on column plan_update.written_at is '[not-personal] When';
