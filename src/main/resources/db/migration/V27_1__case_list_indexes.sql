-- The case list at scale (issue 12, bench/casework-load.sh: 200,000 cases): newest first by walking an index
-- rather than sorting every visible case on each page, and the owners offered by the owner filter found by
-- skipping through an index (one probe per owner) rather than reading every case of the organisation. The new
-- index starts with owning_organisation_id, so it serves everything the one on that column alone did.
create index ix_case_file_opened_at on case_file (opened_at desc, id desc);
create index ix_case_file_org_owner on case_file (owning_organisation_id, owner_user_id, id);
drop index ix_case_file_owner_org;
