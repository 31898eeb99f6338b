-- The indicators whose control chart a board meeting's pack carries (issue 17: "the indicator pages chosen,
-- charts as SVG with their tables"). Figures are not stored: the chart is drawn from the dashboard when the pack
-- is read or made.
create table plan_meeting_indicator (
    meeting_id      bigint      not null references plan_board_meeting (id),
    indicator_code  varchar(60) not null,
    primary key (meeting_id, indicator_code)
);

comment on table plan_meeting_indicator is 'The indicators whose control chart a board meeting''s pack carries. Module: plans';
comment on column plan_meeting_indicator.meeting_id is '[not-personal] The board meeting';
comment on column plan_meeting_indicator.indicator_code is '[not-personal] The dashboard indicator (its code)';
