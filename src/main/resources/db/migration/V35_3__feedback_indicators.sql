-- Victim satisfaction from the feedback survey (issue 16; Haringey plan: "close the satisfaction gap"): percentage
-- indicators of the feedback module's FEEDBACK source, by the month answered, by ward and strand, and by the channel
-- the report came through. No personal data.
insert into indicator (code, name, priority, source, source_filter, denominator_filter, geography, polarity,
        target_percent, target_baseline_year, target_date, description, display_order) values
('victim-satisfaction', 'Victims happy with the support they got', 'P5', 'FEEDBACK', 'SATISFIED', 'ALL', 'WARD', 'UP_IS_GOOD',
    null, null, null, 'Of the victims who answered the feedback survey, by the month answered, the percentage who were happy with the support they got ("I did not get any support" counts as not happy). By the report''s ward and strand: the satisfaction gap.', 160),
('victims-listened-to', 'Victims who felt listened to', 'P5', 'FEEDBACK', 'LISTENED', 'ALL', 'WARD', 'UP_IS_GOOD',
    null, null, null, 'Of the victims who answered the feedback survey, the percentage who said we listened to them.', 161),
('victims-kept-informed', 'Victims kept up to date', 'P5', 'FEEDBACK', 'INFORMED', 'ALL', 'WARD', 'UP_IS_GOOD',
    null, null, null, 'Of the victims who answered the feedback survey, the percentage who said we kept them up to date.', 162),
('victims-would-report-again', 'Victims who would report again', 'P5', 'FEEDBACK', 'REPORT_AGAIN', 'ALL', 'WARD', 'UP_IS_GOOD',
    null, null, null, 'Of the victims who answered the feedback survey, the percentage who would report to us again.', 163),
('victim-satisfaction-online', 'Victims happy with support: reported online', 'P5', 'FEEDBACK', 'SATISFIED_ONLINE', 'ALL_ONLINE', 'WARD', 'UP_IS_GOOD',
    null, null, null, 'Victim satisfaction (as victim-satisfaction) for reports made online: compare the channels for the satisfaction gap.', 164),
('victim-satisfaction-phone', 'Victims happy with support: reported by phone', 'P5', 'FEEDBACK', 'SATISFIED_PHONE', 'ALL_PHONE', 'WARD', 'UP_IS_GOOD',
    null, null, null, 'Victim satisfaction for reports taken by phone.', 165),
('victim-satisfaction-in-person', 'Victims happy with support: reported in person', 'P5', 'FEEDBACK', 'SATISFIED_IN_PERSON', 'ALL_IN_PERSON', 'WARD', 'UP_IS_GOOD',
    null, null, null, 'Victim satisfaction for reports taken in person at a Hate Crime Reporting Centre.', 166),
('victim-satisfaction-hub', 'Victims happy with support: reported at a hub', 'P5', 'FEEDBACK', 'SATISFIED_HUB', 'ALL_HUB', 'WARD', 'UP_IS_GOOD',
    null, null, null, 'Victim satisfaction for reports taken at a Community Safety Hub.', 167),
('victim-satisfaction-paper', 'Victims happy with support: reported on paper', 'P5', 'FEEDBACK', 'SATISFIED_PAPER', 'ALL_PAPER', 'WARD', 'UP_IS_GOOD',
    null, null, null, 'Victim satisfaction for paper reports.', 168);
