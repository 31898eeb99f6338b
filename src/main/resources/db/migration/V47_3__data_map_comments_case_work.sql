-- The data map (issue 18, DPIA): every table and column classified, read back by DataMapTests, which writes
-- doc/data-map.md from these comments. A column comment starts with [classification, protection]:
-- classification personal, special (UK GDPR art. 9 and 10) or not-personal; protection encrypted (Tink AEAD),
-- blind-index (keyed HMAC to find by value), hashed, reference (an id of a person or staff account) or plain.
-- A table comment ends with its owning module (TableOwnershipTests). Modules here: cases, casereview, enforcement, marac, referrals.

comment on table case_action is 'Actions on a case with an owner organisation (and person), due date and status. Module: cases';
comment on column case_action.case_id is '[not-personal] The case (case_file.id)';
comment on column case_action.close_note is '[personal, encrypted] Note when done, reason when cancelled, Tink AEAD ciphertext';
comment on column case_action.closed_by_user_id is '[personal, reference] Staff user who closed it (staff_user.id)';
comment on column case_action.closed_on is '[not-personal] Day it was done or cancelled';
comment on column case_action.created_at is '[not-personal] When the row was created';
comment on column case_action.created_by_user_id is '[personal, reference] Staff user who added it (staff_user.id)';
comment on column case_action.due_on is '[not-personal] Due date';
comment on column case_action.id is '[not-personal] Identifier of the row';
comment on column case_action.owner_organisation_id is '[not-personal] Organisation that owns the action';
comment on column case_action.owner_user_id is '[personal, reference] Staff user of that organisation who owns it (staff_user.id), or null';
comment on column case_action.status is '[not-personal] OPEN, DONE or CANCELLED';
comment on column case_action.version is '[not-personal] Optimistic locking version';
comment on column case_action.what is '[personal, encrypted] What is to be done, Tink AEAD ciphertext';

comment on table case_document is 'Documents on a case (letters, photos, statements), made safe by the uploads module; the owning organisation is the case''s. Module: cases';
comment on column case_document.case_id is '[not-personal] The case (case_file.id)';
comment on column case_document.content is '[special, encrypted] The file, rebuilt without metadata or active content, Tink AEAD ciphertext';
comment on column case_document.content_type is '[not-personal] Type read from the content (JPG, PNG or PDF), never from the name';
comment on column case_document.description is '[personal, encrypted] What the document is, Tink AEAD ciphertext';
comment on column case_document.file_name is '[personal, encrypted] The file''s name as uploaded, cleaned, Tink AEAD ciphertext';
comment on column case_document.id is '[not-personal] Identifier of the row';
comment on column case_document.scan_status is '[not-personal] NOT_SCANNED (held, not downloadable), CLEAN or INFECTED (quarantined)';
comment on column case_document.scanned_at is '[not-personal] When it was last scanned';
comment on column case_document.size_bytes is '[not-personal] Size of the file';
comment on column case_document.threat_name is '[not-personal] What the malware scanner found, when INFECTED';
comment on column case_document.uploaded_at is '[not-personal] When';
comment on column case_document.uploaded_by_name is '[personal, plain] Display name of who added it';
comment on column case_document.uploaded_by_user_id is '[personal, reference] Staff user who added it (staff_user.id)';

