-- The cases each report was opened into or linked to, as the cases module announced them (CaseOpened,
-- CaseReportLinked): for the staff report page's "Case C-... was opened from this report". Owned by reporting;
-- case_id is the cases module's id, not a foreign key into its table.
create table report_case_link (
    report_id       bigint      not null references hate_report (id),
    case_id         bigint      not null,
    case_reference  varchar(20) not null,
    opened_from     boolean     not null,
    linked_at       timestamp with time zone not null,
    primary key (report_id, case_id)
);
comment on table report_case_link is 'Cases opened from (opened_from) or linked to each report, by case id and reference; no personal data';
