-- ShedLock: a scheduled job (reminders, lapsing, refreshes) runs on one app instance at a time.
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);
