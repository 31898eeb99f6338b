-- The public report's answers while someone is still answering (issue 10): one row a journey, encrypted
-- (AES-256-GCM, bound to its row), deleted when the report is sent or an hour after the last page.
-- The id is a keyed hash of the journey cookie, never the cookie itself: the table alone opens no journey.
create table report_draft (
    id          varchar(64)              primary key,
    answers     bytea                    not null,
    expires_at  timestamp with time zone not null
);

create index report_draft_expires_at on report_draft (expires_at);