comment on table case_file is 'Cases: type, status, owner, place; personal data only encrypted, parties as person ids. Module: cases';
comment on column case_file.account is '[special, encrypted] What happened (crime or anti-social behaviour details about people), Tink AEAD ciphertext';
comment on column case_file.closed_on is '[not-personal] Day it was closed';
comment on column case_file.closure_reason is '[personal, encrypted] Why the case was closed, in the officer''s words, Tink AEAD ciphertext';
comment on column case_file.id is '[not-personal] Identifier of the row';
comment on column case_file.opened_at is '[not-personal] When it was opened';
comment on column case_file.opened_on is '[not-personal] Day the case was opened';
comment on column case_file.outcome is '[not-personal] Outcome code when closed';
comment on column case_file.owner_name is '[personal, encrypted] Display name of the owner officer when assigned, Tink AEAD ciphertext';
comment on column case_file.owner_user_id is '[personal, reference] Officer owning the case (staff_user.id)';
comment on column case_file.owning_organisation_id is '[not-personal] Organisation owning the case';
comment on column case_file.place_description is '[personal, encrypted] Where it happens (may be a home), Tink AEAD ciphertext';
comment on column case_file.place_key is '[personal, blind-index] Keyed HMAC of the postcode in the place, to count cases at one place';
comment on column case_file.reference is '[not-personal] Case reference C-<year>-<number>';
comment on column case_file.source is '[not-personal] How it was opened, e.g. from a report';
comment on column case_file.status is '[not-personal] OPEN or CLOSED';
comment on column case_file.title is '[not-personal] Short title without personal data (staff are told so on the form)';
comment on column case_file.type_code is '[not-personal] The case type (case_type.code)';
comment on column case_file.version is '[not-personal] Optimistic locking version';
comment on column case_file.ward_code is '[not-personal] Ward of the place';

comment on table case_link is 'Cases linked to each other. Module: cases';
comment on column case_link.case_id is '[not-personal] The case (case_file.id)';
comment on column case_link.linked_at is '[not-personal] When they were linked';
comment on column case_link.linked_case_id is '[not-personal] The linked case (case_file.id)';

comment on table case_party is 'Parties to a case: a person id of the people module and the role. Module: cases';
comment on column case_party.added_at is '[not-personal] When the party was added';
comment on column case_party.case_id is '[not-personal] The case (case_file.id)';
comment on column case_party.id is '[not-personal] Identifier of the row';
comment on column case_party.person_id is '[personal, reference] The person (people module''s person.id)';
comment on column case_party.role is '[personal, plain] VICTIM, WITNESS, ALLEGED_PERPETRATOR or OTHER';

comment on table case_report is 'Reports (reporting module ids) linked to a case. Module: cases';
comment on column case_report.case_id is '[not-personal] The case (case_file.id)';
comment on column case_report.linked_at is '[not-personal] When it was linked';
comment on column case_report.occasion_on is '[not-personal] When it happened (else was received): the date it counts as an occasion for repeat victims';
comment on column case_report.report_id is '[not-personal] The report (reporting module''s id)';
comment on column case_report.report_reference is '[not-personal] The report''s reference';

comment on table case_review is 'Review schedule of a case: one row per review, with amber and target dates. Module: cases';
comment on column case_review.amber_on is '[not-personal] Warning date';
comment on column case_review.case_id is '[not-personal] The case (case_file.id)';
comment on column case_review.completed_by_name is '[personal, plain] Display name of who recorded the review';
comment on column case_review.completed_by_user_id is '[personal, reference] Staff user who recorded it (staff_user.id)';
comment on column case_review.completed_on is '[not-personal] Day the review was done';
comment on column case_review.id is '[not-personal] Identifier of the row';
comment on column case_review.late_reason is '[personal, encrypted] Why the review was done after its target date, Tink AEAD ciphertext';
comment on column case_review.note is '[personal, encrypted] What the review found, Tink AEAD ciphertext';
comment on column case_review.scheduled_at is '[not-personal] When it was scheduled';
comment on column case_review.target_on is '[not-personal] Target date';
comment on column case_review.version is '[not-personal] Optimistic locking version';

comment on table case_risk_answer is 'Yes/no answers of a risk assessment (health, disability, age-related vulnerability): booleans only. Module: cases';
comment on column case_risk_answer.answer_yes is '[special, plain] The answer; some questions are about the victim''s health or disability';
comment on column case_risk_answer.assessment_id is '[not-personal] The assessment (case_risk_assessment.id)';
comment on column case_risk_answer.question is '[not-personal] Question code';

