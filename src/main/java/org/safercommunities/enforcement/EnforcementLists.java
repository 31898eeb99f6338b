package org.safercommunities.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The managed lists administrators keep ({@code /staff/admin/enforcement}): offence codes, tariffs per period of
 * validity, PSPOs with their conditions and dates, and the closure time-limit rules. Reference data, no personal data.
 */
@Repository
class EnforcementLists {

	private static final String TARIFF_COLUMNS = "id, offence_code, valid_from, valid_to, amount_pence, "
			+ "early_reduction_percent, early_days, pay_days";

	private final JdbcClient jdbc;

	private final Clock clock;

	EnforcementLists(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// Offence codes

	/** Every offence code, retired ones included, in the order of Table 2. */
	List<OffenceCodeRow> offenceCodes() {
		return jdbc.sql("select code, offence, active from enforcement_offence_code order by display_order, code")
			.query((rs, row) -> new OffenceCodeRow(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	Optional<OffenceCodeRow> offenceCode(String code) {
		return offenceCodes().stream().filter(each -> each.code().equals(code)).findFirst();
	}

	void addOffenceCode(String code, String offence) {
		jdbc.sql("insert into enforcement_offence_code (code, offence, active, display_order) "
				+ "values (?, ?, true, (select coalesce(max(display_order), 0) + 10 from enforcement_offence_code))")
			.params(code, offence)
			.update();
	}

	void changeOffenceCode(String code, String offence, boolean active) {
		jdbc.sql("update enforcement_offence_code set offence = ?, active = ? where code = ?")
			.params(offence, active, code)
			.update();
	}

	// Tariffs

	List<Tariff> tariffs() {
		// Every offence's tariffs first, then by offence code, each by the start of its period (open first)
		return jdbc.sql("select " + TARIFF_COLUMNS + " from enforcement_tariff")
			.query((rs, row) -> new Tariff(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
			.list()
			.stream()
			.sorted(Comparator.comparing(Tariff::offenceCode, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
				.thenComparing(Tariff::validFrom, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
				.thenComparingLong(Tariff::id))
			.toList();
	}

	Optional<Tariff> tariff(long id) {
		return tariffs().stream().filter(each -> each.id() == id).findFirst();
	}

	/** Adds a tariff ({@code tariff.id()} 0) or changes one; notices already issued keep their own amounts. */
	void saveTariff(Tariff tariff) {
		if (tariff.id() == 0) {
			jdbc.sql("insert into enforcement_tariff (offence_code, valid_from, valid_to, amount_pence, "
					+ "early_reduction_percent, early_days, pay_days, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(code(tariff), tariff.validFrom(), tariff.validTo(), tariff.amountPence(),
						tariff.earlyReductionPercent(), tariff.earlyDays(), tariff.payDays(), now())
				.update();
		}
		else {
			jdbc.sql("update enforcement_tariff set offence_code = ?, valid_from = ?, valid_to = ?, amount_pence = ?, "
					+ "early_reduction_percent = ?, early_days = ?, pay_days = ?, changed_at = ? where id = ?")
				.params(code(tariff), tariff.validFrom(), tariff.validTo(), tariff.amountPence(),
						tariff.earlyReductionPercent(), tariff.earlyDays(), tariff.payDays(), now(), tariff.id())
				.update();
		}
	}

	// Closure rules

	List<ClosureLimits> closureRules() {
		return jdbc.sql("select id, valid_from, notice_hours, notice_extended_hours, order_months, "
				+ "order_extended_months from enforcement_closure_rule order by valid_from")
			.query((rs, row) -> new ClosureLimits(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3),
					rs.getInt(4), rs.getInt(5), rs.getInt(6)))
			.list();
	}

	/** The rule in force on {@code day}: the latest from on or before it (else the earliest there is). */
	ClosureLimits closureOn(LocalDate day) {
		List<ClosureLimits> rules = closureRules();
		return rules.stream().filter(rule -> !rule.validFrom().isAfter(day)).reduce((first, later) -> later)
			.or(() -> rules.stream().findFirst())
			.orElseThrow(() -> new IllegalStateException("No closure time-limit rule is held (see V34_1)"));
	}

	void addClosureRule(ClosureLimits rule) {
		jdbc.sql("insert into enforcement_closure_rule (valid_from, notice_hours, notice_extended_hours, order_months, "
				+ "order_extended_months, changed_at) values (?, ?, ?, ?, ?, ?)")
			.params(rule.validFrom(), rule.noticeHours(), rule.noticeExtendedHours(), rule.orderMonths(),
					rule.orderExtendedMonths(), now())
			.update();
	}

	// PSPOs

	List<Pspo> pspos() {
		List<Pspo> orders = jdbc.sql("select id, name, authority, area, made_on, expires_on, active from enforcement_pspo "
				+ "order by id")
			.query((rs, row) -> new Pspo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getBoolean(7), List.of()))
			.list();
		return orders.stream().map(order -> order.withConditions(conditions(order.id()))).toList();
	}

	Optional<Pspo> pspo(long id) {
		return pspos().stream().filter(each -> each.id() == id).findFirst();
	}

	/** Adds a PSPO ({@code pspo.id()} 0) or changes one, and returns its id; conditions are numbered 1, 2, ... */
	long savePspo(Pspo pspo) {
		long id = pspo.id();
		if (id == 0) {
			id = jdbc.sql("select coalesce(max(id), 0) + 1 from enforcement_pspo").query(Long.class).single();
			jdbc.sql("insert into enforcement_pspo (id, name, authority, area, made_on, expires_on, active) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
				.params(id, pspo.name(), pspo.authority(), pspo.area(), pspo.madeOn(), pspo.expiresOn(), pspo.active())
				.update();
		}
		else {
			jdbc.sql("update enforcement_pspo set name = ?, authority = ?, area = ?, made_on = ?, expires_on = ?, "
					+ "active = ? where id = ?")
				.params(pspo.name(), pspo.authority(), pspo.area(), pspo.madeOn(), pspo.expiresOn(), pspo.active(), id)
				.update();
		}
		List<String> held = conditions(id);
		for (int number = 1; number <= pspo.conditions().size(); number++) {
			String wording = pspo.conditions().get(number - 1);
			if (number <= held.size()) {
				jdbc.sql("update enforcement_pspo_condition set wording = ? where pspo_id = ? and number = ?")
					.params(wording, id, number)
					.update();
			}
			else {
				jdbc.sql("insert into enforcement_pspo_condition (id, pspo_id, number, wording) values "
						+ "((select coalesce(max(id), 0) + 1 from enforcement_pspo_condition), ?, ?, ?)")
					.params(id, number, wording)
					.update();
			}
		}
		jdbc.sql("delete from enforcement_pspo_condition where pspo_id = ? and number > ?")
			.params(id, pspo.conditions().size())
			.update();
		return id;
	}

	/** How many of the PSPO's conditions above {@code keep} breaches or notices name (they cannot be removed). */
	long conditionsInUseAbove(long pspoId, int keep) {
		return jdbc.sql("select count(*) from enforcement_pspo_condition c where c.pspo_id = ? and c.number > ? and ("
				+ "exists (select 1 from enforcement_action a where a.pspo_condition_id = c.id) or "
				+ "exists (select 1 from enforcement_penalty p where p.pspo_condition_id = c.id))")
			.params(pspoId, keep)
			.query(Long.class)
			.single();
	}

	private List<String> conditions(long pspoId) {
		return jdbc.sql("select wording from enforcement_pspo_condition where pspo_id = ? order by number")
			.param(pspoId)
			.query(String.class)
			.list();
	}

	private static String code(Tariff tariff) {
		return tariff.everyOffence() ? null : tariff.offenceCode();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	/** An offence code of the list; a retired one stays on its notices but is not offered. */
	record OffenceCodeRow(String code, String offence, boolean active) {
	}

	/** A Public Spaces Protection Order with its numbered conditions (dates null where the source gives none). */
	record Pspo(long id, String name, String authority, String area, LocalDate madeOn, LocalDate expiresOn,
			boolean active, List<String> conditions) {

		Pspo withConditions(List<String> wordings) {
			return new Pspo(id, name, authority, area, madeOn, expiresOn, active, List.copyOf(wordings));
		}

	}

}
