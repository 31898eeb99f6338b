-- The place a Community Trigger application is about was kept in the clear, with a normalised copy to match other
-- applications about it. It is often the applicant's home: now encrypted, and matched by a keyed blind index.
-- CaseReviewLocations moves rows written before this on the next start (it needs the key, which SQL has not).
alter table casereview_application add column location_encrypted varchar(2000);
