-- The data map (issue 18, DPIA): every table and column classified, read back by DataMapTests, which writes
-- doc/data-map.md from these comments. A column comment starts with [classification, protection]:
-- classification personal, special (UK GDPR art. 9 and 10) or not-personal; protection encrypted (Tink AEAD),
-- blind-index (keyed HMAC to find by value), hashed, reference (an id of a person or staff account) or plain.
-- A table comment ends with its owning module (TableOwnershipTests). Modules here: reporting, people, feedback.

comment on table hate_report is 'Hate crime and hate incident reports (public, assisted and paper); an anonymous report leaves every identity column empty. Module: reporting';
comment on column hate_report.anonymous is '[not-personal] True when the reporter gave no identity';
comment on column hate_report.centre_organisation_id is '[not-personal] Reporting centre that took it, if any';
comment on column hate_report.channel is '[not-personal] How it came in: ONLINE, PHONE, IN_PERSON, HUB or PAPER';
comment on column hate_report.classification is '[not-personal] HATE_CRIME or NON_CRIME_HATE_INCIDENT, once an officer classified it';
comment on column hate_report.contact_methods is '[personal, plain] Codes of how the reporter may be contacted';
comment on column hate_report.contact_times is '[personal, encrypted] When it is safe to contact the reporter, Tink AEAD ciphertext';
comment on column hate_report.duplicate_of_id is '[not-personal] The report this one duplicates (hate_report.id)';
comment on column hate_report.duplicate_reason is '[personal, plain] Why an officer marked it a duplicate (free text)';
comment on column hate_report.emergency is '[not-personal] Whether the reporter said it is happening now';
comment on column hate_report.emergency_call_made is '[not-personal] Whether the reporter said they had called 999';
comment on column hate_report.emergency_called_at is '[not-personal] When the emergency answer was given';
comment on column hate_report.happened_before is '[not-personal] Whether it happened before: YES, NO or NOT_SURE';
comment on column hate_report.id is '[not-personal] Identifier of the row';
comment on column hate_report.identity_to_police is '[not-personal] Whether the police may see the reporter''s name and contact details';
comment on column hate_report.location_description is '[personal, encrypted] Where it happened (may be a home address), Tink AEAD ciphertext';
comment on column hate_report.map_point is '[personal, encrypted] Point chosen on the map, "latitude,longitude" (may be a home), Tink AEAD ciphertext';
comment on column hate_report.nchi_justification is '[personal, encrypted] Why the subject''s data of a non-crime hate incident is kept (2023 code of practice), Tink AEAD ciphertext';
comment on column hate_report.nchi_keep_personal_data is '[not-personal] For a non-crime hate incident: whether the subject''s personal data is kept';
comment on column hate_report.not_reporting_detail is '[personal, encrypted] Why the reporter did not want the police involved, in their words, Tink AEAD ciphertext';
comment on column hate_report.not_reporting_reasons is '[personal, plain] Codes of why the reporter did not want the police involved (e.g. FEAR_OF_REPRISAL, WORRIED_ABOUT_IMMIGRATION_STATUS)';
comment on column hate_report.occurred_description is '[personal, encrypted] When it happened, in the reporter''s words, Tink AEAD ciphertext';
comment on column hate_report.occurred_on is '[personal, plain] Day it happened, if given';
comment on column hate_report.police_consent is '[not-personal] Whether the reporter agreed to share with the police (history in report_consent_event)';
comment on column hate_report.police_informed_by_phone_at is '[not-personal] When the police were told by phone';
comment on column hate_report.police_reference is '[personal, plain] The police''s crime or incident reference for it';
comment on column hate_report.reference is '[not-personal] Human-friendly reference given to the reporter, e.g. HC-7K3Q-9P';
comment on column hate_report.reporter_email is '[personal, encrypted] Reporter''s e-mail address, Tink AEAD ciphertext; empty when anonymous';
comment on column hate_report.reporter_name is '[personal, encrypted] Reporter''s name, Tink AEAD ciphertext; empty when anonymous';
comment on column hate_report.reporter_phone is '[personal, encrypted] Reporter''s phone number, Tink AEAD ciphertext; empty when anonymous';
comment on column hate_report.reporter_role is '[personal, plain] VICTIM, WITNESS, FOR_ANOTHER_PERSON or FOR_ORGANISATION';
comment on column hate_report.safe_to_contact is '[personal, plain] Whether it is safe to contact the reporter';
comment on column hate_report.secret_hash is '[personal, hashed] Argon2 hash of the reporter''s secret words; the words themselves are never stored';
comment on column hate_report.shared_with_police_at is '[not-personal] When it was shared with the police';
comment on column hate_report.signposting_shown is '[not-personal] Codes of the support services shown to the reporter';
comment on column hate_report.status is '[not-personal] RECEIVED, TRIAGED, SHARED_WITH_POLICE or CLOSED';
comment on column hate_report.strand_not_sure is '[not-personal] True when the reporter was not sure of the strand';
comment on column hate_report.strand_subtypes is '[special, plain] Codes refining the perceived hostility strands, separated by commas';
comment on column hate_report.submitted_at is '[not-personal] When it was sent';
comment on column hate_report.support_feedback is '[personal, plain] The reporter''s answer on the support received: HELPED, HELPED_A_LITTLE, DID_NOT_HELP or NOT_CONTACTED';
comment on column hate_report.support_kinds is '[personal, plain] Codes of the support wanted: EMOTIONAL, PRACTICAL, ADVOCACY, SAFETY_AND_HOUSING, LEGAL or OTHER';
comment on column hate_report.support_wanted is '[personal, plain] Whether the reporter wants support';
comment on column hate_report.taken_by_user_id is '[personal, reference] Staff user who entered it for the reporter (staff_user.id)';
comment on column hate_report.ward_code is '[not-personal] Ward it happened in (ward.code)';
comment on column hate_report.what_happened is '[special, encrypted] The account in the reporter''s words (crime details, may reveal protected characteristics), Tink AEAD ciphertext';
comment on column hate_report.when_kind is '[not-personal] EXACT, APPROXIMATE or ONGOING';

