-- Token buckets of the request limits, one row per limit and client address
-- ("keyMisses:203.0.113.7"), shared by every instance on PostgreSQL. expires_at (epoch
-- milliseconds) is when the bucket would be full again: rows past it are deleted.
-- On H2 (one instance) the buckets stay in memory and this table stays empty.
create table rate_limit_bucket (
    id varchar(200) primary key,
    state bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);
