-- Performance indicators (DESIGN section 5): reference data, one row per indicator. Seeded by V9_2; a
-- partnership edits or adds rows here. source says where the monthly counts come from (the
-- performance module's aggregate refresh knows each source); NOT_YET_COLLECTED indicators are defined
-- but show "No data yet". source_filter narrows a source (a police.uk crime type).
create table indicator (
    code                  varchar(40)   primary key,
    name                  varchar(200)  not null,
    priority              varchar(20)   not null,
    source                varchar(30)   not null,
    source_filter         varchar(120),
    geography             varchar(10)   not null,
    polarity              varchar(20)   not null,
    target_percent        numeric(6, 2),
    target_baseline_year  integer,
    target_date           date,
    description           varchar(1000) not null,
    display_order         integer       not null,
    constraint ck_indicator_target check ((target_percent is null and target_baseline_year is null
        and target_date is null) or (target_percent is not null and target_baseline_year is not null
        and target_date is not null))
);