comment on table hate_report_incident_type is 'Kinds of incident in a report. Module: reporting';
comment on column hate_report_incident_type.incident_type is '[personal, plain] Kind of incident, e.g. VERBAL_ABUSE or PHYSICAL_ASSAULT';
comment on column hate_report_incident_type.report_id is '[not-personal] The report (hate_report.id)';

comment on table hate_report_strand is 'Perceived hostility strands of a report (race, religion, sexual orientation, disability, transgender identity, ...). Module: reporting';
comment on column hate_report_strand.report_id is '[not-personal] The report (hate_report.id)';
comment on column hate_report_strand.strand is '[special, plain] Strand code; it reveals the protected characteristic the hostility was aimed at';

comment on table rate_limit_bucket is 'Bucket4j token buckets of the public rate limits, shared by all instances. Module: reporting';
comment on column rate_limit_bucket.expires_at is '[not-personal] Epoch milliseconds after which the bucket is full again and the row may be deleted';
comment on column rate_limit_bucket.id is '[personal, hashed] The limit and a keyed hash (HMAC) of the client address; the address itself is never stored';
comment on column rate_limit_bucket.state is '[not-personal] Bucket4j''s serialised bucket state (tokens left, last refill)';

comment on table report_case_link is 'Cases opened from or linked to each report, by case id and reference; no personal data. Module: reporting';
comment on column report_case_link.case_id is '[not-personal] The cases module''s case id';
comment on column report_case_link.case_reference is '[not-personal] The case''s reference';
comment on column report_case_link.linked_at is '[not-personal] When';
comment on column report_case_link.opened_from is '[not-personal] True when the case was opened from this report';
comment on column report_case_link.report_id is '[not-personal] The report (hate_report.id)';

comment on table report_consent_event is 'Consent decisions as made, with the wording shown at the time. Module: reporting';
comment on column report_consent_event.id is '[not-personal] Identifier of the row';
comment on column report_consent_event.kind is '[not-personal] GIVEN, DECLINED, WITHDRAWN or OVERRIDDEN';
comment on column report_consent_event.recorded_at is '[not-personal] When it was recorded';
comment on column report_consent_event.recorded_by is '[personal, reference] Who recorded it: reporter, or staff: and the staff user''s id';
comment on column report_consent_event.report_id is '[not-personal] The report (hate_report.id)';
comment on column report_consent_event.subject is '[not-personal] What was consented to: POLICE_SHARING or IDENTITY_TO_POLICE';
comment on column report_consent_event.wording_shown is '[personal, plain] The exact wording the reporter was shown; for a police-sharing override, the officer''s reason in their words';

comment on table report_draft is 'The public report''s answers while someone is still answering; deleted when sent or an hour after the last page. Module: reporting';
comment on column report_draft.answers is '[special, encrypted] The answers so far, Tink AEAD ciphertext bound to the row';
comment on column report_draft.expires_at is '[not-personal] When the draft is deleted';
comment on column report_draft.id is '[not-personal, hashed] Keyed hash of the journey cookie, never the cookie itself';