comment on table case_risk_assessment is 'Risk assessments of a case''s victim, newest last; each reassessment is a new row. Module: cases';
comment on column case_risk_assessment.assessed_at is '[not-personal] When';
comment on column case_risk_assessment.assessed_by_name is '[personal, plain] Display name of the officer who assessed, as shown with the override';
comment on column case_risk_assessment.assessed_by_user_id is '[personal, reference] Officer who assessed (staff_user.id)';
comment on column case_risk_assessment.case_id is '[not-personal] The case (case_file.id)';
comment on column case_risk_assessment.id is '[not-personal] Identifier of the row';
comment on column case_risk_assessment.override_level is '[personal, plain] Level a professional set instead, or null';
comment on column case_risk_assessment.override_reason is '[personal, encrypted] Why the professional set another level, Tink AEAD ciphertext';
comment on column case_risk_assessment.risk_level is '[personal, plain] The assessment''s level: the override''s, else the score''s';
comment on column case_risk_assessment.score is '[personal, plain] Sum of the weights of the questions answered yes';
comment on column case_risk_assessment.scored_level is '[personal, plain] Level the score gives: STANDARD, MEDIUM or HIGH';

comment on table case_share is 'Organisations a case is shared with: WHOLE (read the case) or LOCKED (parties'' names and agencies only). Module: cases';
comment on column case_share.case_id is '[not-personal] The case (case_file.id)';
comment on column case_share.id is '[not-personal] Identifier of the row';
comment on column case_share.level is '[not-personal] WHOLE or LOCKED';
comment on column case_share.organisation_id is '[not-personal] The organisation it is shared with';
comment on column case_share.reason is '[personal, encrypted] Why it was shared, Tink AEAD ciphertext';
comment on column case_share.shared_at is '[not-personal] When';
comment on column case_share.shared_by is '[personal, reference] Officer who shared it (staff_user.id)';

comment on table case_timeline_entry is 'Everything that happened on a case, in order. Module: cases';
comment on column case_timeline_entry.case_id is '[not-personal] The case (case_file.id)';
comment on column case_timeline_entry.id is '[not-personal] Identifier of the row';
comment on column case_timeline_entry.kind is '[not-personal] Kind of entry';
comment on column case_timeline_entry.recorded_at is '[not-personal] When it was recorded';
comment on column case_timeline_entry.recorded_by is '[personal, reference] Staff user who recorded it (staff_user.id)';
comment on column case_timeline_entry.related_id is '[not-personal] The related record''s id';
comment on column case_timeline_entry.related_type is '[not-personal] Kind of the related record, if any';
comment on column case_timeline_entry.summary is '[special, encrypted] What happened; notes may name people and describe offences, Tink AEAD ciphertext';

comment on table case_type is 'Case types, a managed list; retired types stay on their cases. Module: cases';
comment on column case_type.active is '[not-personal] False when retired';
comment on column case_type.code is '[not-personal] Stable code';
comment on column case_type.display_order is '[not-personal] Position in lists';
comment on column case_type.name is '[not-personal] Name shown';

comment on table case_victims_code is 'Victims'' Code checklist of a case: the day each duty was met. Module: cases';
comment on column case_victims_code.case_id is '[not-personal] The case (case_file.id)';
comment on column case_victims_code.informed_on is '[not-personal] Day the victim was told of their rights';
comment on column case_victims_code.needs_assessed_on is '[not-personal] Day the victim''s needs were assessed';
comment on column case_victims_code.referred_on is '[not-personal] Day the victim was referred to support';
comment on column case_victims_code.referred_to is '[personal, encrypted] The support service the victim was referred to (free text), Tink AEAD ciphertext';
comment on column case_victims_code.rj_answer is '[personal, plain] The victim''s answer to the offer: YES, NO or NOT_YET';
comment on column case_victims_code.rj_offered_on is '[not-personal] Day Restorative Justice was offered';
comment on column case_victims_code.updated_at is '[not-personal] When the checklist last changed';
comment on column case_victims_code.version is '[not-personal] Optimistic locking version';

comment on table case_victims_code_update is 'Days the victim was given an update on their case. Module: cases';
comment on column case_victims_code_update.case_id is '[not-personal] The case (case_victims_code.case_id)';
comment on column case_victims_code_update.given_on is '[not-personal] Day the update was given';

