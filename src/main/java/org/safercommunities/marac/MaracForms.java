package org.safercommunities.marac;

import java.util.ArrayList;
import java.util.List;

/** The CS MARAC's staff forms, each with its validator in {@link MaracValidators}. */
final class MaracForms {

	private MaracForms() {
	}

	/** Refer a case: the criteria met, the reason, and the organisations on the perpetrator's side. */
	public static class ReferralForm {
		private List<String> criteria = new ArrayList<>();
		private String reason;
		private List<Long> perpetratorSide = new ArrayList<>();
		public List<String> getCriteria() { return criteria; }
		public void setCriteria(List<String> criteria) { this.criteria = criteria == null ? new ArrayList<>() : criteria; }
		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = reason; }
		public List<Long> getPerpetratorSide() { return perpetratorSide; }
		public void setPerpetratorSide(List<Long> perpetratorSide) { this.perpetratorSide = perpetratorSide == null ? new ArrayList<>() : perpetratorSide; }
	}

	/** Create the next meetings: the first date and how many, at the configured interval. */
	public static class ScheduleForm {
		private String firstOn;
		private String count;
		public String getFirstOn() { return firstOn; }
		public void setFirstOn(String firstOn) { this.firstOn = firstOn; }
		public String getCount() { return count; }
		public void setCount(String count) { this.count = count; }
	}

	/** Who chaired the meeting and which organisations were present. */
	public static class AttendanceForm {
		private String chair;
		private List<Long> organisations = new ArrayList<>();
		public String getChair() { return chair; }
		public void setChair(String chair) { this.chair = chair; }
		public List<Long> getOrganisations() { return organisations; }
		public void setOrganisations(List<Long> organisations) { this.organisations = organisations == null ? new ArrayList<>() : organisations; }
	}

	/** Put an open referral on the meeting's agenda. */
	public static class AgendaForm {
		private Long referralId;
		public Long getReferralId() { return referralId; }
		public void setReferralId(Long referralId) { this.referralId = referralId; }
	}

	public static class NotesForm {
		private String notes;
		public String getNotes() { return notes; }
		public void setNotes(String notes) { this.notes = notes; }
	}

	public static class ActionForm {
		private String description;
		private Long ownerOrganisationId;
		private String dueOn;
		public String getDescription() { return description; }
		public void setDescription(String description) { this.description = description; }
		public Long getOwnerOrganisationId() { return ownerOrganisationId; }
		public void setOwnerOrganisationId(Long ownerOrganisationId) { this.ownerOrganisationId = ownerOrganisationId; }
		public String getDueOn() { return dueOn; }
		public void setDueOn(String dueOn) { this.dueOn = dueOn; }
	}

	/** Keep under review, or close with a reason. */
	public static class DecisionForm {
		private String decision;
		private String reason;
		public String getDecision() { return decision; }
		public void setDecision(String decision) { this.decision = decision; }
		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = reason; }
	}

}
