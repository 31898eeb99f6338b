-- Electoral wards of the partnership's borough, loaded from a GeoJSON boundary file at start-up.
create table ward (
    code          varchar(9)   primary key,
    name          varchar(120) not null,
    borough_code  varchar(9)   not null,
    borough_name  varchar(120) not null
);
