-- Ward Walk schedule generation (issue 16): a walk the year's schedule plans has no meeting point until the officer
-- arranges it. Before: meeting_point not null. After: null allowed (shown as "to be arranged").
alter table engagement_ward_walk alter column meeting_point drop not null;
comment on column engagement_ward_walk.meeting_point is 'Where the walk meets; empty while a walk planned by the year''s schedule is still to be arranged';

-- Walks held against the schedule, as a percentage: of the walks scheduled in the month, those held. A month with
-- no walks scheduled reads "No cases", never 0%. No personal data.
insert into indicator (code, name, priority, source, source_filter, denominator_filter, geography, polarity,
        target_percent, target_baseline_year, target_date, description, display_order) values
('ward-walks-held-rate', 'Ward Walks held against the schedule', 'P3', 'WARD_WALKS', 'HELD', 'SCHEDULED', 'WARD', 'UP_IS_GOOD',
    null, null, null, 'Of the Ward Walks scheduled for the month (two per ward per year by default, safer.engagement.walks-per-ward-per-year), the percentage recorded as held.', 153);
delete from indicator_refresh where source = 'WARD_WALKS';
