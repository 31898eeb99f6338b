package org.safercommunities.feedback;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The satisfaction gap for the board's papers: the last 12 complete months' survey answers by strand, channel and
 * ward, small groups suppressed. Aggregates only, so the analysts and the board may read it too.
 */
@Controller
@RequestMapping("/staff/feedback/satisfaction")
@PreAuthorize("hasAnyRole('OFFICER', 'ANALYST', 'BOARD')")
class SatisfactionGapController {

	private final FeedbackComments comments;

	private final FeedbackSettings settings;

	private final Wards wards;

	SatisfactionGapController(FeedbackComments comments, FeedbackSettings settings, Wards wards) {
		this.comments = comments;
		this.settings = settings;
		this.wards = wards;
	}

	@GetMapping
	String gap(Model model) {
		YearMonth last = YearMonth.from(comments.today()).minusMonths(1);
		LocalDate from = last.minusMonths(11).atDay(1);
		LocalDate to = last.atEndOfMonth();
		List<SatisfactionGap.Row> rows = SatisfactionGap.of(comments.between(from, to), settings.suppressionThreshold());
		model.addAttribute("rows", rows);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("threshold", settings.suppressionThreshold());
		model.addAttribute("dimensions", SatisfactionGap.Dimension.values());
		model.addAttribute("wardNames", wards.all().stream().collect(Collectors.toMap(Ward::getCode, Ward::getName, (a, b) -> a)));
		return "feedback/satisfaction";
	}

}
