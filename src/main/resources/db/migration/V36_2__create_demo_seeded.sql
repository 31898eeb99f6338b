-- Which parts of the embedded demo have been seeded, so each is made once (the demo module's own table; empty
-- everywhere but the embedded demo).
create table demo_seeded (
    part varchar(60) primary key,
    seeded_at timestamp with time zone not null
);
