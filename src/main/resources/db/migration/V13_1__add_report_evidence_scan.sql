-- The malware scan of each evidence file. Files kept before scanning existed, or while no scanner was
-- reachable, are NOT_SCANNED until the scheduled scan reaches them; INFECTED files are quarantined.
alter table report_evidence add column scan_status varchar(20) default 'NOT_SCANNED' not null;
alter table report_evidence add column scanned_at timestamp with time zone;
alter table report_evidence add column threat_name varchar(200);
create index ix_report_evidence_scan_status on report_evidence (scan_status);
