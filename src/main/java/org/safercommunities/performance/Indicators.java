package org.safercommunities.performance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

import org.safercommunities.performance.statistics.Polarity;
import org.safercommunities.shared.IndicatorCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The indicator definitions, from reference table indicator. */
@Component
class Indicators {

	private static final String SELECT = """
			select code, name, priority, source, source_filter, denominator_filter, geography, polarity, target_percent,
			       target_baseline_year, target_date, description, display_order from indicator""";

	private final JdbcClient jdbc;

	private final Map<String, IndicatorCounts> providers;

	/** Reference data, changed only by migrations: read once. */
	private volatile List<Indicator> all;

	Indicators(JdbcClient jdbc, List<IndicatorCounts> providers) {
		this.jdbc = jdbc;
		this.providers = providers.stream()
			.collect(Collectors.toUnmodifiableMap(IndicatorCounts::source, provider -> provider));
	}

	/** Every source a module provides. */
	java.util.Collection<IndicatorCounts> providers() {
		return providers.values();
	}

	List<Indicator> all() {
		List<Indicator> read = all;
		if (read == null) {
			read = List.copyOf(jdbc.sql(SELECT + " order by display_order, code").query(this::map).list());
			all = read;
		}
		return read;
	}

	Optional<Indicator> find(String code) {
		return all().stream().filter(indicator -> indicator.code().equals(code)).findFirst();
	}

	/** The indicators counted from a source. */
	List<Indicator> from(IndicatorCounts provider) {
		return all().stream().filter(indicator -> indicator.source().counts() == provider).toList();
	}

	private Indicator map(ResultSet rs, int row) throws SQLException {
		Indicator.Target target = (rs.getBigDecimal("target_percent") == null) ? null
				: new Indicator.Target(rs.getBigDecimal("target_percent").doubleValue(),
						rs.getInt("target_baseline_year"), rs.getObject("target_date", java.time.LocalDate.class));
		return new Indicator(rs.getString("code"), rs.getString("name"), rs.getString("priority"),
				source(rs.getString("source")), rs.getString("source_filter"), rs.getString("denominator_filter"),
				AreaType.valueOf(rs.getString("geography")), Polarity.valueOf(rs.getString("polarity")), target,
				rs.getString("description"), rs.getInt("display_order"));
	}

	private IndicatorSource source(String name) {
		IndicatorCounts provider = providers.get(name);
		return provider == null ? IndicatorSource.notProvided(name) : new IndicatorSource(name, provider);
	}

}
