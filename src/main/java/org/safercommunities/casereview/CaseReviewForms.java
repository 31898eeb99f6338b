package org.safercommunities.casereview;

/** The staff forms of a Case Review, each with its validator in {@link CaseReviewValidators}. */
final class CaseReviewForms {

	private CaseReviewForms() {
	}

	public static class DecisionForm {
		private String accepted;
		private String reason;
		public String getAccepted() { return accepted; }
		public void setAccepted(String accepted) { this.accepted = accepted; }
		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = reason; }
	}

	public static class ReviewForm {
		private String heldOn;
		private String recommendations;
		private String outcome;
		public String getHeldOn() { return heldOn; }
		public void setHeldOn(String heldOn) { this.heldOn = heldOn; }
		public String getRecommendations() { return recommendations; }
		public void setRecommendations(String recommendations) { this.recommendations = recommendations; }
		public String getOutcome() { return outcome; }
		public void setOutcome(String outcome) { this.outcome = outcome; }
	}

	public static class AppealForm {
		private String receivedOn;
		private String upheld;
		private String reason;
		public String getReceivedOn() { return receivedOn; }
		public void setReceivedOn(String receivedOn) { this.receivedOn = receivedOn; }
		public String getUpheld() { return upheld; }
		public void setUpheld(String upheld) { this.upheld = upheld; }
		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = reason; }
	}

	public static class BankHolidayForm {
		private String day;
		private String name;
		public String getDay() { return day; }
		public void setDay(String day) { this.day = day; }
		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
	}

}
