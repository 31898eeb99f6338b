package org.safercommunities.centres;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Managing the reporting centre network: registering a centre, its details, lead, safeguarding and training,
 * and its lifecycle. Every change is audited; every change of status or public details publishes
 * {@link CentreListingChanged} for the public directory.
 */
@Service
@Transactional
public class CentreManagement {

	static final ZoneId UK = UkTime.ZONE;

	private final CentreRepository centres;

	private final Organisations organisations;

	private final CentresSettings settings;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource messages;

	CentreManagement(CentreRepository centres, Organisations organisations, CentresSettings settings, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.centres = centres;
		this.organisations = organisations;
		this.settings = settings;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(UK));
	}

	@Transactional(readOnly = true)
	List<Centre> all() {
		return centres.findAll();
	}

	@Transactional(readOnly = true)
	Optional<Centre> find(long organisationId) {
		return centres.findById(organisationId);
	}

	/** A centre's page, with its lead's and safeguarding lead's names: the read is audited. */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'OFFICER')")
	Centre open(long organisationId) {
		Centre centre = require(organisationId);
		centre.getHistory().size();
		audit.record("CENTRE_VIEWED", "reporting_centre", organisationId, "Centre page with its leads' contact details");
		return centre;
	}

	/** Organisations that could become a reporting centre: active and not yet registered. */
	@Transactional(readOnly = true)
	List<Organisation> candidates() {
		Set<Long> registered = centres.findAll().stream().map(Centre::getOrganisationId).collect(Collectors.toSet());
		return organisations.active().stream().filter(org -> !registered.contains(org.getId())).toList();
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	Centre register(long organisationId) {
		return registerUnchecked(organisationId);
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	void describe(long organisationId, CentreDetails details) {
		Centre centre = require(organisationId);
		centre.describe(details);
		audit.record("CENTRE_DETAILS_CHANGED", "reporting_centre", organisationId, "Public details");
		publishListing(centre);
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	void assign(long organisationId, CentreResponsibilities responsibilities) {
		require(organisationId).assign(responsibilities);
		audit.record("CENTRE_LEADS_CHANGED", "reporting_centre", organisationId,
				"Hate Crime Lead and safeguarding");
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	void addTraining(long organisationId, CompletedTraining training) {
		require(organisationId).addTraining(training);
		audit.record("CENTRE_TRAINING_ADDED", "reporting_centre", organisationId,
				training.course() + " on " + training.completedOn());
		events.publishEvent(IndicatorCountsChanged.of(CentreNetworkCounts.TRAINING, YearMonth.from(training.completedOn())));
	}

	/**
	 * Training recorded as an engagement session (whose recording checked the role): kept as the centre's training
	 * when the organisation hosts a centre.
	 */
	void recordDeliveredTraining(long organisationId, CompletedTraining training) {
		centres.findById(organisationId).ifPresent(centre -> {
			centre.addTraining(training);
			audit.record("CENTRE_TRAINING_ADDED", "reporting_centre", organisationId,
					training.course() + " on " + training.completedOn() + ", from an engagement training session");
			events.publishEvent(IndicatorCountsChanged.of(CentreNetworkCounts.TRAINING, YearMonth.from(training.completedOn())));
		});
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	void removeTraining(long organisationId, long trainingId) {
		require(organisationId).removeTraining(trainingId).ifPresent(completedOn -> {
			audit.record("CENTRE_TRAINING_REMOVED", "reporting_centre", organisationId, "Training record " + trainingId);
			events.publishEvent(IndicatorCountsChanged.of(CentreNetworkCounts.TRAINING, YearMonth.from(completedOn)));
		});
	}

	/**
	 * Moves a centre along its lifecycle. Activating or reinstating re-checks every eligibility criterion and is
	 * refused with the list of what is missing.
	 * @return the criteria not met (nothing changed), or empty when the change was made
	 */
	@PreAuthorize("hasRole('COORDINATOR')")
	List<Eligibility.Shortfall> transition(long organisationId, CentreTransition transition, String reason) {
		Centre centre = require(organisationId);
		if (!transition.allowedFrom(centre.getStatus())) {
			throw new IllegalStateException(transition + " is not possible for a " + centre.getStatus() + " centre");
		}
		if (transition.needsEligibility()) {
			List<Eligibility.Shortfall> missing = shortfalls(centre);
			if (!missing.isEmpty()) {
				return missing;
			}
		}
		changeStatus(centre, transition.to(), reason);
		return List.of();
	}

	/** The daily job's lapse: no eligibility check, the reason is the job's finding. */
	void lapseAsSystem(Centre centre, String reason) {
		changeStatus(centre, CentreStatus.LAPSED, reason);
	}

	List<Eligibility.Shortfall> shortfalls(Centre centre) {
		return Eligibility.shortfalls(centre.eligibilityFacts(), today(), settings.trainingValidMonths());
	}

	/**
	 * For start-up seeding (the demo) where nobody is signed in: a centre with its details, responsibilities and
	 * training, made active (as from {@code activeSince}, owing returns from that month) when it meets every
	 * criterion and {@code activeSince} is given.
	 */
	public void seedAsSystem(long organisationId, CentreDetails details, CentreResponsibilities responsibilities,
			List<CompletedTraining> training, LocalDate activeSince) {
		Centre centre = registerUnchecked(organisationId);
		centre.describe(details);
		centre.assign(responsibilities);
		training.forEach(centre::addTraining);
		if (activeSince != null && shortfalls(centre).isEmpty()) {
			changeStatus(centre, CentreStatus.ACTIVE, reason("centres.status-reason.demo-active"));
			centre.activeSince(activeSince);
		}
		else {
			publishListing(centre);
		}
	}

	/** Whether the organisation already has a centre record. */
	@Transactional(readOnly = true)
	public boolean isRegistered(long organisationId) {
		return centres.existsById(organisationId);
	}

	/** Tells the directory about every centre, e.g. when the demo starts, so it is populated. */
	public void publishAllListings() {
		centres.findAll().forEach(this::publishListing);
	}

	private Centre registerUnchecked(long organisationId) {
		organisations.find(organisationId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if (centres.existsById(organisationId)) {
			throw new IllegalStateException("Organisation " + organisationId + " already has a centre record");
		}
		Centre centre = centres.save(new Centre(organisationId, reason("centres.status-reason.registered"), clock.instant(),
				actorName()));
		audit.record("CENTRE_REGISTERED", "reporting_centre", organisationId, "Applicant");
		return centre;
	}

	/** A reason the service gives in a centre's history, kept as written: English, as staff pages are. */
	private String reason(String key) {
		return messages.getMessage(key, null, Locale.UK);
	}

	private void changeStatus(Centre centre, CentreStatus to, String reason) {
		CentreStatus from = centre.getStatus();
		centre.changeStatus(to, reason, clock.instant(), actorName(), today());
		audit.record("CENTRE_STATUS_CHANGED", "reporting_centre", centre.getOrganisationId(), from + " to " + to + ": " + reason);
		publishListing(centre);
	}

	private void publishListing(Centre centre) {
		String name = organisations.find(centre.getOrganisationId()).map(Organisation::getName).orElse("");
		events.publishEvent(new CentreListingChanged(centre.getOrganisationId(), name, centre.isActive(),
				centre.getAddress(), centre.getPostcode(), centre.getWardCode(), centre.getOpeningTimes(),
				centre.getLanguages(), centre.getAccessibility(), centre.isOnlineReporting(), centre.isPaperForms(),
				centre.getPhone(), centre.getEmail(), centre.getStrands()));
	}

	private Centre require(long organisationId) {
		return centres.findById(organisationId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private static String actorName() {
		return CurrentActor.find().map(StaffActor::username).orElse(AuditTrail.SYSTEM);
	}

}
