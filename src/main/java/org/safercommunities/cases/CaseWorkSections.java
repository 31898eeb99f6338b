package org.safercommunities.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safercommunities.cases.CaseActions.ActionView;
import org.safercommunities.shared.UkDates;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the case page's work sections show (risk, actions, reviews, Victims' Code, documents): the page adds them with
 * {@link #addTo} when it shows the whole case, and the sections are fragments in {@code cases/work/sections.html}.
 */
@Component
class CaseWorkSections {

	private final CaseRisk risk;

	private final CaseActions actions;

	private final CaseReviews reviews;

	private final CaseVictimsCodes victimsCode;

	private final CaseDocuments documents;

	private final DocumentSettings documentSettings;

	CaseWorkSections(CaseRisk risk, CaseActions actions, CaseReviews reviews, CaseVictimsCodes victimsCode,
			CaseDocuments documents, DocumentSettings documentSettings) {
		this.documents = documents;
		this.documentSettings = documentSettings;
		this.risk = risk;
		this.actions = actions;
		this.reviews = reviews;
		this.victimsCode = victimsCode;
	}

	void addTo(CaseFile file, Model model, List<TimelineEntry> timeline) {
		long id = file.getId();
		Optional<CaseRiskAssessment> assessment = risk.current(id);
		model.addAttribute("risk", assessment.map(RiskView::of).orElse(null));
		model.addAttribute("riskChangesSince", assessment.map(last -> changesSince(last, timeline)).orElse(0L));
		List<ActionView> onCase = actions.onCase(id);
		model.addAttribute("caseActions", onCase);
		model.addAttribute("overdueActions", onCase.stream().filter(ActionView::overdue).count());
		LocalDate today = reviews.today();
		model.addAttribute("nextReview", reviews.next(id).map(review -> ReviewView.of(review, today)).orElse(null));
		VictimsCodeChecklist checklist = victimsCode.of(id);
		model.addAttribute("victimsCode", VictimsCodeView.of(checklist));
		model.addAttribute("caseDocuments", documents.onCase(id));
		model.addAttribute("documentMaxMegabytes", documentSettings.maxMegabytes());
		if (!model.containsAttribute("documentForm")) {
			model.addAttribute("documentForm", new CaseDocumentForm());
		}
	}

	/**
	 * Reports and parties added after the last assessment: the victim's situation may have changed (a repeat
	 * occasion, a new alleged perpetrator), so the page asks for a reassessment.
	 */
	static long changesSince(CaseRiskAssessment assessment, List<TimelineEntry> timeline) {
		return timeline.stream()
			.filter(entry -> entry.kind() == TimelineKind.LINK || entry.kind() == TimelineKind.PARTY)
			.filter(entry -> entry.recordedAt().isAfter(assessment.getAssessedAt()))
			.count();
	}

	/** An assessment as pages show it: "Medium (score 5), raised to High by J Officer: reason". */
	record RiskView(long id, RiskLevel level, RiskLevel scoredLevel, int score, boolean overridden, boolean raised,
			String byName, String reason, String assessedOn) {

		static RiskView of(CaseRiskAssessment assessment) {
			return new RiskView(assessment.getId(), assessment.getRiskLevel(), assessment.getScoredLevel(),
					assessment.getScore(), assessment.isOverridden(), assessment.isRaised(), assessment.getAssessedByName(),
					assessment.getOverrideReason(),
					UkDates.day(assessment.getAssessedAt().atZone(org.safercommunities.shared.UkTime.ZONE).toLocalDate()));
		}

	}

	/** The next review: its dates, where it stands today (amber, overdue) and the GOV.UK tag for it. */
	record ReviewView(long id, String amberOn, String targetOn, ReviewTiming.State state) {

		static ReviewView of(CaseReview review, LocalDate today) {
			return new ReviewView(review.getId(), UkDates.day(review.getAmberOn()), UkDates.day(review.getTargetOn()),
					review.timing().stateOn(today));
		}

		public String stateKey() {
			return state.messageKey();
		}

		public String tagClass() {
			return state.tagClass();
		}

	}

	/** The checklist with its dates written out. */
	record VictimsCodeView(String informedOn, String needsAssessedOn, String referredOn, String referredTo,
			List<String> updatesGiven, String rjOfferedOn, String rjAnswerKey, int done) {

		static VictimsCodeView of(VictimsCodeChecklist checklist) {
			return new VictimsCodeView(UkDates.day(checklist.informedOn()), UkDates.day(checklist.needsAssessedOn()),
					UkDates.day(checklist.referredOn()), checklist.referredTo(),
					checklist.updatesGiven().stream().map(UkDates::day).toList(), UkDates.day(checklist.rjOfferedOn()),
					Optional.ofNullable(checklist.rjAnswer()).map(RestorativeJusticeAnswer::messageKey).orElse(null),
					checklist.done());
		}

	}

}
