package org.safercommunities.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * The entry form as typed, kept as text so nothing typed is lost when it has errors. Officers fill every field;
 * owners propose changes to the public ones (not the type or owner contact). {@link EntryFormValidator} turns it
 * into {@link EntryDetails}.
 */
class EntryForm {

	private String type;

	private String name;

	private String summary;

	private String address;

	private String postcode;

	private String wardCode;

	private String latitude;

	private String longitude;

	private String phone;

	private String email;

	private String website;

	private String openingHours;

	private String languages;

	private String accessibility;

	private List<String> accessFeatures = new ArrayList<>();

	private List<String> strands = new ArrayList<>();

	private List<String> categories = new ArrayList<>();

	private String staffTrainedOn;

	private String hubWeekday;

	private String hubStarts;

	private String hubEnds;

	private String popUpOn;

	private String ownerName;

	private String ownerEmail;

	private String ownerNote;

	static EntryForm of(DirectoryEntry entry) {
		EntryForm form = of(entry.details());
		form.type = entry.getType().code();
		form.ownerName = entry.getOwnerName();
		form.ownerEmail = entry.getOwnerEmail();
		return form;
	}

	static EntryForm of(EntryDetails details) {
		EntryForm form = new EntryForm();
		form.name = details.name();
		form.summary = details.summary();
		form.address = details.address();
		form.postcode = details.postcode();
		form.wardCode = details.wardCode();
		form.latitude = details.latitude() == null ? null : String.valueOf(details.latitude());
		form.longitude = details.longitude() == null ? null : String.valueOf(details.longitude());
		form.phone = details.phone();
		form.email = details.email();
		form.website = details.website();
		form.openingHours = details.openingHours();
		form.languages = String.join(", ", details.languages());
		form.accessibility = details.accessibility();
		form.accessFeatures = new ArrayList<>(details.accessFeatures());
		form.strands = new ArrayList<>(details.strands());
		form.categories = new ArrayList<>(details.categories());
		form.staffTrainedOn = details.staffTrainedOn() == null ? null : details.staffTrainedOn().toString();
		form.hubWeekday = details.hubWeekday() == null ? null : details.hubWeekday().name();
		form.hubStarts = details.hubStarts() == null ? null : details.hubStarts().toString();
		form.hubEnds = details.hubEnds() == null ? null : details.hubEnds().toString();
		form.popUpOn = details.popUpOn() == null ? null : details.popUpOn().toString();
		return form;
	}

	public String getType() { return type; }
	public void setType(String type) { this.type = type; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
	public String getPostcode() { return postcode; }
	public void setPostcode(String postcode) { this.postcode = postcode; }
	public String getWardCode() { return wardCode; }
	public void setWardCode(String wardCode) { this.wardCode = wardCode; }
	public String getLatitude() { return latitude; }
	public void setLatitude(String latitude) { this.latitude = latitude; }
	public String getLongitude() { return longitude; }
	public void setLongitude(String longitude) { this.longitude = longitude; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getWebsite() { return website; }
	public void setWebsite(String website) { this.website = website; }
	public String getOpeningHours() { return openingHours; }
	public void setOpeningHours(String openingHours) { this.openingHours = openingHours; }
	public String getLanguages() { return languages; }
	public void setLanguages(String languages) { this.languages = languages; }
	public String getAccessibility() { return accessibility; }
	public void setAccessibility(String accessibility) { this.accessibility = accessibility; }
	public List<String> getAccessFeatures() { return accessFeatures; }
	public void setAccessFeatures(List<String> accessFeatures) { this.accessFeatures = accessFeatures == null ? new ArrayList<>() : accessFeatures; }
	public List<String> getStrands() { return strands; }
	public void setStrands(List<String> strands) { this.strands = strands == null ? new ArrayList<>() : strands; }
	public List<String> getCategories() { return categories; }
	public void setCategories(List<String> categories) { this.categories = categories == null ? new ArrayList<>() : categories; }
	public String getStaffTrainedOn() { return staffTrainedOn; }
	public void setStaffTrainedOn(String staffTrainedOn) { this.staffTrainedOn = staffTrainedOn; }
	public String getHubWeekday() { return hubWeekday; }
	public void setHubWeekday(String hubWeekday) { this.hubWeekday = hubWeekday; }
	public String getHubStarts() { return hubStarts; }
	public void setHubStarts(String hubStarts) { this.hubStarts = hubStarts; }
	public String getHubEnds() { return hubEnds; }
	public void setHubEnds(String hubEnds) { this.hubEnds = hubEnds; }
	public String getPopUpOn() { return popUpOn; }
	public void setPopUpOn(String popUpOn) { this.popUpOn = popUpOn; }
	public String getOwnerName() { return ownerName; }
	public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
	public String getOwnerEmail() { return ownerEmail; }
	public void setOwnerEmail(String ownerEmail) { this.ownerEmail = ownerEmail; }
	public String getOwnerNote() { return ownerNote; }
	public void setOwnerNote(String ownerNote) { this.ownerNote = ownerNote; }

}
