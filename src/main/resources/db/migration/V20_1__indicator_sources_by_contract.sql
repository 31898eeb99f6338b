-- Indicators name a source that a module provides through the indicator-source contract (shared.IndicatorCounts),
-- and the measure it counts in source_filter. Reports taken by a reporting centre are the CENTRE measure of the
-- own reports' source, no longer a source of their own.
update indicator set source = 'OWN_REPORTS', source_filter = 'CENTRE' where source = 'OWN_CENTRE_REPORTS';
-- The own reports' refresh mark was the highest report id; it is now the source's change mark, so recount once.
delete from indicator_refresh;
