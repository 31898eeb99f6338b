package org.safercommunities.plans;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.safercommunities.plans.PlanRecords.ActionDetails;
import org.safercommunities.plans.PlanRecords.PriorityDetails;
import org.safercommunities.plans.PlanRecords.StrategyDetails;
import org.safercommunities.shared.UkDates;
import org.springframework.util.StringUtils;

/** The plan pages' form objects: what was typed, kept as text so a bad entry comes back as it was. */
final class PlanForms {

	private PlanForms() {
	}

	static String text(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	/** Indicator codes typed with commas or spaces between them. */
	static List<String> codes(String typed) {
		return typed == null ? List.of()
				: Arrays.stream(typed.split("[,\\s]+")).map(String::strip).filter(code -> !code.isEmpty()).distinct()
					.toList();
	}

	static class StrategyForm implements Serializable {

		private String name;
		private String ownerOrganisationId;
		private String periodFrom;
		private String periodTo;
		private String source;

		static StrategyForm of(StrategyDetails details) {
			StrategyForm form = new StrategyForm();
			form.name = details.name();
			form.ownerOrganisationId = String.valueOf(details.ownerOrganisationId());
			form.periodFrom = UkDates.day(details.periodFrom());
			form.periodTo = UkDates.day(details.periodTo());
			form.source = details.source();
			return form;
		}

		StrategyDetails toDetails() {
			return new StrategyDetails(name.strip(), Long.parseLong(ownerOrganisationId.strip()),
					UkDates.parseDay(periodFrom).orElseThrow(), UkDates.parseDay(periodTo).orElseThrow(), text(source));
		}

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getOwnerOrganisationId() { return ownerOrganisationId; }
		public void setOwnerOrganisationId(String ownerOrganisationId) { this.ownerOrganisationId = ownerOrganisationId; }
		public String getPeriodFrom() { return periodFrom; }
		public void setPeriodFrom(String periodFrom) { this.periodFrom = periodFrom; }
		public String getPeriodTo() { return periodTo; }
		public void setPeriodTo(String periodTo) { this.periodTo = periodTo; }
		public String getSource() { return source; }
		public void setSource(String source) { this.source = source; }

	}

	static class PriorityForm implements Serializable {

		private String number;
		private String title;
		private String outcomes;

		static PriorityForm of(PriorityDetails details) {
			PriorityForm form = new PriorityForm();
			form.number = String.valueOf(details.number());
			form.title = details.title();
			form.outcomes = details.outcomes();
			return form;
		}

		PriorityDetails toDetails() {
			return new PriorityDetails(Integer.parseInt(number.strip()), title.strip(), text(outcomes));
		}

		public String getNumber() { return number; }
		public void setNumber(String number) { this.number = number; }
		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }
		public String getOutcomes() { return outcomes; }
		public void setOutcomes(String outcomes) { this.outcomes = outcomes; }

	}

	static class ActionForm implements Serializable {

		private String reference;
		private String what;
		private String leadOrganisationId;
		private String leadUserId;
		private String deadline;
		private String outputMeasures;
		private String indicatorCodes;

		static ActionForm of(ActionDetails details) {
			ActionForm form = new ActionForm();
			form.reference = details.reference();
			form.what = details.what();
			form.leadOrganisationId = String.valueOf(details.leadOrganisationId());
			form.leadUserId = details.leadUserId() == null ? null : String.valueOf(details.leadUserId());
			form.deadline = details.deadline() == null ? null : UkDates.day(details.deadline());
			form.outputMeasures = details.outputMeasures();
			form.indicatorCodes = String.join(", ", details.indicatorCodes());
			return form;
		}

		ActionDetails toDetails() {
			return new ActionDetails(reference.strip(), what.strip(), Long.parseLong(leadOrganisationId.strip()),
					StringUtils.hasText(leadUserId) ? Long.valueOf(leadUserId.strip()) : null,
					StringUtils.hasText(deadline) ? UkDates.parseDay(deadline).orElseThrow() : null,
					text(outputMeasures), codes(indicatorCodes));
		}

		public String getReference() { return reference; }
		public void setReference(String reference) { this.reference = reference; }
		public String getWhat() { return what; }
		public void setWhat(String what) { this.what = what; }
		public String getLeadOrganisationId() { return leadOrganisationId; }
		public void setLeadOrganisationId(String leadOrganisationId) { this.leadOrganisationId = leadOrganisationId; }
		public String getLeadUserId() { return leadUserId; }
		public void setLeadUserId(String leadUserId) { this.leadUserId = leadUserId; }
		public String getDeadline() { return deadline; }
		public void setDeadline(String deadline) { this.deadline = deadline; }
		public String getOutputMeasures() { return outputMeasures; }
		public void setOutputMeasures(String outputMeasures) { this.outputMeasures = outputMeasures; }
		public String getIndicatorCodes() { return indicatorCodes; }
		public void setIndicatorCodes(String indicatorCodes) { this.indicatorCodes = indicatorCodes; }

	}

	static class UpdateForm implements Serializable {

		private String rag;
		private String reason;
		private String text;

		public String getRag() { return rag; }
		public void setRag(String rag) { this.rag = rag; }
		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = reason; }
		public String getText() { return text; }
		public void setText(String text) { this.text = text; }

	}

	static class BoardForm implements Serializable {

		private String name;
		private List<String> memberOrganisationIds = new java.util.ArrayList<>();

		List<Long> members() {
			return memberOrganisationIds.stream().map(id -> Long.parseLong(id.strip())).distinct().toList();
		}

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public List<String> getMemberOrganisationIds() { return memberOrganisationIds; }
		public void setMemberOrganisationIds(List<String> ids) { this.memberOrganisationIds = ids == null ? new java.util.ArrayList<>() : ids; }

	}

	/** The indicators whose chart a meeting's pack carries. */
	static class PackChartsForm implements Serializable {

		private List<String> indicatorCodes = new ArrayList<>();

		public List<String> getIndicatorCodes() { return indicatorCodes; }
		public void setIndicatorCodes(List<String> indicatorCodes) {
			this.indicatorCodes = indicatorCodes == null ? new ArrayList<>() : indicatorCodes;
		}

	}

	static class MeetingForm implements Serializable {

		private String meetsOn;

		public String getMeetsOn() { return meetsOn; }
		public void setMeetsOn(String meetsOn) { this.meetsOn = meetsOn; }

	}

}
