-- The enforcement register (issue 15, seed 001 sections 4.1.5 and 4.1.6, DESIGN section 4): the ASB tools and
-- powers used against a person or premises, each on a case; fixed penalty notices with their offence code, amount
-- and payment; PSPOs and their conditions as managed data; evidence as references (never uploads). Recipients and
-- witnesses are person ids of the people module. Columns marked [ENCRYPTED] hold ciphertext of the crypto module.

-- Offence codes a fixed penalty notice is issued under (annual report 2022-23, Table 2): a managed list.
create table enforcement_offence_code (
    code           varchar(10)  primary key,
    offence        varchar(300) not null,
    active         boolean      not null,
    display_order  integer      not null
);
insert into enforcement_offence_code (code, offence, active, display_order) values
('CST01', 'Environmental Protection Act 1990, Section 87/88 Littering', true, 10),
('CST02', 'Environmental Protection Act 1990, Section 46 Domestic Waste Presentation Notices', true, 20),
('CST03', 'Environmental Protection Act 1990, Section 47 Business and Commercial Waste Presentation Notices', true, 30),
('CST04', 'Environmental Protection Act 1990, Schedule 3A, Paragraph 7 Distributing Free Literature Without Consent', true, 40),
('CST05', 'Control Of Pollution (Amendment) Act 1989, Section 5B Failing to Produce Authority', true, 50),
('CST06', 'Environmental Protection Act 1990, Section 34 Failing to Produce Waste Transfer Notes', true, 60),
('CST07a', 'Environmental Protection Act 1990, Section 34 (2A) Household Duty Of care Breach - Unauthorised Deposit Of Waste (1st offence)', true, 70),
('CST07b', 'Environmental Protection Act 1990, Section 34 (2A) Household Duty Of care Breach - Unauthorised Deposit Of Waste (2nd offence)', true, 75),
('CST08', 'Anti-Social Behaviour, Crime And Policing Act 2014, Section 48 Breach of A Community Protection Notice', true, 80),
('CST09', 'Anti-Social Behaviour, Crime And Policing Act 2014, Section 63 And 67 Breach of a Public Spaces Protection Order (PSPO)', true, 90),
('CST10', 'Refuse Disposal (Amenity) Act 1978, Section 2A Abandoned Vehicles', true, 100),
('CST11', 'Anti-Social Behaviour Act 2003, Section 43 Graffiti And Fly Posting', true, 110),
('CST12', 'Cleaner Neighbourhoods And Environments Act 2005, Section 3 And 4 (S:3) Exposing Vehicles For Sale Upon A Road (S:4) Repairing Vehicles Upon This Road', true, 120),
('CST13', 'Environmental Protection Act 1990, Section 33 (1)(a) Unauthorised Deposit Waste (Fly Tipping) (1st offence)', true, 130),
('CST14', 'Environmental Protection Act 1990, Section 33 (1)(a) Unauthorised Deposit Waste (Fly Tipping) (2nd offence)', true, 140),
('CST15', 'Highways Act 1980 Section 137 (1) Wilful Obstruction of the Highway', true, 150),
('CST16', 'Highways Act 1980 Section 148 (c) Interruption of the user', true, 160),
('CST17', 'Health Act 2006 Section 7 Smoking In Smoke Free Premises or Business Vehicle', true, 170);

-- Public Spaces Protection Orders and their conditions (real public orders, so not demo data).
create table enforcement_pspo (
    id             bigint       primary key,
    name           varchar(200) not null,
    authority      varchar(120) not null,
    area           varchar(200) not null,
    made_on        date         not null,
    expires_on     date         not null,
    active         boolean      not null
);
create table enforcement_pspo_condition (
    id        bigint  primary key,
    pspo_id   bigint  not null references enforcement_pspo (id),
    number    integer not null,
    wording   varchar(400) not null,
    constraint uk_enforcement_pspo_condition unique (pspo_id, number)
);
-- Barnet's borough-wide PSPO, December 2022 for three years, with its eleven conditions (seed 001 section 4.1.6).
insert into enforcement_pspo (id, name, authority, area, made_on, expires_on, active) values
(1, 'Barnet borough-wide Public Spaces Protection Order', 'London Borough of Barnet', 'The whole borough', date '2022-12-01', date '2025-11-30', true),
-- Hammersmith & Fulham's street-based harassment PSPO (seed 002, objective 4).
(2, 'Street-based harassment Public Spaces Protection Order', 'London Borough of Hammersmith & Fulham', 'Public spaces in the borough', date '2024-01-01', date '2026-12-31', true);
insert into enforcement_pspo_condition (id, pspo_id, number, wording) values
(101, 1, 1, 'Not to commit alcohol related nuisance /anti-social behaviour.'),
(102, 1, 2, 'Not to cause harassment, alarm, or distress to any individual(s) by committing anti-social behaviour.'),
(103, 1, 3, 'You must pick up all dog fouling belonging to a dog under your control.'),
(104, 1, 4, 'Not to drive any vehicles on/in green spaces without prior written permission of the council.'),
(105, 1, 5, 'Not to be in possession of, or misuse fireworks in any public space in Barnet unless individually licensed by the council.'),
(106, 1, 6, 'You must not have any more than 6 dogs under your control at any time.'),
(107, 1, 7, 'Not to urinate/defecate, spit or litter in a public place.'),
(108, 1, 8, 'Not to beg in an aggressive or intimidating manner.'),
(109, 1, 9, 'Not to promote or deliver any music events unless individually licensed by the council.'),
(110, 1, 10, 'Not to misuse, nor share with others, or be in possession of any intoxicating substances.'),
(111, 1, 11, 'Not to start or attempt to build any open fires or BBQs in Barnet''s green spaces.'),
(201, 2, 1, 'Not to direct unwanted verbal or physical attention towards a person or group of people where it is likely to cause harassment, alarm, or distress, including sexist, homophobic or transphobic slurs.');

