package org.safercommunities.performance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.safercommunities.performance.statistics.Polarity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The indicator definitions, from reference table indicator. */
@Component
class Indicators {

	private static final String SELECT = """
			select code, name, priority, source, source_filter, geography, polarity, target_percent,
			       target_baseline_year, target_date, description, display_order from indicator""";

	private final JdbcClient jdbc;

	Indicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Indicator> all() {
		return jdbc.sql(SELECT + " order by display_order, code").query(Indicators::map).list();
	}

	Optional<Indicator> find(String code) {
		return jdbc.sql(SELECT + " where code = ?").param(code).query(Indicators::map).optional();
	}

	List<Indicator> from(IndicatorSource source) {
		return all().stream().filter(indicator -> indicator.source() == source).toList();
	}

	private static Indicator map(ResultSet rs, int row) throws SQLException {
		Indicator.Target target = (rs.getBigDecimal("target_percent") == null) ? null
				: new Indicator.Target(rs.getBigDecimal("target_percent").doubleValue(),
						rs.getInt("target_baseline_year"), rs.getObject("target_date", java.time.LocalDate.class));
		return new Indicator(rs.getString("code"), rs.getString("name"), rs.getString("priority"),
				IndicatorSource.valueOf(rs.getString("source")), rs.getString("source_filter"),
				AreaType.valueOf(rs.getString("geography")), Polarity.valueOf(rs.getString("polarity")), target,
				rs.getString("description"), rs.getInt("display_order"));
	}

}
