-- Officers tag each comment with themes (codes, comma-separated) and may choose a comment the person agreed to
-- have quoted for the annual report.
alter table feedback_response add column themes varchar(400);
alter table feedback_response add column annual_report_quote boolean default false not null;