comment on table casereview_application is 'ASB Case Review (Community Trigger) applications from the public form; the applicant is a person of the people module. Module: casereview';
comment on column casereview_application.accepted is '[not-personal] Whether it was accepted';
comment on column casereview_application.acknowledged_on is '[not-personal] Day it was acknowledged';
comment on column casereview_application.appeal_decided_on is '[not-personal] Day the appeal was decided';
comment on column casereview_application.appeal_reason_encrypted is '[personal, encrypted] The appeal''s reasons, Tink AEAD ciphertext';
comment on column casereview_application.appeal_received_on is '[not-personal] Day an appeal was received';
comment on column casereview_application.appeal_upheld is '[not-personal] Whether the appeal was upheld';
comment on column casereview_application.applicant_person_id is '[personal, reference] The applicant (people module''s person.id)';
comment on column casereview_application.decided_on is '[not-personal] Day the threshold was decided';
comment on column casereview_application.decision_reason_encrypted is '[personal, encrypted] Why, Tink AEAD ciphertext';
comment on column casereview_application.for_someone_else is '[not-personal] Whether the applicant applied for someone else';
comment on column casereview_application.hate is '[not-personal] Whether the applicant thinks it is motivated by hate';
comment on column casereview_application.id is '[not-personal] Identifier of the row';
comment on column casereview_application.location is '[personal, plain] Legacy: the place in the clear, written before V45_2; emptied at start-up (CaseReviewLocations), always null after';
comment on column casereview_application.location_encrypted is '[personal, encrypted] The place the application is about (often the applicant''s home), Tink AEAD ciphertext';
comment on column casereview_application.location_key is '[personal, blind-index] Keyed HMAC of the normalised place, to match applications about one place';
comment on column casereview_application.outcome is '[not-personal] Outcome code';
comment on column casereview_application.outcome_sent_on is '[not-personal] Day the outcome was sent';
comment on column casereview_application.problem_encrypted is '[special, encrypted] The anti-social behaviour described, in the applicant''s words, Tink AEAD ciphertext';
comment on column casereview_application.received_on is '[not-personal] Day it was received';
comment on column casereview_application.recommendations_encrypted is '[personal, encrypted] The review''s recommendations, Tink AEAD ciphertext';
comment on column casereview_application.reference is '[not-personal] Application reference';
comment on column casereview_application.review_held_on is '[not-personal] Day the review was held';
comment on column casereview_application.threshold_met is '[not-personal] Whether the threshold was met';

comment on table casereview_bank_holiday is 'England and Wales bank holidays the working-day deadlines skip (managed data). Module: casereview';
comment on column casereview_bank_holiday.holiday_on is '[not-personal] The day';
comment on column casereview_bank_holiday.name is '[not-personal] Name of the holiday';

comment on table casereview_incident is 'The incidents a Case Review application lists. Module: casereview';
comment on column casereview_incident.application_id is '[not-personal] The application (casereview_application.id)';
comment on column casereview_incident.happened_on is '[personal, plain] Day it happened';
comment on column casereview_incident.id is '[not-personal] Identifier of the row';
comment on column casereview_incident.reported_on is '[personal, plain] Day it was reported';
comment on column casereview_incident.reported_to is '[personal, plain] Who it was reported to: COUNCIL, POLICE or HOUSING';
comment on column casereview_incident.their_reference is '[personal, plain] That organisation''s reference for the report';

comment on table casereview_overdue_notice is 'Which overdue step of which application went in which day''s digest e-mail. Module: casereview';
comment on column casereview_overdue_notice.application_id is '[not-personal] The application (casereview_application.id)';
comment on column casereview_overdue_notice.due_on is '[not-personal] When it was due';
comment on column casereview_overdue_notice.notified_on is '[not-personal] Day of the digest it went in';
comment on column casereview_overdue_notice.step is '[not-personal] The overdue step';

