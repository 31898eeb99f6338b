-- Each overdue step of a Case Review application is e-mailed to the case-review officers once (the daily digest):
-- this records which step of which application went in which day's digest, so a later digest leaves it out.
create table casereview_overdue_notice (
    application_id bigint not null references casereview_application (id),
    step varchar(20) not null,
    due_on date not null,
    notified_on date not null,
    primary key (application_id, step)
);