-- A tool or power used on a case: against a person (recipient_person_id) or premises (premises).
create table enforcement_action (
    id                   bigint generated by default as identity primary key,
    case_id              bigint       not null references case_file (id),
    organisation_id      bigint       not null references organisation (id),
    kind                 varchar(40)  not null,
    recipient_person_id  bigint,
    premises             text,
    issued_on            date         not null,
    officer_user_id      bigint       not null references staff_user (id),
    officer_name         text         not null,
    conditions           text,
    compliance_on        date,
    no_warning_reason    text,
    breach_of_action_id  bigint references enforcement_action (id),
    pspo_condition_id    bigint references enforcement_pspo_condition (id),
    duration             integer,
    extended             boolean      not null,
    in_force_until       date,
    recorded_at          timestamp with time zone not null,
    constraint ck_enforcement_action_recipient check (recipient_person_id is not null or premises is not null)
);
create index ix_enforcement_action_case on enforcement_action (case_id);
create index ix_enforcement_action_issued on enforcement_action (issued_on);

create table enforcement_penalty (
    id                   bigint generated by default as identity primary key,
    case_id              bigint       not null references case_file (id),
    organisation_id      bigint       not null references organisation (id),
    offence_code         varchar(10)  not null references enforcement_offence_code (code),
    recipient_person_id  bigint       not null,
    issued_on            date         not null,
    officer_user_id      bigint       not null references staff_user (id),
    officer_name         text         not null,
    amount_pence         bigint       not null,
    early_amount_pence   bigint       not null,
    early_until          date         not null,
    due_on               date         not null,
    status               varchar(30)  not null,
    breach_of_action_id  bigint references enforcement_action (id),
    pspo_condition_id    bigint references enforcement_pspo_condition (id),
    paid_on              date,
    paid_pence           bigint,
    cancel_reason        text,
    status_changed_at    timestamp with time zone not null
);
create index ix_enforcement_penalty_case on enforcement_penalty (case_id);
create index ix_enforcement_penalty_due on enforcement_penalty (status, due_on);
create index ix_enforcement_penalty_issued on enforcement_penalty (issued_on);

create table enforcement_evidence (
    id                   bigint generated by default as identity primary key,
    case_id              bigint       not null references case_file (id),
    kind                 varchar(30)  not null,
    reference            text         not null,
    witness_person_id    bigint,
    professional_witness boolean      not null,
    recorded_by          bigint       not null references staff_user (id),
    recorded_at          timestamp with time zone not null
);
create index ix_enforcement_evidence_case on enforcement_evidence (case_id);

comment on table enforcement_offence_code is 'Fixed penalty offence codes, a managed list (seed 001 Table 2, CST01-CST17 with 07a/07b)';
comment on table enforcement_pspo is 'Public Spaces Protection Orders (real public orders: Barnet borough-wide, H&F street harassment)';
comment on table enforcement_pspo_condition is 'The numbered conditions of a PSPO';
comment on table enforcement_action is 'ASB tools and powers on a case: CPW, CPN, breaches, closure notice and order, injunction, CBO, ABC, tenancy action';
comment on column enforcement_action.recipient_person_id is 'The person it was served on (people module id), or null for premises';
comment on column enforcement_action.premises is '[ENCRYPTED][PERSONAL] The premises it was served on';
comment on column enforcement_action.officer_name is '[ENCRYPTED][PERSONAL] Display name of the officer who recorded it';
comment on column enforcement_action.conditions is '[ENCRYPTED][PERSONAL] The conditions or terms';
comment on column enforcement_action.no_warning_reason is '[ENCRYPTED][PERSONAL] Why a notice was served with no earlier warning';
comment on table enforcement_penalty is 'Fixed penalty notices: offence, amounts (pence) from the configured tariff, due date and payment status';
comment on column enforcement_penalty.officer_name is '[ENCRYPTED][PERSONAL] Display name of the issuing officer';
comment on column enforcement_penalty.cancel_reason is '[ENCRYPTED][PERSONAL] Why it was cancelled';
comment on table enforcement_evidence is 'Evidence references (body-worn camera, CCTV...), never the files; a professional witness''s identity is withheld from bundles';
comment on column enforcement_evidence.reference is '[ENCRYPTED] The evidence reference (system and number)';

-- Tools and powers (annual report Fig. 3) and fixed penalty notices (Fig. 5) on the dashboard.
insert into indicator (code, name, priority, source, source_filter, geography, polarity, target_percent,
        target_baseline_year, target_date, description, display_order) values
('enforcement-warnings', 'Community Protection Warnings', 'P1', 'ENFORCEMENT', 'CPW', 'BOROUGH', 'NEUTRAL', null, null, null,
    'Community Protection Notice written warnings served each month (annual report 4.1.5, Fig. 3: 240 in 2022-23).', 36),
('enforcement-notices', 'Community Protection Notices', 'P1', 'ENFORCEMENT', 'CPN', 'BOROUGH', 'NEUTRAL', null, null, null,
    'Full Community Protection Notices served each month (annual report 4.1.5, Fig. 3: 8 in 2022-23).', 37),
('enforcement-penalties', 'Fixed penalty notices', 'P1', 'ENFORCEMENT', 'FPN', 'BOROUGH', 'NEUTRAL', null, null, null,
    'Fixed penalty notices issued each month (annual report 4.1.6, Fig. 5: 32 between January and March 2023).', 38);
