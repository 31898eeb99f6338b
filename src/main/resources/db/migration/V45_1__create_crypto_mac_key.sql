-- Which key of the encryption keyset the keyed hashes are derived from: pseudonyms, blind indexes (people's
-- look-up keys, case places) and the audit chain. Pinned on first start, so adding a key to the keyset for
-- rotation does not change them. It holds a key id only, never key material.
create table crypto_mac_key (
    singleton  boolean not null default true primary key,
    key_id     bigint  not null,
    pinned_at  timestamp with time zone not null,
    constraint ck_crypto_mac_key_singleton check (singleton)
);