comment on table enforcement_action is 'ASB tools and powers on a case (warnings, CPNs, closures, injunctions, CBOs...) against a person or premises: criminal-justice data about people. Module: enforcement';
comment on column enforcement_action.breach_of_action_id is '[not-personal] The action this one enforces a breach of (enforcement_action.id)';
comment on column enforcement_action.case_id is '[not-personal] The case (case_file.id)';
comment on column enforcement_action.compliance_on is '[not-personal] Day by which to comply';
comment on column enforcement_action.conditions is '[special, encrypted] The conditions or terms imposed on the person, Tink AEAD ciphertext';
comment on column enforcement_action.duration is '[not-personal] How long it lasts (hours or months, by kind)';
comment on column enforcement_action.extended is '[not-personal] Whether a closure was extended';
comment on column enforcement_action.id is '[not-personal] Identifier of the row';
comment on column enforcement_action.in_force_until is '[not-personal] Last day it is in force';
comment on column enforcement_action.issued_on is '[not-personal] Day it was served';
comment on column enforcement_action.kind is '[special, plain] The tool or power used (e.g. CPW, CPN, CLOSURE_ORDER, CIVIL_INJUNCTION): with the recipient, offence-related data about a person';
comment on column enforcement_action.no_warning_reason is '[personal, encrypted] Why a notice was served with no earlier warning, Tink AEAD ciphertext';
comment on column enforcement_action.officer_name is '[personal, encrypted] Display name of the officer, Tink AEAD ciphertext';
comment on column enforcement_action.officer_user_id is '[personal, reference] Officer who recorded it (staff_user.id)';
comment on column enforcement_action.organisation_id is '[not-personal] Organisation that used it';
comment on column enforcement_action.premises is '[personal, encrypted] The premises it was served on (may be a home), Tink AEAD ciphertext';
comment on column enforcement_action.pspo_condition_id is '[not-personal] The PSPO condition breached, if any';
comment on column enforcement_action.recipient_person_id is '[personal, reference] The person it was served on (people module''s person.id), or null for premises';
comment on column enforcement_action.recorded_at is '[not-personal] When it was recorded';
comment on column enforcement_action.ward_code is '[not-personal] Ward of the case when recorded';
comment on column enforcement_action.withdrawn_at is '[not-personal] When it was withdrawn';
comment on column enforcement_action.withdrawn_reason is '[personal, encrypted] Why it was withdrawn, Tink AEAD ciphertext';

comment on table enforcement_closure_rule is 'Closure notice and order time limits, each from the day it comes into force. Module: enforcement';
comment on column enforcement_closure_rule.changed_at is '[not-personal] When an administrator last changed it';
comment on column enforcement_closure_rule.id is '[not-personal] Identifier of the row';
comment on column enforcement_closure_rule.notice_extended_hours is '[not-personal] Hours it may last when extended';
comment on column enforcement_closure_rule.notice_hours is '[not-personal] Hours a closure notice lasts';
comment on column enforcement_closure_rule.order_extended_months is '[not-personal] Months it may last in total when extended';
comment on column enforcement_closure_rule.order_months is '[not-personal] Months a closure order lasts';
comment on column enforcement_closure_rule.valid_from is '[not-personal] Day the rule comes into force';

comment on table enforcement_evidence is 'Evidence references (body-worn camera, CCTV...), never the files. Module: enforcement';
comment on column enforcement_evidence.case_id is '[not-personal] The case (case_file.id)';
comment on column enforcement_evidence.id is '[not-personal] Identifier of the row';
comment on column enforcement_evidence.kind is '[not-personal] Kind of evidence';
comment on column enforcement_evidence.professional_witness is '[not-personal] Whether the witness is a professional, whose identity is withheld from bundles';
comment on column enforcement_evidence.recorded_at is '[not-personal] When';
comment on column enforcement_evidence.recorded_by is '[personal, reference] Staff user who recorded it (staff_user.id)';
comment on column enforcement_evidence.reference is '[personal, encrypted] The evidence reference (system and number), Tink AEAD ciphertext';
comment on column enforcement_evidence.witness_person_id is '[personal, reference] The witness (people module''s person.id), if any';

comment on table enforcement_offence_code is 'Fixed penalty offence codes, a managed list. Module: enforcement';
comment on column enforcement_offence_code.active is '[not-personal] False when retired';
comment on column enforcement_offence_code.code is '[not-personal] Offence code, e.g. CST01';
comment on column enforcement_offence_code.display_order is '[not-personal] Position in lists';
comment on column enforcement_offence_code.offence is '[not-personal] The offence in words';

