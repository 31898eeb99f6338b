-- Data dictionary of the referrals tables (issue 13), and the dashboard's referral indicators from the referrals
-- module's REFERRALS source (shared.IndicatorCounts; measures in source_filter, see referrals.ReferralCounts).
comment on table referral_service is 'Organisations that take referrals: service, response deadline in working days (0: same day), suggested-by support kinds';
comment on table referral is 'A referral between organisations, with a copy of exactly what the receiver may see';
comment on column referral.basis_reason is '[ENCRYPTED][PERSONAL] Why a legal gateway (s.115, safeguarding) applies';
comment on column referral.summary is '[ENCRYPTED][PERSONAL] The summary the receiver reads';
comment on column referral.account is '[ENCRYPTED][PERSONAL] The account of what happened, when shared; cleared when consent is withdrawn';
comment on column referral.contact_details is '[ENCRYPTED][PERSONAL] Name and contact details, only where the basis allows; cleared when consent is withdrawn';
comment on column referral.decline_reason is '[ENCRYPTED][PERSONAL] Why the receiver declined';
comment on column referral.outcome is '[ENCRYPTED][PERSONAL] The receiver''s outcome';
comment on table referral_report is 'The reports whose account a referral carries (for the reporter''s follow-up page)';
comment on table referral_consent_event is 'Consent to a referral as events (given, refused, withdrawn) with the exact words read';

insert into indicator (code, name, priority, source, source_filter, geography, polarity, target_percent,
        target_baseline_year, target_date, description, display_order) values
('referrals-made', 'Referrals made to partner organisations', 'P5', 'REFERRALS', null, 'BOROUGH', 'NEUTRAL', null,
    null, null, 'Referrals sent between partnership organisations each month, by receiving organisation (tell us once).', 180),
('referrals-accepted', 'Referrals accepted', 'P5', 'REFERRALS', 'ACCEPTED', 'BOROUGH', 'UP_IS_GOOD', null,
    null, null, 'Referrals accepted by the receiving organisation, by the month they were sent and by receiving organisation.', 181),
('victims-referred-support', 'Victims referred to support services', 'P5', 'REFERRALS', 'VICTIMS_REFERRED_TO_SUPPORT',
    'BOROUGH', 'UP_IS_GOOD', null, null, null,
    'People referred to a victim support service each month (the Victims'' Code measure; the percentage needs the number of victims as its base).', 182);