comment on table report_evidence is 'Photos and PDFs attached to reports, metadata removed, PDFs rebuilt from page images. Module: reporting';
comment on column report_evidence.content is '[special, encrypted] File content, Tink AEAD ciphertext';
comment on column report_evidence.content_type is '[not-personal] Type read from the content (JPG, PNG or PDF)';
comment on column report_evidence.file_name is '[personal, encrypted] Original file name, Tink AEAD ciphertext';
comment on column report_evidence.id is '[not-personal] Identifier of the row';
comment on column report_evidence.report_id is '[not-personal] The report (hate_report.id); null until the report is sent';
comment on column report_evidence.scan_status is '[not-personal] Malware scan: NOT_SCANNED, CLEAN or INFECTED (quarantined, never downloaded)';
comment on column report_evidence.scanned_at is '[not-personal] When the file was last scanned for malware';
comment on column report_evidence.size_bytes is '[not-personal] Size of the file';
comment on column report_evidence.threat_name is '[not-personal] Name of the malware the scanner found';
comment on column report_evidence.upload_token is '[not-personal] Random token of the unsent report the upload belongs to';
comment on column report_evidence.uploaded_at is '[not-personal] When it was uploaded';

comment on table report_update is 'Information the reporter added later. Module: reporting';
comment on column report_update.added_at is '[not-personal] When it was added';
comment on column report_update.added_by is '[not-personal] Who added it: reporter';
comment on column report_update.id is '[not-personal] Identifier of the row';
comment on column report_update.report_id is '[not-personal] The report (hate_report.id)';
comment on column report_update.text is '[special, encrypted] What was added, Tink AEAD ciphertext';

comment on table person is 'People the partnership works with (victims, witnesses, alleged perpetrators, others): the one home of their personal data. Module: people';
comment on column person.created_at is '[not-personal] When the record was created';
comment on column person.id is '[personal, reference] Identifier of the person, by which other modules refer to them';
comment on column person.merged_into_id is '[personal, reference] The person this one was merged into (person.id), or null';
comment on column person.sealed_details is '[special, encrypted] Tink AEAD ciphertext of the person''s details as JSON: names, aliases, date of birth, addresses, phone, e-mail, protected characteristics, vulnerability and safe-contact note';
comment on column person.updated_at is '[not-personal] When the record last changed';
comment on column person.version is '[not-personal] Optimistic locking version';

comment on table person_involvement is 'Reports and cases a person took part in, as the module holding them told the people module, for repeat-victim flags. Module: people';
comment on column person_involvement.id is '[not-personal] Identifier of the row';
comment on column person_involvement.module is '[not-personal] Module holding the record, e.g. cases';
comment on column person_involvement.occurred_on is '[personal, plain] When it happened or was reported, for the repeat window';
comment on column person_involvement.person_id is '[personal, reference] The person (person.id)';
comment on column person_involvement.record_id is '[not-personal] The record''s id in that module';
comment on column person_involvement.record_type is '[not-personal] The record''s kind as the audit log names it, e.g. hate_report or case_file';
comment on column person_involvement.recorded_at is '[not-personal] When the involvement was recorded';
comment on column person_involvement.role is '[personal, plain] VICTIM, WITNESS, ALLEGED_PERPETRATOR or OTHER';
comment on column person_involvement.same_occasion is '[not-personal] True for a case opened from reports already recorded: not counted again';

comment on table person_lookup is 'Keyed blind indexes of a person for exact look-ups and match candidates: HMAC digests only, never the value. Module: people';
comment on column person_lookup.digest is '[personal, blind-index] HMAC-SHA256 of the kind and the normalised value';
comment on column person_lookup.kind is '[not-personal] FULL_NAME, ALIAS, FAMILY_NAME_SOUND, GIVEN_NAME_SOUND, PHONE, EMAIL, POSTCODE or DATE_OF_BIRTH';
comment on column person_lookup.person_id is '[personal, reference] The person (person.id)';

comment on table person_merge is 'Merges of two records of the same person, each undoable. Module: people';
comment on column person_merge.id is '[not-personal] Identifier of the row';
comment on column person_merge.kept_id is '[personal, reference] The person kept (person.id)';
comment on column person_merge.merged_at is '[not-personal] When';
comment on column person_merge.merged_away_id is '[personal, reference] The person merged into the kept one (person.id)';
comment on column person_merge.merged_by is '[personal, plain] Username of the officer who merged';
comment on column person_merge.sealed_reason is '[personal, encrypted] Reason the officer gave (it may name the person), Tink AEAD ciphertext';
comment on column person_merge.undone_at is '[not-personal] When the merge was undone';
comment on column person_merge.undone_by is '[personal, plain] Username of the officer who undid the merge';

