-- Which months each indicator has data for, by borough: a month without a row here is "no data", never zero.
-- Written by the performance module with each refresh, from each source's own account of what it covers
-- (police files held per force and month, with the crime types they hold; the months the product has been
-- collecting its own reports; months of centres' returns). Wards take their borough's coverage.
-- covered is false for a month the source holds that does not serve this indicator (a police file filtered to
-- other crime types); held_types then names what the file holds, so the page can say so.
create table indicator_coverage (
    indicator_code  varchar(40)  not null,
    area_code       varchar(9)   not null,
    month_start     date         not null,
    covered         boolean      not null,
    held_types      varchar(400),
    primary key (indicator_code, area_code, month_start)
);

-- Open data releases: each complete month published once, frozen, after a lag; earlier releases kept.
create table open_data_release (
    release_month   date         primary key,
    published_on    date         not null
);

-- One table of a release: an indicator's twelve months by area, already suppressed, as published.
create table open_data_table (
    release_month   date         not null references open_data_release (release_month),
    indicator_code  varchar(40)  not null,
    period_end      date         not null,
    area_type       varchar(8)   not null,
    csv_text        text         not null,
    primary key (release_month, indicator_code)
);
