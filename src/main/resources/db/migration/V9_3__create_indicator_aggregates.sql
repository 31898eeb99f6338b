-- Monthly (and, for the product's own reports, weekly) counts per indicator, area and strand: what the
-- dashboard reads, so no page scans raw rows. strand 'ALL' holds the indicator's total. Refreshed by the
-- performance module after each import, when new reports arrive, and at start-up if empty. The keys lead
-- with indicator, area type and strand, so one area's months and all areas' months are both range reads.
create table indicator_month (
    indicator_code  varchar(40)  not null,
    area_type       varchar(8)   not null,
    strand          varchar(80)  not null,
    area_code       varchar(9)   not null,
    month_start     date         not null,
    event_count     bigint       not null,
    primary key (indicator_code, area_type, strand, area_code, month_start)
);

create table indicator_week (
    indicator_code  varchar(40)  not null,
    area_type       varchar(8)   not null,
    strand          varchar(80)  not null,
    area_code       varchar(9)   not null,
    week_start      date         not null,
    event_count     bigint       not null,
    primary key (indicator_code, area_type, strand, area_code, week_start)
);

-- When each source was last refreshed, and up to which raw row (own reports: the highest report id seen).
create table indicator_refresh (
    source        varchar(30)  primary key,
    refreshed_at  timestamp with time zone not null,
    watermark     bigint
);
