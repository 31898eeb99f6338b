-- The Victims' Code checklist of a case (for its victim): the day each duty was met, or null while not yet.
-- referred_to names a support service, but is free text, so it is encrypted.
create table case_victims_code (
    case_id             bigint       primary key,
    informed_on         date,
    needs_assessed_on   date,
    referred_on         date,
    referred_to         varchar(4000),
    rj_offered_on       date,
    rj_answer           varchar(10),
    updated_at          timestamp with time zone not null,
    version             bigint       not null,
    constraint ck_case_victims_code_rj check (rj_answer is null or rj_answer in ('YES', 'NO', 'NOT_YET'))
);

create table case_victims_code_update (
    case_id   bigint not null references case_victims_code (case_id),
    given_on  date   not null,
    primary key (case_id, given_on)
);