comment on table enforcement_penalty is 'Fixed penalty notices: offence, amounts from the tariff, due date and payment status: offence data about the recipient. Module: enforcement';
comment on column enforcement_penalty.amount_pence is '[not-personal] Full amount';
comment on column enforcement_penalty.breach_of_action_id is '[not-personal] The action whose breach it is for (enforcement_action.id)';
comment on column enforcement_penalty.cancel_reason is '[personal, encrypted] Why it was cancelled, Tink AEAD ciphertext';
comment on column enforcement_penalty.case_id is '[not-personal] The case (case_file.id)';
comment on column enforcement_penalty.due_on is '[not-personal] Last day to pay';
comment on column enforcement_penalty.early_amount_pence is '[not-personal] Reduced amount when paid early';
comment on column enforcement_penalty.early_until is '[not-personal] Last day to pay the reduced amount';
comment on column enforcement_penalty.id is '[not-personal] Identifier of the row';
comment on column enforcement_penalty.issued_on is '[not-personal] Day of issue';
comment on column enforcement_penalty.offence_code is '[special, plain] The offence the recipient is alleged to have committed (enforcement_offence_code.code)';
comment on column enforcement_penalty.officer_name is '[personal, encrypted] Display name of the issuing officer, Tink AEAD ciphertext';
comment on column enforcement_penalty.officer_user_id is '[personal, reference] Issuing officer (staff_user.id)';
comment on column enforcement_penalty.organisation_id is '[not-personal] Organisation that issued it';
comment on column enforcement_penalty.paid_on is '[personal, plain] Day it was paid';
comment on column enforcement_penalty.paid_pence is '[personal, plain] Amount paid';
comment on column enforcement_penalty.pspo_condition_id is '[not-personal] The PSPO condition breached, if any';
comment on column enforcement_penalty.recipient_person_id is '[personal, reference] The person it was issued to (people module''s person.id)';
comment on column enforcement_penalty.status is '[personal, plain] UNPAID, PAID_EARLY, PAID, CANCELLED or PROSECUTION_REVIEW: the recipient''s payment record';
comment on column enforcement_penalty.status_changed_at is '[not-personal] When the status last changed';
comment on column enforcement_penalty.ward_code is '[not-personal] Ward of the case when issued';

comment on table enforcement_pspo is 'Public Spaces Protection Orders (real public orders). Module: enforcement';
comment on column enforcement_pspo.active is '[not-personal] False when no longer in force';
comment on column enforcement_pspo.area is '[not-personal] The area it covers';
comment on column enforcement_pspo.authority is '[not-personal] The council that made it';
comment on column enforcement_pspo.expires_on is '[not-personal] When it expires';
comment on column enforcement_pspo.id is '[not-personal] Identifier of the order';
comment on column enforcement_pspo.made_on is '[not-personal] When it was made';
comment on column enforcement_pspo.name is '[not-personal] Name of the order';

comment on table enforcement_pspo_condition is 'The numbered conditions of a PSPO. Module: enforcement';
comment on column enforcement_pspo_condition.id is '[not-personal] Identifier of the condition';
comment on column enforcement_pspo_condition.number is '[not-personal] Condition number in the order';
comment on column enforcement_pspo_condition.pspo_id is '[not-personal] The order (enforcement_pspo.id)';
comment on column enforcement_pspo_condition.wording is '[not-personal] The condition''s wording';

comment on table enforcement_tariff is 'Fixed penalty tariffs per offence code (null: every offence) and period of validity; amounts in pence. Module: enforcement';
comment on column enforcement_tariff.amount_pence is '[not-personal] Full amount';
comment on column enforcement_tariff.changed_at is '[not-personal] When an administrator last changed it';
comment on column enforcement_tariff.early_days is '[not-personal] Days to pay the reduced amount';
comment on column enforcement_tariff.early_reduction_percent is '[not-personal] Reduction when paid early';
comment on column enforcement_tariff.id is '[not-personal] Identifier of the row';
comment on column enforcement_tariff.offence_code is '[not-personal] The offence code, or null for every offence without a tariff of its own';
comment on column enforcement_tariff.pay_days is '[not-personal] Days to pay in full';
comment on column enforcement_tariff.valid_from is '[not-personal] First day of issue it applies to';
comment on column enforcement_tariff.valid_to is '[not-personal] Last day of issue it applies to';

