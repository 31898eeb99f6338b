package org.safercommunities.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.safercommunities.shared.CodeListConverter;
import org.safercommunities.crypto.EncryptedText;

/** One directory entry. The owner contact is personal data: encrypted and never shown to the public. */
@Entity
@Table(name = "directory_entry")
class DirectoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "entry_type", nullable = false)
	private EntryType type;

	@Column(nullable = false)
	private String slug;

	@Column(nullable = false)
	private String name;

	private String summary;

	private String address;

	private String postcode;

	@Column(name = "ward_code")
	private String wardCode;

	private Double latitude;

	private Double longitude;

	private String phone;

	private String email;

	private String website;

	@Column(name = "opening_hours")
	private String openingHours;

	@Convert(converter = CodeListConverter.class)
	@Column(nullable = false)
	private List<String> languages = List.of();

	private String accessibility;

	@Convert(converter = CodeListConverter.class)
	@Column(name = "access_features", nullable = false)
	private List<String> accessFeatures = List.of();

	@Convert(converter = CodeListConverter.class)
	@Column(nullable = false)
	private List<String> strands = List.of();

	@Convert(converter = CodeListConverter.class)
	@Column(nullable = false)
	private List<String> categories = List.of();

	@Column(name = "staff_trained_on")
	private LocalDate staffTrainedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "hub_weekday")
	private DayOfWeek hubWeekday;

	@Column(name = "hub_starts")
	private LocalTime hubStarts;

	@Column(name = "hub_ends")
	private LocalTime hubEnds;

	@Column(name = "pop_up_on")
	private LocalDate popUpOn;

	@Column(name = "organisation_id")
	private Long organisationId;

	@Column(name = "online_reporting", nullable = false)
	private boolean onlineReporting;

	@Column(name = "paper_forms", nullable = false)
	private boolean paperForms;

	@Convert(converter = EncryptedText.class)
	@Column(name = "owner_name")
	private String ownerName;

	@Convert(converter = EncryptedText.class)
	@Column(name = "owner_email")
	private String ownerEmail;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EntryStatus status;

	@Column(name = "last_confirmed_on", nullable = false)
	private LocalDate lastConfirmedOn;

	@Column(name = "reminder_sent_for")
	private LocalDate reminderSentFor;

	@Column(name = "flagged_on")
	private LocalDate flaggedOn;

	@Column(name = "hidden_on")
	private LocalDate hiddenOn;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private int version;

	protected DirectoryEntry() {
	}

	DirectoryEntry(EntryType type, String slug, EntryDetails details, Instant now, LocalDate today) {
		this.type = type;
		this.slug = slug;
		this.status = EntryStatus.PUBLISHED;
		this.createdAt = now;
		this.lastConfirmedOn = today;
		apply(details, now);
	}

	EntryDetails details() {
		return new EntryDetails(name, summary, address, postcode, wardCode, latitude, longitude, phone, email, website,
				openingHours, languages, accessibility, accessFeatures, strands, categories, staffTrainedOn, hubWeekday,
				hubStarts, hubEnds, popUpOn);
	}

	void apply(EntryDetails details, Instant now) {
		this.name = details.name();
		this.summary = blankToNull(details.summary());
		this.address = blankToNull(details.address());
		this.postcode = blankToNull(details.postcode());
		this.wardCode = blankToNull(details.wardCode());
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		this.phone = blankToNull(details.phone());
		this.email = blankToNull(details.email());
		this.website = blankToNull(details.website());
		this.openingHours = blankToNull(details.openingHours());
		this.languages = details.languages();
		this.accessibility = blankToNull(details.accessibility());
		this.accessFeatures = details.accessFeatures();
		this.strands = details.strands();
		this.categories = details.categories();
		this.staffTrainedOn = details.staffTrainedOn();
		this.hubWeekday = details.hubWeekday();
		this.hubStarts = details.hubStarts();
		this.hubEnds = details.hubEnds();
		this.popUpOn = details.popUpOn();
		this.updatedAt = now;
	}

	void owner(String ownerName, String ownerEmail) {
		this.ownerName = blankToNull(ownerName);
		this.ownerEmail = blankToNull(ownerEmail);
	}

	void centre(long organisationId, boolean onlineReporting, boolean paperForms) {
		this.organisationId = organisationId;
		this.onlineReporting = onlineReporting;
		this.paperForms = paperForms;
	}

	/** The details are right as of today: clears any flag and shows the entry again if staleness hid it. */
	void confirmed(LocalDate today) {
		this.lastConfirmedOn = today;
		this.flaggedOn = null;
		this.hiddenOn = null;
		if (status == EntryStatus.FLAGGED || status == EntryStatus.STALE_HIDDEN) {
			status = EntryStatus.PUBLISHED;
		}
	}

	void flag(LocalDate today) {
		this.flaggedOn = today;
		this.status = EntryStatus.FLAGGED;
	}

	void hideAsStale(LocalDate today) {
		this.hiddenOn = today;
		this.status = EntryStatus.STALE_HIDDEN;
	}

	void remove() {
		this.status = EntryStatus.REMOVED;
	}

	/** Restores a removed entry; an officer restoring it vouches for its details. */
	void restore(LocalDate today) {
		this.status = EntryStatus.PUBLISHED;
		confirmed(today);
	}

	/** Follows the centre's status, unless an officer removed the entry from the directory. */
	void listed(boolean listed, LocalDate today) {
		if (status != EntryStatus.REMOVED) {
			this.status = listed ? EntryStatus.PUBLISHED : EntryStatus.NOT_LISTED;
		}
		this.lastConfirmedOn = today;
		this.flaggedOn = null;
		this.hiddenOn = null;
	}

	void reminderSent(LocalDate dueOn) {
		this.reminderSentFor = dueOn;
	}

	/** Reporting centres are kept fresh by the centres module, so owners are never asked about them. */
	public boolean selfMaintained() {
		return type != EntryType.REPORTING_CENTRE;
	}

	public boolean isPublic() {
		return status.isPublic();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public Long getId() {
		return id;
	}

	public EntryType getType() {
		return type;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getSummary() {
		return summary;
	}

	public String getAddress() {
		return address;
	}

	public String getPostcode() {
		return postcode;
	}

	public String getWardCode() {
		return wardCode;
	}

	public Double getLatitude() {
		return latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public String getPhone() {
		return phone;
	}

	public String getEmail() {
		return email;
	}

	public String getWebsite() {
		return website;
	}

	public String getOpeningHours() {
		return openingHours;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public String getAccessibility() {
		return accessibility;
	}

	public List<String> getAccessFeatures() {
		return accessFeatures;
	}

	public List<String> getStrands() {
		return strands;
	}

	public List<String> getCategories() {
		return categories;
	}

	public LocalDate getStaffTrainedOn() {
		return staffTrainedOn;
	}

	public DayOfWeek getHubWeekday() {
		return hubWeekday;
	}

	public LocalTime getHubStarts() {
		return hubStarts;
	}

	public LocalTime getHubEnds() {
		return hubEnds;
	}

	public LocalDate getPopUpOn() {
		return popUpOn;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public boolean isOnlineReporting() {
		return onlineReporting;
	}

	public boolean isPaperForms() {
		return paperForms;
	}

	public String getOwnerName() {
		return ownerName;
	}

	public String getOwnerEmail() {
		return ownerEmail;
	}

	public EntryStatus getStatus() {
		return status;
	}

	public LocalDate getLastConfirmedOn() {
		return lastConfirmedOn;
	}

	public LocalDate getReminderSentFor() {
		return reminderSentFor;
	}

	public LocalDate getFlaggedOn() {
		return flaggedOn;
	}

	public LocalDate getHiddenOn() {
		return hiddenOn;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
