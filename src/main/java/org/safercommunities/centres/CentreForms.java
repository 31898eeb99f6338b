package org.safercommunities.centres;

import org.safercommunities.shared.UkDates;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/**
 * The coordinator's forms for a centre: its public details, its lead and safeguarding, a training record, and
 * a lifecycle change. Values stay as typed (text) so a form with errors is shown again unchanged; each form
 * checks itself with plain rules and GOV.UK wording.
 */
final class CentreForms {

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private static final String POSTCODE = "(?i)^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$";

	private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

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

		void validate(Set<String> wards, List<String> strandChoices, Errors errors) {
			required(address, "address", "centres.error.address", 300, errors);
			if (required(postcode, "postcode", "centres.error.postcode", 100, errors) && !postcode.strip().matches(POSTCODE)) {
				errors.rejectValue("postcode", "centres.error.postcode-format");
			}
			if (!StringUtils.hasText(wardCode) || !wards.contains(wardCode)) {
				errors.rejectValue("wardCode", "centres.error.ward");
			}
			required(openingTimes, "openingTimes", "centres.error.opening-times", 500, errors);
			List<String> unknown = languageCodes().stream().filter(code -> !LANGUAGES.contains(code)).toList();
			if (!StringUtils.hasText(languages)) {
				errors.rejectValue("languages", "centres.error.languages");
			}
			else if (!unknown.isEmpty()) {
				errors.rejectValue("languages", "centres.error.languages-unknown", new Object[] { String.join(", ", unknown) }, null);
			}
			if (accessibility != null && accessibility.length() > 1000) {
				errors.rejectValue("accessibility", "centres.error.too-long", new Object[] { 1000 }, null);
			}
			if (!isYesNo(onlineReporting)) {
				errors.rejectValue("onlineReporting", "centres.error.online-reporting");
			}
			if (!isYesNo(paperForms)) {
				errors.rejectValue("paperForms", "centres.error.paper-forms");
			}
			if (StringUtils.hasText(phone) && !phone.strip().matches("^[0-9 +()]{6,40}$")) {
				errors.rejectValue("phone", "centres.error.phone");
			}
			if (StringUtils.hasText(email) && (!email.strip().matches(EMAIL) || email.length() > 254)) {
				errors.rejectValue("email", "centres.error.email");
			}
			if (strands != null && !strandChoices.containsAll(strands)) {
				errors.rejectValue("strands", "centres.error.strands");
			}
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

		void validate(Errors errors) {
			optional(leadName, "leadName", 200, errors);
			if (StringUtils.hasText(leadEmail) && (!leadEmail.strip().matches(EMAIL) || leadEmail.length() > 254)) {
				errors.rejectValue("leadEmail", "centres.error.email");
			}
			if (!isYesNo(safeguardingPolicy)) {
				errors.rejectValue("safeguardingPolicy", "centres.error.safeguarding-policy");
			}
			if (StringUtils.hasText(reviewDate) && UkDates.parseDay(reviewDate).isEmpty()) {
				errors.rejectValue("reviewDate", "centres.error.date-format");
			}
			optional(safeguardingLeadName, "safeguardingLeadName", 200, errors);
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

		void validate(LocalDate today, Errors errors) {
			required(trainee, "trainee", "centres.error.trainee", 200, errors);
			required(course, "course", "centres.error.course", 200, errors);
			if (!StringUtils.hasText(completedOn)) {
				errors.rejectValue("completedOn", "centres.error.completed-on");
			}
			else if (UkDates.parseDay(completedOn).isEmpty()) {
				errors.rejectValue("completedOn", "centres.error.date-format");
			}
			else if (UkDates.parseDay(completedOn).get().isAfter(today)) {
				errors.rejectValue("completedOn", "centres.error.completed-on-future");
			}
		}

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

		void validate(CentreStatus current, Errors errors) {
			CentreTransition chosen = transition();
			if (chosen == null || !chosen.allowedFrom(current)) {
				errors.rejectValue("transition", "centres.error.transition");
				return;
			}
			if (chosen.needsReason() && !StringUtils.hasText(reason)) {
				errors.rejectValue("reason", "centres.error.reason");
			}
			else if (reason != null && reason.length() > 1000) {
				errors.rejectValue("reason", "centres.error.too-long", new Object[] { 1000 }, null);
			}
		}

		CentreTransition transition() {
			return Arrays.stream(CentreTransition.values()).filter(value -> value.name().equals(transition)).findFirst()
				.orElse(null);
		}

		public String getTransition() { return transition; }
		public void setTransition(String transition) { this.transition = transition; }
		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = reason; }

	}

	private static boolean required(String value, String field, String code, int max, Errors errors) {
		if (!StringUtils.hasText(value)) {
			errors.rejectValue(field, code);
			return false;
		}
		if (value.length() > max) {
			errors.rejectValue(field, "centres.error.too-long", new Object[] { max }, null);
			return false;
		}
		return true;
	}

	private static void optional(String value, String field, int max, Errors errors) {
		if (value != null && value.length() > max) {
			errors.rejectValue(field, "centres.error.too-long", new Object[] { max }, null);
		}
	}

	private static boolean isYesNo(String value) {
		return "YES".equals(value) || "NO".equals(value);
	}

	private static String yesNo(boolean value) {
		return value ? "YES" : "NO";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
