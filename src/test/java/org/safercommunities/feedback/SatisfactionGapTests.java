package org.safercommunities.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safercommunities.feedback.SatisfactionGap.Dimension;
import org.safercommunities.feedback.SatisfactionGap.Row;

import static org.assertj.core.api.Assertions.assertThat;

/** The satisfaction gap: percentages by group, the gap to everyone, and small groups suppressed (twice where needed). */
class SatisfactionGapTests {

	@Test
	void eachGroupHasItsPercentagesAndItsGapToEveryone() {
		List<FeedbackResponse> answers = new ArrayList<>();
		answers.addAll(answers(6, "ONLINE", "W1", Set.of("RACE"), "YES"));
		answers.addAll(answers(4, "ONLINE", "W1", Set.of("RACE"), "NO"));
		answers.addAll(answers(5, "PHONE", "W2", Set.of("DISABILITY"), "NO"));
		answers.addAll(answers(5, "PHONE", "W2", Set.of("DISABILITY", "RACE"), "YES"));
		List<Row> rows = SatisfactionGap.of(answers, 5);

		assertThat(row(rows, Dimension.ALL, null)).isEqualTo(new Row(Dimension.ALL, null, 20, 55, 100, 0, 55, 0));
		assertThat(row(rows, Dimension.STRAND, "RACE").answers()).as("a report naming two strands counts in both").isEqualTo(15);
		assertThat(row(rows, Dimension.STRAND, "RACE").satisfied()).isEqualTo(73);
		assertThat(row(rows, Dimension.STRAND, "RACE").gap()).isEqualTo(18);
		assertThat(row(rows, Dimension.STRAND, "DISABILITY").gap()).isEqualTo(-5);
		assertThat(row(rows, Dimension.CHANNEL, "ONLINE").satisfied()).isEqualTo(60);
		assertThat(row(rows, Dimension.WARD, "W2").satisfied()).isEqualTo(50);
	}

	@Test
	void aSmallGroupIsSuppressedAndSoIsTheNextSmallestWhereSubtractionWouldRevealIt() {
		List<FeedbackResponse> answers = new ArrayList<>();
		answers.addAll(answers(12, "ONLINE", "W1", Set.of("RACE"), "YES"));
		answers.addAll(answers(7, "PHONE", "W2", Set.of("RACE"), "NO"));
		answers.addAll(answers(2, "PAPER", null, Set.of("SEXUAL_ORIENTATION"), "YES"));
		List<Row> rows = SatisfactionGap.of(answers, 5);

		assertThat(row(rows, Dimension.CHANNEL, "PAPER").suppressed()).as("two answers").isTrue();
		assertThat(row(rows, Dimension.CHANNEL, "PHONE").suppressed()).as("else everyone minus online minus phone reveals paper").isTrue();
		assertThat(row(rows, Dimension.CHANNEL, "ONLINE").suppressed()).isFalse();
		assertThat(row(rows, Dimension.WARD, null).suppressed()).as("ward not known, two answers").isTrue();
		assertThat(row(rows, Dimension.WARD, "W2").suppressed()).isTrue();
		assertThat(row(rows, Dimension.STRAND, "SEXUAL_ORIENTATION").suppressed()).isTrue();
		assertThat(row(rows, Dimension.STRAND, "RACE").suppressed()).as("strands overlap: no second suppression").isFalse();
		assertThat(SatisfactionGap.of(answers.subList(0, 3), 5)).as("too few answers at all")
			.allMatch(Row::suppressed);
	}

	private static Row row(List<Row> rows, Dimension dimension, String group) {
		return rows.stream().filter(r -> r.dimension() == dimension && java.util.Objects.equals(r.group(), group))
			.findFirst().orElseThrow(() -> new AssertionError("no row " + dimension + " " + group));
	}

	private static List<FeedbackResponse> answers(int count, String channel, String ward, Set<String> strands, String support) {
		List<FeedbackResponse> made = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			SurveyForm form = new SurveyForm();
			form.setListenedTo("YES");
			form.setKeptInformed("NO");
			form.setSupport(support);
			form.setReportAgain(support);
			made.add(new FeedbackResponse(i, LocalDate.of(2026, 10, 1), form, channel, ward, strands));
		}
		return made;
	}

}
