-- Two percentage indicators of the referrals module's REFERRALS source (issue 13; see referrals.ReferralCounts):
-- referrals answered (accepted or declined) on or before their deadline, of those sent in the month; and the
-- Victims' Code measure, of the people who are victims on the cases opened in the month, those referred to a
-- victim support service. A month with no referrals or no victims reads "No cases", never 0%. No personal data.
insert into indicator (code, name, priority, source, source_filter, denominator_filter, geography, polarity,
        target_percent, target_baseline_year, target_date, description, display_order) values
('referrals-answered-in-time', 'Referrals answered within the deadline', 'P5', 'REFERRALS', 'ANSWERED_IN_TIME', 'ALL',
    'BOROUGH', 'UP_IS_GOOD', null, null, null,
    'Of the referrals sent each month, the percentage the receiving organisation accepted or declined on or before its response deadline (working days, bank holidays excluded; a safeguarding referral the same working day). A referral not yet answered counts as not answered in time.', 183),
('victims-referred-support-rate', 'Victims referred to support', 'P5', 'REFERRALS', 'VICTIMS_ON_CASES_REFERRED',
    'VICTIMS_ON_CASES', 'BOROUGH', 'UP_IS_GOOD', null, null, null,
    'Of the people who are victims on the cases opened each month, the percentage referred to a victim support service (from the case or as that person), the Victims'' Code measure. A person on two cases in a month counts once.', 184);

-- The source is counted again at the next refresh, so the new indicators get their months.
delete from indicator_refresh where source = 'REFERRALS';
