-- Imports that cannot wipe good data (issue 9). A replacement keeps the rows it took out until an analyst
-- discards them, so it can be undone; a file held for confirmation keeps its rows aside until confirmed or
-- discarded. Status HELD is new; rows_before is how many rows the data held before the import.
alter table police_import add column rows_before integer;

-- Street-level rows a replacement took out, keyed by the replacing import (replaced_by).
create table street_crime_replaced (
    replaced_by   bigint       not null,
    force_code    varchar(60)  not null,
    crime_month   date         not null,
    row_no        integer      not null,
    import_id     bigint       not null,
    crime_id      varchar(64),
    crime_type    varchar(60)  not null,
    longitude     double precision,
    latitude      double precision,
    lsoa_code     varchar(9),
    ward_code     varchar(9),
    borough_code  varchar(9),
    outcome       varchar(120),
    primary key (replaced_by, crime_month, force_code, row_no)
);

-- Street-level rows of a file held for confirmation (import_id is the held import).
create table street_crime_held (
    force_code    varchar(60)  not null,
    crime_month   date         not null,
    row_no        integer      not null,
    import_id     bigint       not null,
    crime_id      varchar(64),
    crime_type    varchar(60)  not null,
    longitude     double precision,
    latitude      double precision,
    lsoa_code     varchar(9),
    ward_code     varchar(9),
    borough_code  varchar(9),
    outcome       varchar(120),
    primary key (import_id, row_no)
);

create table hate_crime_count_replaced (
    replaced_by   bigint       not null,
    source        varchar(40)  not null,
    borough_name  varchar(120) not null,
    borough_code  varchar(9),
    strand        varchar(80)  not null,
    crime_month   date         not null,
    offences      integer      not null,
    import_id     bigint       not null,
    primary key (replaced_by, source, borough_name, strand, crime_month)
);

create table hate_crime_count_held (
    import_id     bigint       not null,
    source        varchar(40)  not null,
    borough_name  varchar(120) not null,
    borough_code  varchar(9),
    strand        varchar(80)  not null,
    crime_month   date         not null,
    offences      integer      not null,
    primary key (import_id, borough_name, strand, crime_month)
);

-- What each street-level month held covers, written when its data changes: rows by crime type and borough
-- ('' for rows without a borough). Coverage and the imports page read this instead of regrouping street_crime.
create table street_crime_coverage (
    crime_month   date         not null,
    force_code    varchar(60)  not null,
    import_id     bigint       not null,
    crime_type    varchar(60)  not null,
    borough_code  varchar(9)   not null,
    row_count     integer      not null,
    primary key (crime_month, force_code, crime_type, borough_code, import_id)
);

insert into street_crime_coverage (crime_month, force_code, import_id, crime_type, borough_code, row_count)
select crime_month, force_code, import_id, crime_type, coalesce(borough_code, ''), count(*)
from street_crime
group by crime_month, force_code, import_id, crime_type, coalesce(borough_code, '');
