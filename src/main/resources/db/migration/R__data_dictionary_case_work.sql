-- Data dictionary of the work on cases (risk, actions, reviews, Victims' Code), beside R__data_dictionary.sql.
-- [PERSONAL] marks personal data, [SPECIAL] special-category data. Re-applied whenever this file changes.
comment on table case_risk_assessment is 'Risk assessments of a case''s victim, newest last; each reassessment is a new row';
comment on column case_risk_assessment.case_id is 'The case (case_file.id)';
comment on column case_risk_assessment.assessed_by_name is '[PERSONAL] Display name of the officer who assessed, as shown with the override';
comment on column case_risk_assessment.score is 'Sum of the weights of the questions answered yes';
comment on column case_risk_assessment.scored_level is 'Level the score (and the critical-answer rule) gives';
comment on column case_risk_assessment.override_level is 'Level a professional set instead, or null';
comment on column case_risk_assessment.override_reason is '[PERSONAL] Encrypted: why the professional set another level';
comment on column case_risk_assessment.risk_level is 'The assessment''s level: the override''s, else the score''s';
comment on table case_risk_answer is '[SPECIAL] Yes/no answers of a risk assessment (health, disability, age-related vulnerability): booleans only';
comment on table case_action is 'Actions on a case with an owner organisation (and person), due date and status';
comment on column case_action.what is '[PERSONAL] Encrypted: what is to be done';
comment on column case_action.owner_user_id is 'Staff user of the owning organisation who owns it, or null';
comment on column case_action.close_note is '[PERSONAL] Encrypted: note when done, reason when cancelled';
comment on table case_review is 'Review schedule of a case: one row per review, with amber and target dates';
comment on column case_review.note is '[PERSONAL] Encrypted: what the review found';
comment on column case_review.late_reason is '[PERSONAL] Encrypted: why the review was done after its target date';
comment on column case_review.completed_by_name is '[PERSONAL] Display name of who recorded the review';
comment on table case_victims_code is 'Victims'' Code checklist of a case: the day each duty was met. READ BY THE DASHBOARD THROUGH VictimsCodeCounts';
comment on column case_victims_code.referred_to is '[PERSONAL] Encrypted: the support service the victim was referred to';
comment on table case_victims_code_update is 'Days the victim was given an update on their case';
