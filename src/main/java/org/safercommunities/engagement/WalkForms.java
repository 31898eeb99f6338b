package org.safercommunities.engagement;

import java.io.Serializable;

/** The Ward Walk pages' form objects, as typed. */
final class WalkForms {

	private WalkForms() {
	}

	static class ScheduleForm implements Serializable {

		private String wardCode;
		private String walkOn;
		private String meetingPoint;
		private String services;

		public String getWardCode() { return wardCode; }
		public void setWardCode(String wardCode) { this.wardCode = wardCode; }
		public String getWalkOn() { return walkOn; }
		public void setWalkOn(String walkOn) { this.walkOn = walkOn; }
		public String getMeetingPoint() { return meetingPoint; }
		public void setMeetingPoint(String meetingPoint) { this.meetingPoint = meetingPoint; }
		public String getServices() { return services; }
		public void setServices(String services) { this.services = services; }

	}

	/** Plan the year's walks: the financial year, by the year it starts in. */
	static class GenerateForm implements Serializable {

		private String year;

		public String getYear() { return year; }
		public void setYear(String year) { this.year = year; }

	}

	/** The walk took place: the services that attended. */
	static class HeldForm implements Serializable {

		private String servicesAttending;

		public String getServicesAttending() { return servicesAttending; }
		public void setServicesAttending(String servicesAttending) { this.servicesAttending = servicesAttending; }

	}

	static class AssignForm implements Serializable {

		private String service;
		private String dueOn;

		public String getService() { return service; }
		public void setService(String service) { this.service = service; }
		public String getDueOn() { return dueOn; }
		public void setDueOn(String dueOn) { this.dueOn = dueOn; }

	}

	static class CloseForm implements Serializable {

		private String outcome;

		public String getOutcome() { return outcome; }
		public void setOutcome(String outcome) { this.outcome = outcome; }

	}

	/** A resident's issue for an upcoming walk (public, no account). */
	static class AdvanceIssueForm implements Serializable {

		private String categoryCode;
		private String description;

		public String getCategoryCode() { return categoryCode; }
		public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
		public String getDescription() { return description; }
		public void setDescription(String description) { this.description = description; }

	}

}