comment on table feedback_contact is 'Contact standards of a report whose reporter agreed to be contacted: first contact due and made, an agreed visit due and made. Module: feedback';
comment on column feedback_contact.contact_due_on is '[not-personal] Day first contact is due';
comment on column feedback_contact.contacted_on is '[not-personal] Day first contact was made';
comment on column feedback_contact.enhanced_rights is '[special, plain] The victim has enhanced rights under the Victims'' Code (vulnerable or intimidated, persistently targeted, or of the most serious crime)';
comment on column feedback_contact.id is '[not-personal] Identifier of the row';
comment on column feedback_contact.received_on is '[not-personal] Day the report was received';
comment on column feedback_contact.report_id is '[not-personal] The report (reporting module)';
comment on column feedback_contact.report_reference is '[not-personal] The report''s reference';
comment on column feedback_contact.version is '[not-personal] Optimistic locking version';
comment on column feedback_contact.visit_agreed is '[not-personal] Whether a visit was agreed';
comment on column feedback_contact.visit_due_on is '[not-personal] Day the visit is due';
comment on column feedback_contact.visited_on is '[not-personal] Day of the visit';
comment on column feedback_contact.ward_code is '[not-personal] The report''s ward';

comment on table feedback_invitation is 'Victim feedback survey: one invitation per report, at most one sent per case. Module: feedback';
comment on column feedback_invitation.answered_on is '[not-personal] Day it was answered';
comment on column feedback_invitation.case_id is '[not-personal] The case the report is part of, so a case is surveyed once (cases module)';
comment on column feedback_invitation.due_on is '[not-personal] When the invitation is due';
comment on column feedback_invitation.first_contact_on is '[not-personal] Day of the first contact with the reporter';
comment on column feedback_invitation.id is '[not-personal] Identifier of the row';
comment on column feedback_invitation.invited_on is '[not-personal] Day it was sent';
comment on column feedback_invitation.not_sent_reason is '[not-personal] Why no invitation was sent, as a code';
comment on column feedback_invitation.report_id is '[not-personal] The report whose reporter may be surveyed (reporting module)';
comment on column feedback_invitation.route is '[not-personal] EMAIL (a link through the outbox) or FOLLOW_UP (on the reporter''s follow-up page)';
comment on column feedback_invitation.status is '[not-personal] WAITING, INVITED, NOT_SENT or ANSWERED';
comment on column feedback_invitation.token_hash is '[not-personal, hashed] SHA-256 of the one-time survey link''s token; the token itself is never stored';
comment on column feedback_invitation.version is '[not-personal] Optimistic locking version';

comment on table feedback_response is 'A victim''s survey answers (the answers encrypted; channel, ward and strands copied in the clear for the figures). Module: feedback';
comment on column feedback_response.annual_report_quote is '[not-personal] An officer chose the comment for the annual report (only with quote consent)';
comment on column feedback_response.answered_on is '[not-personal] Day it was answered';
comment on column feedback_response.channel is '[not-personal] How the report came (copied from the report)';
comment on column feedback_response.comment is '[personal, encrypted] The person''s own words, Tink AEAD ciphertext';
comment on column feedback_response.id is '[not-personal] Identifier of the row';
comment on column feedback_response.invitation_id is '[not-personal] The invitation (feedback_invitation.id)';
comment on column feedback_response.kept_informed is '[personal, encrypted] Were you kept up to date (YES, PARTLY, NO), Tink AEAD ciphertext';
comment on column feedback_response.listened_to is '[personal, encrypted] Did we listen to you (YES, PARTLY, NO), Tink AEAD ciphertext';
comment on column feedback_response.quote_consent is '[personal, encrypted] Whether the comment may be quoted without a name (YES, NO), Tink AEAD ciphertext';
comment on column feedback_response.report_again is '[personal, encrypted] Would report again (YES, NOT_SURE, NO), Tink AEAD ciphertext';
comment on column feedback_response.strands is '[special, plain] The report''s perceived hostility strands, comma-separated (copied from the report, for the figures)';
comment on column feedback_response.support is '[personal, encrypted] Happy with the support (YES, PARTLY, NO, NO_SUPPORT), Tink AEAD ciphertext';
comment on column feedback_response.themes is '[not-personal] Themes an officer tagged, comma-separated codes';
comment on column feedback_response.ward_code is '[not-personal] The report''s ward (copied from the report)';
