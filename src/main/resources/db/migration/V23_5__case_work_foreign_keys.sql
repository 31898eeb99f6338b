-- The case work tables belong to a case: now that case_file exists (V22_1), their case_id is a foreign key to it.
alter table case_risk_assessment add constraint fk_case_risk_assessment_case foreign key (case_id) references case_file (id);
alter table case_action add constraint fk_case_action_case foreign key (case_id) references case_file (id);
alter table case_review add constraint fk_case_review_case foreign key (case_id) references case_file (id);
alter table case_victims_code add constraint fk_case_victims_code_case foreign key (case_id) references case_file (id);
