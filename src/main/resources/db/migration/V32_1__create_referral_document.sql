-- The case documents a referral shares ("documents chosen", issue 13): the sender ticks them, the receiver downloads
-- only those, through the cases module (which keeps the file and its scan status). The name is copied encrypted, as
-- it was when sent.
create table referral_document (
    referral_id  bigint not null references referral (id),
    document_id  bigint not null,
    file_name    text   not null,
    constraint pk_referral_document primary key (referral_id, document_id)
);

comment on table referral_document is 'The case documents a referral shares with its receiver (ids in case_document)';
comment on column referral_document.file_name is '[ENCRYPTED][PERSONAL] The document''s name when it was shared';