comment on table marac_action is 'Actions agreed at a MARAC meeting. Module: marac';
comment on column marac_action.description_encrypted is '[special, encrypted] What is to be done, Tink AEAD ciphertext';
comment on column marac_action.done_on is '[not-personal] Day it was done';
comment on column marac_action.due_on is '[not-personal] Due date';
comment on column marac_action.id is '[not-personal] Identifier of the row';
comment on column marac_action.meeting_id is '[not-personal] The meeting (marac_meeting.id)';
comment on column marac_action.owner_organisation_id is '[not-personal] Organisation that owns it';
comment on column marac_action.referral_id is '[not-personal] The referral (marac_referral.id)';

comment on table marac_attendee is 'Organisations present at each MARAC meeting. Module: marac';
comment on column marac_attendee.meeting_id is '[not-personal] The meeting (marac_meeting.id)';
comment on column marac_attendee.organisation_id is '[not-personal] The organisation present';

comment on table marac_hearing is 'The cases heard at each MARAC meeting (new or review) and the decision. Module: marac';
comment on column marac_hearing.decision is '[not-personal] KEEP or CLOSE';
comment on column marac_hearing.decision_reason_encrypted is '[special, encrypted] Why, Tink AEAD ciphertext';
comment on column marac_hearing.id is '[not-personal] Identifier of the row';
comment on column marac_hearing.kind is '[not-personal] NEW or REVIEW';
comment on column marac_hearing.meeting_id is '[not-personal] The meeting (marac_meeting.id)';
comment on column marac_hearing.notes_encrypted is '[special, encrypted] Discussion notes, Tink AEAD ciphertext';
comment on column marac_hearing.referral_id is '[not-personal] The referral heard (marac_referral.id)';

comment on table marac_meeting is 'MARAC meetings. Module: marac';
comment on column marac_meeting.chair is '[personal, plain] Name of the professional who chaired it';
comment on column marac_meeting.held_on is '[not-personal] Day of the meeting';
comment on column marac_meeting.id is '[not-personal] Identifier of the row';

comment on table marac_referral is 'Cases referred to the Community Safety MARAC (a case of the cases module by id). Module: marac';
comment on column marac_referral.case_id is '[not-personal] The case (cases module''s case_file.id)';
comment on column marac_referral.case_reference is '[not-personal] The case''s reference';
comment on column marac_referral.closed_on is '[not-personal] Day it was closed';
comment on column marac_referral.criteria is '[special, plain] Referral criteria met (REPEAT_VICTIM, HIGH_RISK, VULNERABILITY, ESCALATION): about the victim''s risk and vulnerability';
comment on column marac_referral.id is '[not-personal] Identifier of the row';
comment on column marac_referral.reason_encrypted is '[special, encrypted] Why it was referred, Tink AEAD ciphertext';
comment on column marac_referral.referred_on is '[not-personal] Day it was referred';
comment on column marac_referral.referring_organisation_id is '[not-personal] Organisation that referred it';

comment on table marac_referral_exclusion is 'Organisations on the perpetrator''s side of a MARAC case, which never reach the referral. Module: marac';
comment on column marac_referral_exclusion.organisation_id is '[not-personal] The excluded organisation';
comment on column marac_referral_exclusion.referral_id is '[not-personal] The referral (marac_referral.id)';

