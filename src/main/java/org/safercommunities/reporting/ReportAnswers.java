package org.safercommunities.reporting;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a person has answered so far, kept in an encrypted draft until they send the report. Dates are kept
 * as typed (day, month, year) so a wrong date comes back exactly as entered.
 */
class ReportAnswers implements Serializable, org.safercommunities.system.PagedForm {

	@Serial
	private static final long serialVersionUID = 1L;

	private String emergency;

	private String reporterRole;

	private List<String> incidentTypes = new ArrayList<>();

	private String whatHappened;

	private String whenKind;

	private String day;

	private String month;

	private String year;

	private String occurredDescription;

	private String locationDescription;

	private String wardCode;

	private String latitude;

	private String longitude;

	private String happenedBefore;

	private List<String> strands = new ArrayList<>();

	private List<String> subtypes = new ArrayList<>();

	private String policeConsent;

	private List<String> notReportingReasons = new ArrayList<>();

	private String notReportingDetail;

	private String giveDetails;

	private String name;

	private String email;

	private String phone;

	private String identityToPolice;

	private String safeToContact;

	private List<String> contactMethods = new ArrayList<>();

	private String contactTimes;

	private String supportWanted;

	private List<String> supportKinds = new ArrayList<>();

	/** Random key of this journey's uploaded evidence; never bound from a request. */
	private String evidenceToken;

	/** A field no person sees or fills in: anything in it means a robot filled the form. */
	private String website;

	/** The question being shown, for the error summary's order; never kept in the draft. */
	private transient ReportStep shown;

	public String evidenceToken() {
		if (evidenceToken == null) {
			byte[] bytes = new byte[24];
			new java.security.SecureRandom().nextBytes(bytes);
			evidenceToken = java.util.HexFormat.of().formatHex(bytes);
		}
		return evidenceToken;
	}

	public boolean isAnonymous() {
		return !"YES".equals(giveDetails);
	}

	/** Said "no" to giving their details (not merely left the question unanswered). */
	public boolean choseAnonymity() {
		return "NO".equals(giveDetails);
	}

	/** Forgets everything that could say who the person is or how to reach them. */
	void forgetIdentity() {
		name = null;
		email = null;
		phone = null;
		identityToPolice = null;
		safeToContact = null;
		contactMethods = new ArrayList<>();
		contactTimes = null;
	}

	public boolean wantsPolice() {
		return "YES".equals(policeConsent);
	}

	/** Not named isEmergency: that would clash with the "emergency" answer as a bean property. */
	public boolean reportsDanger() {
		return "YES".equals(emergency);
	}

	// Plain accessors for binding.

	public String getEmergency() { return emergency; }
	public void setEmergency(String emergency) { this.emergency = emergency; }
	public String getReporterRole() { return reporterRole; }
	public void setReporterRole(String reporterRole) { this.reporterRole = reporterRole; }
	public List<String> getIncidentTypes() { return incidentTypes; }
	public void setIncidentTypes(List<String> incidentTypes) { this.incidentTypes = nonNull(incidentTypes); }
	public String getWhatHappened() { return whatHappened; }
	public void setWhatHappened(String whatHappened) { this.whatHappened = whatHappened; }
	public String getWhenKind() { return whenKind; }
	public void setWhenKind(String whenKind) { this.whenKind = whenKind; }
	public String getDay() { return day; }
	public void setDay(String day) { this.day = day; }
	public String getMonth() { return month; }
	public void setMonth(String month) { this.month = month; }
	public String getYear() { return year; }
	public void setYear(String year) { this.year = year; }
	public String getOccurredDescription() { return occurredDescription; }
	public void setOccurredDescription(String occurredDescription) { this.occurredDescription = occurredDescription; }
	public String getLocationDescription() { return locationDescription; }
	public void setLocationDescription(String locationDescription) { this.locationDescription = locationDescription; }
	public String getWardCode() { return wardCode; }
	public void setWardCode(String wardCode) { this.wardCode = wardCode; }
	public String getLatitude() { return latitude; }
	public void setLatitude(String latitude) { this.latitude = latitude; }
	public String getLongitude() { return longitude; }
	public void setLongitude(String longitude) { this.longitude = longitude; }
	public String getHappenedBefore() { return happenedBefore; }
	public void setHappenedBefore(String happenedBefore) { this.happenedBefore = happenedBefore; }
	public List<String> getStrands() { return strands; }
	public void setStrands(List<String> strands) { this.strands = nonNull(strands); }
	public List<String> getSubtypes() { return subtypes; }
	public void setSubtypes(List<String> subtypes) { this.subtypes = nonNull(subtypes); }
	public String getPoliceConsent() { return policeConsent; }
	public void setPoliceConsent(String policeConsent) { this.policeConsent = policeConsent; }
	public List<String> getNotReportingReasons() { return notReportingReasons; }
	public void setNotReportingReasons(List<String> reasons) { this.notReportingReasons = nonNull(reasons); }
	public String getNotReportingDetail() { return notReportingDetail; }
	public void setNotReportingDetail(String notReportingDetail) { this.notReportingDetail = notReportingDetail; }
	public String getGiveDetails() { return giveDetails; }
	public void setGiveDetails(String giveDetails) { this.giveDetails = giveDetails; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getIdentityToPolice() { return identityToPolice; }
	public void setIdentityToPolice(String identityToPolice) { this.identityToPolice = identityToPolice; }
	public String getSafeToContact() { return safeToContact; }
	public void setSafeToContact(String safeToContact) { this.safeToContact = safeToContact; }
	public List<String> getContactMethods() { return contactMethods; }
	public void setContactMethods(List<String> contactMethods) { this.contactMethods = nonNull(contactMethods); }
	public String getContactTimes() { return contactTimes; }
	public void setContactTimes(String contactTimes) { this.contactTimes = contactTimes; }
	public String getSupportWanted() { return supportWanted; }
	public void setSupportWanted(String supportWanted) { this.supportWanted = supportWanted; }
	public List<String> getSupportKinds() { return supportKinds; }
	public void setSupportKinds(List<String> supportKinds) { this.supportKinds = nonNull(supportKinds); }
	public String getWebsite() { return website; }
	public void setWebsite(String website) { this.website = website; }

	private static List<String> nonNull(List<String> values) {
		return values == null ? new ArrayList<>() : new ArrayList<>(values);
	}

	/** Marks the question this request shows: its errors are listed in its page order. */
	void showing(ReportStep step) {
		this.shown = step;
	}

	@Override
	public List<String> fieldsOnPage() {
		return shown == null ? List.of() : List.of(shown.fields());
	}

}
