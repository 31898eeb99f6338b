package org.safercommunities.cases;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safercommunities.shared.UkDates;
import org.springframework.util.StringUtils;

/**
 * The forms of the work on a case: a risk assessment, an action, closing an action, scheduling and completing a
 * review, and the Victims' Code checklist. Values stay as typed (text) so a form with errors comes back unchanged;
 * {@link CaseWorkValidators} holds each form's rules. Fields are declared in page order.
 */
final class CaseWorkForms {

	private CaseWorkForms() {
	}

	static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	static LocalDate day(String typed) {
		return UkDates.parseDay(typed).orElse(null);
	}

	static String typed(LocalDate day) {
		return day == null ? null : UkDates.day(day);
	}

	static Long id(String typed) {
		try {
			return StringUtils.hasText(typed) ? Long.valueOf(typed.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Answers by question ({@code answers[fearForSafety]} = YES or NO), and an optional professional override. */
	static class RiskForm implements Serializable {

		private Map<String, String> answers = new LinkedHashMap<>();
		private String overrideLevel;
		private String overrideReason;

		static RiskForm blank() {
			RiskForm form = new RiskForm();
			for (RiskQuestion question : RiskQuestion.values()) {
				form.answers.put(question.field(), null);
			}
			return form;
		}

		/** A reassessment starts from the last one's answers, so only what changed needs changing. */
		static RiskForm from(Map<RiskQuestion, Boolean> previous) {
			RiskForm form = blank();
			previous.forEach((question, yes) -> form.answers.put(question.field(), yes ? "YES" : "NO"));
			return form;
		}

		String answer(RiskQuestion question) {
			return answers == null ? null : answers.get(question.field());
		}

		List<RiskQuestion> yes() {
			return List.of(RiskQuestion.values()).stream().filter(question -> "YES".equals(answer(question))).toList();
		}

		Map<RiskQuestion, Boolean> answered() {
			Map<RiskQuestion, Boolean> answered = new LinkedHashMap<>();
			for (RiskQuestion question : RiskQuestion.values()) {
				answered.put(question, "YES".equals(answer(question)));
			}
			return answered;
		}

		RiskLevel override() {
			return StringUtils.hasText(overrideLevel) ? RiskLevel.of(overrideLevel).orElse(null) : null;
		}

		public Map<String, String> getAnswers() { return answers; }
		public void setAnswers(Map<String, String> answers) { this.answers = answers; }
		public String getOverrideLevel() { return overrideLevel; }
		public void setOverrideLevel(String overrideLevel) { this.overrideLevel = overrideLevel; }
		public String getOverrideReason() { return overrideReason; }
		public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }

	}

	/** A new action: what, who owns it, by when. */
	static class ActionForm implements Serializable {

		private String what;
		private String ownerOrganisation;
		private String ownerPerson;
		private String dueOn;

		Long organisationId() {
			return id(ownerOrganisation);
		}

		Long personId() {
			return id(ownerPerson);
		}

		public String getWhat() { return what; }
		public void setWhat(String what) { this.what = what; }
		public String getOwnerOrganisation() { return ownerOrganisation; }
		public void setOwnerOrganisation(String ownerOrganisation) { this.ownerOrganisation = ownerOrganisation; }
		public String getOwnerPerson() { return ownerPerson; }
		public void setOwnerPerson(String ownerPerson) { this.ownerPerson = ownerPerson; }
		public String getDueOn() { return dueOn; }
		public void setDueOn(String dueOn) { this.dueOn = dueOn; }

	}

	/** Closing an action: done or cancelled, on a day, with a note (a cancellation says why). */
	static class ActionCloseForm implements Serializable {

		private String outcome;
		private String closedOn;
		private String note;

		ActionStatus status() {
			return ActionStatus.of(outcome).filter(status -> status != ActionStatus.OPEN).orElse(null);
		}

		public String getOutcome() { return outcome; }
		public void setOutcome(String outcome) { this.outcome = outcome; }
		public String getClosedOn() { return closedOn; }
		public void setClosedOn(String closedOn) { this.closedOn = closedOn; }
		public String getNote() { return note; }
		public void setNote(String note) { this.note = note; }

	}

	/** When the next review is due (its amber date follows from the settings). */
	static class ReviewScheduleForm implements Serializable {

		private String targetOn;

		public String getTargetOn() { return targetOn; }
		public void setTargetOn(String targetOn) { this.targetOn = targetOn; }

	}

	/** A review done: when, what was found, why late (if after the target), and when the next one is due. */
	static class ReviewForm implements Serializable {

		private String completedOn;
		private String note;
		private String lateReason;
		private String nextTargetOn;

		public String getCompletedOn() { return completedOn; }
		public void setCompletedOn(String completedOn) { this.completedOn = completedOn; }
		public String getNote() { return note; }
		public void setNote(String note) { this.note = note; }
		public String getLateReason() { return lateReason; }
		public void setLateReason(String lateReason) { this.lateReason = lateReason; }
		public String getNextTargetOn() { return nextTargetOn; }
		public void setNextTargetOn(String nextTargetOn) { this.nextTargetOn = nextTargetOn; }

	}

	/** The Victims' Code checklist as it stands, plus one more update given (if any). */
	static class VictimsCodeForm implements Serializable {

		private String informedOn;
		private String needsAssessedOn;
		private String referredOn;
		private String referredTo;
		private String updateGivenOn;
		private String rjOfferedOn;
		private String rjAnswer;

		static VictimsCodeForm of(VictimsCodeChecklist checklist) {
			VictimsCodeForm form = new VictimsCodeForm();
			form.informedOn = typed(checklist.informedOn());
			form.needsAssessedOn = typed(checklist.needsAssessedOn());
			form.referredOn = typed(checklist.referredOn());
			form.referredTo = checklist.referredTo();
			form.rjOfferedOn = typed(checklist.rjOfferedOn());
			form.rjAnswer = checklist.rjAnswer() == null ? null : checklist.rjAnswer().name();
			return form;
		}

		/** The checklist as typed (the validator has checked every date). */
		VictimsCodeChecklist toChecklist(List<LocalDate> updatesSoFar) {
			List<LocalDate> updates = new java.util.ArrayList<>(updatesSoFar);
			LocalDate update = day(updateGivenOn);
			if (update != null && !updates.contains(update)) {
				updates.add(update);
			}
			return new VictimsCodeChecklist(day(informedOn), day(needsAssessedOn), day(referredOn),
					blankToNull(referredTo), updates, day(rjOfferedOn),
					StringUtils.hasText(rjAnswer) ? RestorativeJusticeAnswer.of(rjAnswer).orElse(null) : null);
		}

		public String getInformedOn() { return informedOn; }
		public void setInformedOn(String informedOn) { this.informedOn = informedOn; }
		public String getNeedsAssessedOn() { return needsAssessedOn; }
		public void setNeedsAssessedOn(String needsAssessedOn) { this.needsAssessedOn = needsAssessedOn; }
		public String getReferredOn() { return referredOn; }
		public void setReferredOn(String referredOn) { this.referredOn = referredOn; }
		public String getReferredTo() { return referredTo; }
		public void setReferredTo(String referredTo) { this.referredTo = referredTo; }
		public String getUpdateGivenOn() { return updateGivenOn; }
		public void setUpdateGivenOn(String updateGivenOn) { this.updateGivenOn = updateGivenOn; }
		public String getRjOfferedOn() { return rjOfferedOn; }
		public void setRjOfferedOn(String rjOfferedOn) { this.rjOfferedOn = rjOfferedOn; }
		public String getRjAnswer() { return rjAnswer; }
		public void setRjAnswer(String rjAnswer) { this.rjAnswer = rjAnswer; }

	}

}
