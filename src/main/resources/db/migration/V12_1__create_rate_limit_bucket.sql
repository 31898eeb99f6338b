-- Token buckets of the public rate limits (reports sent, attempts to open a report), shared by every app
-- instance. The id is a keyed hash of the client address, never the address itself; rows whose bucket would be
-- full again are deleted by the limiter.
create table rate_limit_bucket (
    id          varchar(120) not null primary key,
    state       bytea,
    expires_at  bigint
);
create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
