package org.safercommunities.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.safercommunities.feedback.SurveyAnswers.Again;
import org.safercommunities.feedback.SurveyAnswers.Support;
import org.safercommunities.feedback.SurveyAnswers.YesPartlyNo;

/**
 * The Haringey plan's "satisfaction gap": of the survey answers of a period, the share happy with the support,
 * listened to, kept informed and willing to report again, for everyone and by strand, by the channel the report came
 * through and by ward, each with its gap to everyone in percentage points. A group with fewer answers than the
 * threshold is suppressed (its percentages could tell what one person said); where it is the only suppressed group
 * of a dimension whose groups add up to the whole (channel, ward), the next smallest group is suppressed too, so it
 * cannot be worked out by subtraction. Pure: no database, no clock.
 */
final class SatisfactionGap {

	/** Which grouping a row belongs to; words {@code feedback-staff.gap.dimension.<name>}. */
	enum Dimension { ALL, STRAND, CHANNEL, WARD }

	/**
	 * @param group the strand or channel code, ward code, or null for everyone
	 * @param answers how many answered; null (as every figure of the row) when the row is suppressed
	 */
	record Row(Dimension dimension, String group, Integer answers, Integer satisfied, Integer listened,
			Integer informed, Integer reportAgain, Integer gap) {

		public boolean suppressed() {
			return answers == null;
		}

	}

	private record Tally(int answers, int satisfied, int listened, int informed, int reportAgain) {

		static Tally of(List<FeedbackResponse> responses) {
			return new Tally(responses.size(),
					(int) responses.stream().filter(r -> r.getSupport() == Support.YES).count(),
					(int) responses.stream().filter(r -> r.getListenedTo() == YesPartlyNo.YES).count(),
					(int) responses.stream().filter(r -> r.getKeptInformed() == YesPartlyNo.YES).count(),
					(int) responses.stream().filter(r -> r.getReportAgain() == Again.YES).count());
		}

	}

	private SatisfactionGap() {
	}

	static List<Row> of(List<FeedbackResponse> responses, int threshold) {
		List<Row> rows = new ArrayList<>();
		Tally all = Tally.of(responses);
		Integer allSatisfied = all.answers() >= threshold ? percent(all.satisfied(), all.answers()) : null;
		rows.add(row(Dimension.ALL, null, all, threshold, allSatisfied));
		Map<String, List<FeedbackResponse>> byStrand = new LinkedHashMap<>();
		for (FeedbackResponse response : responses) {
			for (String strand : response.getStrands()) {
				byStrand.computeIfAbsent(strand, s -> new ArrayList<>()).add(response);
			}
		}
		// Strands overlap (a report may name two), so no group can be had by subtraction: no second suppression.
		byStrand.forEach((strand, group) -> rows.add(row(Dimension.STRAND, strand, Tally.of(group), threshold, allSatisfied)));
		rows.addAll(partition(Dimension.CHANNEL, responses, FeedbackResponse::getChannel, threshold, allSatisfied));
		rows.addAll(partition(Dimension.WARD, responses, FeedbackResponse::getWardCode, threshold, allSatisfied));
		return rows;
	}

	/** Groups that add up to everyone (an answer without a ward is its own group, "ward not known"). */
	private static List<Row> partition(Dimension dimension, List<FeedbackResponse> responses,
			Function<FeedbackResponse, String> key, int threshold, Integer allSatisfied) {
		Map<String, List<FeedbackResponse>> groups = new LinkedHashMap<>();
		for (FeedbackResponse response : responses) {
			groups.computeIfAbsent(key.apply(response), k -> new ArrayList<>()).add(response);
		}
		List<Map.Entry<String, List<FeedbackResponse>>> bySize = groups.entrySet().stream()
			.sorted(Comparator.comparingInt(e -> e.getValue().size())).toList();
		long small = bySize.stream().filter(e -> e.getValue().size() < threshold).count();
		boolean hideSecond = small == 1 && bySize.size() > 1;
		String second = hideSecond ? bySize.get(1).getKey() : null;
		List<Row> rows = new ArrayList<>();
		groups.forEach((group, members) -> rows.add(hideSecond && java.util.Objects.equals(group, second)
				? new Row(dimension, group, null, null, null, null, null, null)
				: row(dimension, group, Tally.of(members), threshold, allSatisfied)));
		return rows;
	}

	private static Row row(Dimension dimension, String group, Tally tally, int threshold, Integer allSatisfied) {
		if (tally.answers() < threshold) {
			return new Row(dimension, group, null, null, null, null, null, null);
		}
		int satisfied = percent(tally.satisfied(), tally.answers());
		return new Row(dimension, group, tally.answers(), satisfied, percent(tally.listened(), tally.answers()),
				percent(tally.informed(), tally.answers()), percent(tally.reportAgain(), tally.answers()),
				allSatisfied == null ? null : satisfied - allSatisfied);
	}

	private static int percent(int part, int whole) {
		return (int) Math.round(100.0 * part / whole);
	}

}
