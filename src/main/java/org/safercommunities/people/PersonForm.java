package org.safercommunities.people;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safercommunities.people.PersonDetails.ProtectedCharacteristic;
import org.safercommunities.people.PersonDetails.Vulnerability;
import org.safercommunities.shared.UkDates;

/**
 * The officer's form for a person, new or changed. Values stay as typed (text) so a form with errors comes back
 * unchanged; {@link PersonFormValidator} holds the rules. One address is edited here; any others the person has
 * are kept as they are. Fields are declared in page order.
 */
class PersonForm implements Serializable {

	private String givenName;
	private String familyName;
	private String aliases;
	private String birthDay;
	private String birthMonth;
	private String birthYear;
	private String addressLine1;
	private String addressLine2;
	private String town;
	private String postcode;
	private String phone;
	private String email;
	private List<String> vulnerabilities = new ArrayList<>();
	private String vulnerabilityNote;
	private Map<String, String> characteristics = new LinkedHashMap<>();
	private String safeContactNote;

	static PersonForm of(PersonDetails details) {
		PersonForm form = new PersonForm();
		form.givenName = details.givenName();
		form.familyName = details.familyName();
		form.aliases = String.join("\n", details.aliases());
		if (details.dateOfBirth() != null) {
			form.birthDay = String.valueOf(details.dateOfBirth().getDayOfMonth());
			form.birthMonth = String.valueOf(details.dateOfBirth().getMonthValue());
			form.birthYear = String.valueOf(details.dateOfBirth().getYear());
		}
		if (!details.addresses().isEmpty()) {
			Address address = details.addresses().get(0);
			form.addressLine1 = address.line1();
			form.addressLine2 = address.line2();
			form.town = address.town();
			form.postcode = address.postcode();
		}
		form.phone = details.phone();
		form.email = details.email();
		form.vulnerabilities = details.vulnerabilities().stream().map(Enum::name).sorted().toList();
		form.vulnerabilityNote = details.vulnerabilityNote();
		details.protectedCharacteristics().forEach((characteristic, words) -> form.characteristics.put(characteristic.name(), words));
		form.safeContactNote = details.safeContactNote();
		return form;
	}

	boolean anyDatePart() {
		return hasText(birthDay) || hasText(birthMonth) || hasText(birthYear);
	}

	boolean everyDatePart() {
		return hasText(birthDay) && hasText(birthMonth) && hasText(birthYear);
	}

	/** The date of birth as typed in the three boxes, if it is a real date. */
	java.util.Optional<LocalDate> dateOfBirth() {
		if (!everyDatePart()) {
			return java.util.Optional.empty();
		}
		return UkDates.parseDay(birthDay.strip() + " " + birthMonth.strip() + " " + birthYear.strip());
	}

	List<String> aliasList() {
		return aliases == null ? List.of()
				: Arrays.stream(aliases.split("\\R")).map(String::strip).filter(alias -> !alias.isEmpty()).distinct().toList();
	}

	/** The details the form describes, keeping the addresses after the first one that the person already had. */
	PersonDetails toDetails(List<Address> otherAddresses) {
		List<Address> addresses = new ArrayList<>();
		if (hasText(addressLine1) || hasText(addressLine2) || hasText(town) || hasText(postcode)) {
			addresses.add(new Address(blankToNull(addressLine1), blankToNull(addressLine2), blankToNull(town),
					postcode == null || postcode.isBlank() ? null : postcode.strip().toUpperCase(java.util.Locale.ROOT)));
		}
		addresses.addAll(otherAddresses);
		Map<ProtectedCharacteristic, String> said = new EnumMap<>(ProtectedCharacteristic.class);
		characteristics.forEach((name, words) -> {
			if (hasText(words)) {
				said.put(ProtectedCharacteristic.valueOf(name), words.strip());
			}
		});
		Set<Vulnerability> needs = EnumSet.noneOf(Vulnerability.class);
		vulnerabilities.forEach(name -> needs.add(Vulnerability.valueOf(name)));
		return new PersonDetails(blankToNull(givenName), blankToNull(familyName), aliasList(), dateOfBirth().orElse(null),
				addresses, blankToNull(phone), blankToNull(email), said, needs, blankToNull(vulnerabilityNote),
				blankToNull(safeContactNote));
	}

	static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

	private static String blankToNull(String text) {
		return hasText(text) ? text.strip() : null;
	}

	public String getGivenName() { return givenName; }
	public void setGivenName(String givenName) { this.givenName = givenName; }
	public String getFamilyName() { return familyName; }
	public void setFamilyName(String familyName) { this.familyName = familyName; }
	public String getAliases() { return aliases; }
	public void setAliases(String aliases) { this.aliases = aliases; }
	public String getBirthDay() { return birthDay; }
	public void setBirthDay(String birthDay) { this.birthDay = birthDay; }
	public String getBirthMonth() { return birthMonth; }
	public void setBirthMonth(String birthMonth) { this.birthMonth = birthMonth; }
	public String getBirthYear() { return birthYear; }
	public void setBirthYear(String birthYear) { this.birthYear = birthYear; }
	public String getAddressLine1() { return addressLine1; }
	public void setAddressLine1(String addressLine1) { this.addressLine1 = addressLine1; }
	public String getAddressLine2() { return addressLine2; }
	public void setAddressLine2(String addressLine2) { this.addressLine2 = addressLine2; }
	public String getTown() { return town; }
	public void setTown(String town) { this.town = town; }
	public String getPostcode() { return postcode; }
	public void setPostcode(String postcode) { this.postcode = postcode; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public List<String> getVulnerabilities() { return vulnerabilities; }
	public void setVulnerabilities(List<String> vulnerabilities) { this.vulnerabilities = vulnerabilities == null ? new ArrayList<>() : vulnerabilities; }
	public String getVulnerabilityNote() { return vulnerabilityNote; }
	public void setVulnerabilityNote(String vulnerabilityNote) { this.vulnerabilityNote = vulnerabilityNote; }
	public Map<String, String> getCharacteristics() { return characteristics; }
	public void setCharacteristics(Map<String, String> characteristics) { this.characteristics = characteristics == null ? new LinkedHashMap<>() : characteristics; }
	public String getSafeContactNote() { return safeContactNote; }
	public void setSafeContactNote(String safeContactNote) { this.safeContactNote = safeContactNote; }

}
