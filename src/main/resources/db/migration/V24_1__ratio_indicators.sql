-- Percentage (ratio) indicators (issue 12): an indicator may count one measure of its source over another of the
-- same source (denominator_filter); its monthly rows then hold the denominator beside the numerator, so a
-- period's percentage is the sum of its numerators over the sum of its denominators. No personal data.
alter table indicator add column denominator_filter varchar(120);
alter table indicator_month add column base_count bigint;
comment on column indicator.denominator_filter is 'For a percentage indicator, the measure of the source that is its denominator (source_filter being the numerator); empty for an indicator of counts';
comment on column indicator_month.base_count is 'For a percentage indicator, the denominator of the month (event_count being the numerator); empty for an indicator of counts';

-- The Victims' Code indicators, waiting for a source since V9_2, are now percentages of the cases module's
-- VICTIMS_CODE source. Before: source NOT_YET_COLLECTED, no filter. After: INFORMED or RJ_OFFERED over ALL.
update indicator set source = 'VICTIMS_CODE', source_filter = 'INFORMED', denominator_filter = 'ALL',
    description = 'Of the cases with a victim, by the month the case was opened, the percentage whose victim has been told of their rights under the Victims'' Code (the case''s Victims'' Code checklist). Every case type with a victim counts, not only hate crime.'
where code = 'victims-informed';
update indicator set source = 'VICTIMS_CODE', source_filter = 'RJ_OFFERED', denominator_filter = 'ALL',
    description = 'Of the cases with a victim, by the month the case was opened, the percentage whose victim has been offered Restorative Justice (the case''s Victims'' Code checklist). Every case type with a victim counts, not only hate crime.'
where code = 'restorative-justice';

-- High-risk cases from the cases module (CASE_RISK), and people who became repeat victims from the people module
-- (REPEAT_VICTIMS, borough only: the people module holds no ward for an involvement).
insert into indicator (code, name, priority, source, source_filter, geography, polarity, target_percent,
        target_baseline_year, target_date, description, display_order) values
('high-risk-cases', 'Cases assessed as high risk', 'P1', 'CASE_RISK', null, 'WARD', 'NEUTRAL', null, null, null,
    'Cases assessed as high risk each month (a case assessed high twice in a month counts once), from the risk assessments of the cases module, by the case''s ward.', 36),
('repeat-victims', 'People who became repeat victims', 'P1', 'REPEAT_VICTIMS', null, 'BOROUGH', 'NEUTRAL', null,
    null, null,
    'People who became repeat victims each month: counted in the month of the occasion that brought them to the repeat-victim threshold (by default 3 reports or cases as a victim within 12 months). Borough only: the people module does not know a ward.', 37);

-- Sources whose indicators are new here are counted again at the next refresh, not only when their data changes.
delete from indicator_refresh where source in ('VICTIMS_CODE', 'CASE_RISK', 'REPEAT_VICTIMS');
