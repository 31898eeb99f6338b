package org.safercommunities.plans;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How a paper writes a figure beside the year before: seed 001's own sentence, and missing is not zero. */
class FigureWordingTests {

	private final FigureWording wording = new FigureWording(messages(), Locale.UK);

	@Test
	void theSeedsCaseVolumesReadAsTheAnnualReportWroteThem() {
		FigureBlock.Count cases = new FigureBlock.Count("cases.logged", "plans.section.narrative", 3602, 2495L, "/x");
		assertThat(wording.sentence(cases)).isEqualTo("Narrative: 3,602 (2,495 the year before, up 44%)");
	}

	@Test
	void changesRoundHalfAwayFromZeroToWholePercentages() {
		assertThat(FigureWording.percentChange(3602, 2495)).isEqualTo(44); // 44.37
		assertThat(FigureWording.percentChange(201, 200)).isEqualTo(1); // 0.5 rounds up
		assertThat(FigureWording.percentChange(199, 200)).isEqualTo(-1); // -0.5 rounds away from zero
		assertThat(FigureWording.percentChange(6, 11)).isEqualTo(-45); // -45.45
		assertThat(wording.change(11, 11L)).isEqualTo("no change");
		assertThat(wording.change(5, 11L)).isEqualTo("down 55%");
	}

	@Test
	void aYearTheRecordsDoNotReachIsNotHeldAndNoneIsNone() {
		assertThat(wording.comparison(32, null)).isEqualTo("the records do not reach back to the year before");
		assertThat(wording.change(32, null)).isEqualTo("Not held");
		assertThat(wording.comparison(32, 0L)).isEqualTo("none the year before");
		assertThat(wording.change(32, 0L)).isEqualTo("up from none");
		assertThat(wording.comparison(0, 0L)).isEqualTo("none the year before either");
	}

	@Test
	void anActionsOwnFullStopIsNotDoubledByTheLine() {
		assertThat(PaperBuilder.withoutFullStop("Increase the reporting of hate crime.. ")).isEqualTo("Increase the reporting of hate crime");
		assertThat(PaperBuilder.withoutFullStop("Train 87 staff")).isEqualTo("Train 87 staff");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/plans");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
