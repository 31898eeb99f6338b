-- Which key of the encryption keyset each family of keyed hashes is derived from, pinned on first start so that
-- adding a key to the keyset for rotation does not change them: 'hashes' for pseudonyms and blind indexes (people's
-- and places' look-up keys, rate-limit keys), which rekey-hashes may move to a newer key after rebuilding them;
-- 'audit-chain' for the audit log's chain, which stays with its first key. Key ids only, never key material.
create table crypto_mac_key (
    purpose    varchar(20) not null primary key,
    key_id     bigint      not null,
    pinned_at  timestamp with time zone not null
);
