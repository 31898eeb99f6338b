-- Geography: ward and borough boundaries (GeoJSON geometry text, WGS84), borough populations and the
-- LSOA 2021 -> ward -> borough look-up. Loaded at start-up from the bundled open data (GeographyLoader).
alter table ward add column boundary_geojson text;

create table borough (
    code              varchar(9)   primary key,
    name              varchar(120) not null,
    boundary_geojson  text
);
create unique index uk_borough_name on borough (name);

create table borough_population (
    borough_code  varchar(9) not null references borough (code),
    mid_year      integer    not null,
    population    integer    not null,
    primary key (borough_code, mid_year)
);

create table lsoa (
    code          varchar(9)   primary key,
    name          varchar(120) not null,
    ward_code     varchar(9)   not null,
    ward_name     varchar(120) not null,
    borough_code  varchar(9)   not null,
    borough_name  varchar(120) not null,
    centroid_lat  double precision,
    centroid_lon  double precision
);
create index ix_lsoa_ward on lsoa (ward_code);
create index ix_lsoa_borough on lsoa (borough_code);
