package org.safercommunities.centres;

import org.safercommunities.shared.UkDates;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;


/**
 * The coordinator's forms for a centre: its public details, its lead and safeguarding, a training record, and
 * a lifecycle change. Values stay as typed (text) so a form with errors is shown again unchanged;
 * {@link CentreFormValidators} holds each form's rules. Fields are declared in page order.
 */
final class CentreForms {

	private CentreForms() {
	}

	static class DetailsForm implements Serializable {

		private String address;
		private String postcode;
		private String wardCode;
		private String openingTimes;
		private String languages;
		private String accessibility;
		private String onlineReporting;
		private String paperForms;
		private String phone;
		private String email;
		private List<String> strands = new ArrayList<>();

		static DetailsForm of(Centre centre) {
			DetailsForm form = new DetailsForm();
			form.address = centre.getAddress();
			form.postcode = centre.getPostcode();
			form.wardCode = centre.getWardCode();
			form.openingTimes = centre.getOpeningTimes();
			form.languages = String.join(", ", centre.getLanguages());
			form.accessibility = centre.getAccessibility();
			form.onlineReporting = centre.getAddress() == null ? null : yesNo(centre.isOnlineReporting());
			form.paperForms = centre.getAddress() == null ? null : yesNo(centre.isPaperForms());
			form.phone = centre.getPhone();
			form.email = centre.getEmail();
			form.strands = new ArrayList<>(centre.getStrands());
			return form;
		}

		List<String> languageCodes() {
			return languages == null ? List.of()
					: Arrays.stream(languages.split("[,;\\s]+")).map(code -> code.strip().toLowerCase(Locale.ROOT))
						.filter(code -> !code.isEmpty()).distinct().toList();
		}

		CentreDetails toDetails() {
			return new CentreDetails(address.strip(), postcode.strip().toUpperCase(Locale.ROOT), wardCode,
					openingTimes.strip(), languageCodes(), blankToNull(accessibility), "YES".equals(onlineReporting),
					"YES".equals(paperForms), blankToNull(phone), blankToNull(email), strands == null ? List.of() : strands);
		}

		public String getAddress() { return address; }
		public void setAddress(String address) { this.address = address; }
		public String getPostcode() { return postcode; }
		public void setPostcode(String postcode) { this.postcode = postcode; }
		public String getWardCode() { return wardCode; }
		public void setWardCode(String wardCode) { this.wardCode = wardCode; }
		public String getOpeningTimes() { return openingTimes; }
		public void setOpeningTimes(String openingTimes) { this.openingTimes = openingTimes; }
		public String getLanguages() { return languages; }
		public void setLanguages(String languages) { this.languages = languages; }
		public String getAccessibility() { return accessibility; }
		public void setAccessibility(String accessibility) { this.accessibility = accessibility; }
		public String getOnlineReporting() { return onlineReporting; }
		public void setOnlineReporting(String onlineReporting) { this.onlineReporting = onlineReporting; }
		public String getPaperForms() { return paperForms; }
		public void setPaperForms(String paperForms) { this.paperForms = paperForms; }
		public String getPhone() { return phone; }
		public void setPhone(String phone) { this.phone = phone; }
		public String getEmail() { return email; }
		public void setEmail(String email) { this.email = email; }
		public List<String> getStrands() { return strands; }
		public void setStrands(List<String> strands) { this.strands = strands; }

	}

	static class SafeguardingForm implements Serializable {

		private String leadName;
		private String leadEmail;
		private String safeguardingPolicy;
		private String reviewDate;
		private String safeguardingLeadName;

		static SafeguardingForm of(Centre centre) {
			SafeguardingForm form = new SafeguardingForm();
			form.leadName = centre.getLeadName();
			form.leadEmail = centre.getLeadEmail();
			form.safeguardingPolicy = centre.isSafeguardingPolicy() ? "YES" : "NO";
			form.reviewDate = UkDates.day(centre.getSafeguardingReviewDate());
			form.safeguardingLeadName = centre.getSafeguardingLeadName();
			return form;
		}

		CentreResponsibilities toResponsibilities() {
			boolean policy = "YES".equals(safeguardingPolicy);
			return new CentreResponsibilities(blankToNull(leadName), blankToNull(leadEmail), policy,
					policy ? UkDates.parseDay(reviewDate).orElse(null) : null, blankToNull(safeguardingLeadName));
		}

		public String getLeadName() { return leadName; }
		public void setLeadName(String leadName) { this.leadName = leadName; }
		public String getLeadEmail() { return leadEmail; }
		public void setLeadEmail(String leadEmail) { this.leadEmail = leadEmail; }
		public String getSafeguardingPolicy() { return safeguardingPolicy; }
		public void setSafeguardingPolicy(String safeguardingPolicy) { this.safeguardingPolicy = safeguardingPolicy; }
		public String getReviewDate() { return reviewDate; }
		public void setReviewDate(String reviewDate) { this.reviewDate = reviewDate; }
		public String getSafeguardingLeadName() { return safeguardingLeadName; }
		public void setSafeguardingLeadName(String safeguardingLeadName) { this.safeguardingLeadName = safeguardingLeadName; }

	}

	static class TrainingForm implements Serializable {

		private String trainee;
		private String course;
		private String completedOn;

		CompletedTraining toTraining() {
			return new CompletedTraining(trainee.strip(), course.strip(), UkDates.parseDay(completedOn).orElseThrow());
		}

		public String getTrainee() { return trainee; }
		public void setTrainee(String trainee) { this.trainee = trainee; }
		public String getCourse() { return course; }
		public void setCourse(String course) { this.course = course; }
		public String getCompletedOn() { return completedOn; }
		public void setCompletedOn(String completedOn) { this.completedOn = completedOn; }

	}

	static class StatusForm implements Serializable {

		private String transition;
		private String reason;

		CentreTransition transition() {
			return Arrays.stream(CentreTransition.values()).filter(value -> value.name().equals(transition)).findFirst()
				.orElse(null);
		}

		public String getTransition() { return transition; }
		public void setTransition(String transition) { this.transition = transition; }
		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = reason; }

	}

	private static String yesNo(boolean value) {
		return value ? "YES" : "NO";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