comment on table referral is 'Referrals between organisations from a case or a report, on a legal basis, with what the receiver sees copied when sent. Module: referrals';
comment on column referral.accepted_on is '[not-personal] Day it was accepted';
comment on column referral.account is '[special, encrypted] The victim''s account, when shared, Tink AEAD ciphertext';
comment on column referral.answered_on is '[not-personal] Day it was answered';
comment on column referral.basis is '[not-personal] CONSENT, SECTION_115 or SAFEGUARDING';
comment on column referral.basis_reason is '[personal, encrypted] Why a legal gateway applies, Tink AEAD ciphertext';
comment on column referral.case_id is '[not-personal] The case it was made from (case_file.id)';
comment on column referral.completed_on is '[not-personal] Day it was completed';
comment on column referral.consent_withdrawn_at is '[not-personal] When consent was withdrawn';
comment on column referral.contact_details is '[personal, encrypted] Name and contact, only where the basis allows, Tink AEAD ciphertext';
comment on column referral.contact_made_on is '[not-personal] Day the receiver made contact';
comment on column referral.decline_reason is '[personal, encrypted] Why the receiver declined, Tink AEAD ciphertext';
comment on column referral.due_on is '[not-personal] Day the answer is due';
comment on column referral.id is '[not-personal] Identifier of the row';
comment on column referral.outcome is '[personal, encrypted] What the receiver did, Tink AEAD ciphertext';
comment on column referral.person_id is '[personal, reference] The person referred (people module''s person.id)';
comment on column referral.receiving_name is '[not-personal] Name of the receiving organisation when sent';
comment on column referral.receiving_organisation_id is '[not-personal] Organisation receiving it';
comment on column referral.report_id is '[not-personal] The report it was made from (hate_report.id)';
comment on column referral.sending_name is '[not-personal] Name of the sending organisation when sent';
comment on column referral.sending_organisation_id is '[not-personal] Organisation that sent it';
comment on column referral.sending_user_id is '[personal, reference] Staff user who sent it (staff_user.id)';
comment on column referral.sent_at is '[not-personal] When it was sent';
comment on column referral.sent_on is '[not-personal] Day it was sent';
comment on column referral.shared_account is '[not-personal] Whether the account was sent';
comment on column referral.shared_contact is '[not-personal] Whether the contact details were sent';
comment on column referral.status is '[not-personal] SENT, ACCEPTED, DECLINED, CONTACT_MADE or COMPLETED';
comment on column referral.summary is '[special, encrypted] What the receiver reads first, Tink AEAD ciphertext';
comment on column referral.version is '[not-personal] Optimistic locking version';
comment on column referral.victim_support is '[not-personal] Whether the receiver is a victim support service';

comment on table referral_consent_event is 'Consent to a referral as events (given, refused, withdrawn) with the exact words agreed to. Module: referrals';
comment on column referral_consent_event.id is '[not-personal] Identifier of the row';
comment on column referral_consent_event.kind is '[not-personal] GIVEN, REFUSED or WITHDRAWN';
comment on column referral_consent_event.recorded_at is '[not-personal] When';
comment on column referral_consent_event.recorded_by is '[personal, plain] Username of the staff member who recorded it';
comment on column referral_consent_event.referral_id is '[not-personal] The referral (referral.id)';
comment on column referral_consent_event.wording_shown is '[not-personal] The exact wording the person agreed to';

comment on table referral_document is 'The case documents a referral shares with its receiver (ids in case_document). Module: referrals';
comment on column referral_document.document_id is '[not-personal] The document (case_document.id)';
comment on column referral_document.file_name is '[personal, encrypted] The document''s name when it was shared, Tink AEAD ciphertext';
comment on column referral_document.referral_id is '[not-personal] The referral (referral.id)';

comment on table referral_report is 'The reports a referral carries the account of. Module: referrals';
comment on column referral_report.referral_id is '[not-personal] The referral (referral.id)';
comment on column referral_report.report_id is '[not-personal] The report (hate_report.id)';

comment on table referral_service is 'Receiving services for referrals, a managed list: what each offers and how many working days it has to answer. Module: referrals';
comment on column referral_service.active is '[not-personal] False when it no longer takes referrals';
comment on column referral_service.deadline_working_days is '[not-personal] Working days to answer (0: the same day)';
comment on column referral_service.description is '[not-personal] What the service offers';
comment on column referral_service.id is '[not-personal] Identifier of the row';
comment on column referral_service.organisation_id is '[not-personal] The organisation that takes the referrals';
comment on column referral_service.safeguarding is '[not-personal] Whether it is a safeguarding service';
comment on column referral_service.support_kinds is '[not-personal] Support-wanted codes of a report that suggest it';
comment on column referral_service.victim_support is '[not-personal] Whether it is a victim support service';
