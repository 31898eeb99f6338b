package org.safercommunities.centres;

import org.safercommunities.shared.HostilityStrands;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safercommunities.reporting.CentreMonthTally;
import org.safercommunities.reporting.ReportCodes.Channel;
import org.safercommunities.reporting.ReportCodes.Classification;
import org.safercommunities.reporting.ReportCodes.NotReportingReason;
import org.safercommunities.reporting.ReportingSettings;
import org.springframework.stereotype.Component;

/**
 * The lines of the monthly monitoring return (the paper form of recommendation f), in the order the form
 * shows them: how contacts came in, crime or incident, strand, and contacts not reported to the police with
 * their reasons. Each line has a key {@code MEASURE.CODE}, e.g. {@code CHANNEL.PAPER}.
 */
@Component
class ReturnRows {

	static final String CHANNEL = "CHANNEL";

	static final String CLASSIFICATION = "CLASSIFICATION";

	static final String STRAND = "STRAND";

	static final String NOT_REPORTED = "NOT_REPORTED";

	static final String NOT_REPORTED_REASON = "NOT_REPORTED_REASON";

	/** The one line of the NOT_REPORTED measure: all contacts not reported to the police. */
	static final String NOT_REPORTED_ALL = NOT_REPORTED + ".ALL";

	private final List<Group> groups;

	ReturnRows(ReportingSettings reporting) {
		List<Group> all = new ArrayList<>();
		all.add(new Group(CHANNEL, rows(CHANNEL, names(Channel.values()))));
		List<String> classifications = new ArrayList<>(names(Classification.values()));
		classifications.add(CentreMonthTally.UNCLASSIFIED);
		all.add(new Group(CLASSIFICATION, rows(CLASSIFICATION, classifications)));
		all.add(new Group(STRAND, rows(STRAND, reporting.strands())));
		List<Row> notReported = new ArrayList<>(rows(NOT_REPORTED, List.of("ALL")));
		notReported.addAll(rows(NOT_REPORTED_REASON, names(NotReportingReason.values())));
		all.add(new Group(NOT_REPORTED, notReported));
		this.groups = List.copyOf(all);
	}

	List<Group> groups() {
		return groups;
	}

	List<Row> all() {
		return groups.stream().flatMap(group -> group.rows().stream()).toList();
	}

	/** The product's figures for a month as return lines. */
	static Map<String, Integer> figuresOf(CentreMonthTally tally) {
		Map<String, Integer> figures = new LinkedHashMap<>();
		tally.byChannel().forEach((code, count) -> figures.put(CHANNEL + "." + code, count.intValue()));
		tally.byClassification().forEach((code, count) -> figures.put(CLASSIFICATION + "." + code, count.intValue()));
		tally.byStrand().forEach((code, count) -> figures.put(STRAND + "." + code, count.intValue()));
		figures.put(NOT_REPORTED_ALL, (int) tally.notReportedToPolice());
		tally.notReportedReasons().forEach((code, count) -> figures.put(NOT_REPORTED_REASON + "." + code, count.intValue()));
		return figures;
	}

	/** Contacts in a set of figures: each contact came in one way, so the channel lines add up to them all. */
	static int total(Map<String, Integer> figures) {
		return sumOf(figures, CHANNEL);
	}

	static int sumOf(Map<String, Integer> figures, String measure) {
		return figures.entrySet().stream().filter(entry -> entry.getKey().startsWith(measure + "."))
			.mapToInt(Map.Entry::getValue).sum();
	}

	private static List<Row> rows(String measure, List<String> codes) {
		return codes.stream().map(code -> new Row(measure, code)).toList();
	}

	private static List<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}

	record Group(String measure, List<Row> rows) {

		public String messageKey() {
			return "centres.returns.group." + measure;
		}

	}

	record Row(String measure, String code) {

		public String key() {
			return measure + "." + code;
		}

		/** Field id of the row's input, as the GOV.UK error summary links to it. */
		public String fieldId() {
			return "outside-" + measure + "-" + code;
		}

		public String messageKey() {
			return switch (measure) {
				case CHANNEL -> "reporting.channel." + code;
				case CLASSIFICATION -> "reporting.classification." + code;
				case STRAND -> HostilityStrands.messageKey(code);
				case NOT_REPORTED -> "centres.returns.not-reported";
				default -> "centres.returns.reason." + code;
			};
		}

		public boolean indented() {
			return NOT_REPORTED_REASON.equals(measure);
		}

	}

}
