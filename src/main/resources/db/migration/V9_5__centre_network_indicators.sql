-- Indicators from the reporting centre network (centres module): all contacts recorded in the centres' monthly
-- returns (seed 003 recommendation f: in the product and on paper or by phone), and hate crime awareness
-- training completed by centre staff (recommendation h), which was defined but not collected until now.
insert into indicator (code, name, priority, source, source_filter, geography, polarity, target_percent,
        target_baseline_year, target_date, description, display_order) values
('centre-contacts', 'Contacts recorded by Hate Crime Reporting Centres', 'P5', 'CENTRE_RETURNS', null, 'WARD',
    'UP_IS_GOOD', null, null, null,
    'Every contact the reporting centres record in their monthly monitoring returns: reports taken in this service and those taken on paper or by phone (Barnet strategy Action 4; board paper recommendation f).', 135);

update indicator
set source = 'CENTRE_TRAINING', geography = 'WARD',
    name = 'Reporting centre staff trained to identify and report hate crime',
    description = 'Hate crime awareness training completed by reporting centre staff, by month (board paper recommendation h; Appendix 3 eligibility). The wider frontline training of the Zero Tolerance to Hate Crime project (87 staff in 2022-23, annual report 4.5.5) is not recorded here yet.'
where code = 'hate-training';
