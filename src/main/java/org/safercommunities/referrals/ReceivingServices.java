package org.safercommunities.referrals;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managed list of receiving services: administrators keep it; referral forms offer its active entries. */
@Service
public class ReceivingServices {

	private final ReceivingServiceRepository services;

	private final Organisations organisations;

	private final AuditTrail audit;

	ReceivingServices(ReceivingServiceRepository services, Organisations organisations, AuditTrail audit) {
		this.services = services;
		this.organisations = organisations;
		this.audit = audit;
	}

	/** A receiving service with its organisation's name, as forms and lists show it. */
	public record Listed(ReceivingService service, String organisationName) {

		public long organisationId() {
			return service.getOrganisationId();
		}

	}

	@Transactional(readOnly = true)
	public List<Listed> all() {
		return listed(services.findAll());
	}

	@Transactional(readOnly = true)
	public List<Listed> active() {
		return listed(services.findByActiveTrue());
	}

	Optional<ReceivingService> ofOrganisation(long organisationId) {
		return services.findByOrganisationId(organisationId);
	}

	/** Adds the organisation to the list, or changes its entry. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public ReceivingService save(long organisationId, String description, int deadlineWorkingDays, boolean safeguarding,
			boolean victimSupport, List<String> supportKinds, boolean active) {
		return saveAsSystem(organisationId, description, deadlineWorkingDays, safeguarding, victimSupport, supportKinds,
				active);
	}

	/** For start-up seeding by the system itself (demo data) and tests, where no administrator is signed in. */
	@Transactional
	public ReceivingService saveAsSystem(long organisationId, String description, int deadlineWorkingDays,
			boolean safeguarding, boolean victimSupport, List<String> supportKinds, boolean active) {
		organisations.find(organisationId).orElseThrow(() -> new ReferralNotFound(organisationId));
		ReceivingService service = services.findByOrganisationId(organisationId)
			.orElseGet(() -> new ReceivingService(organisationId));
		service.describe(description.strip(), deadlineWorkingDays, safeguarding, victimSupport, supportKinds, active);
		ReceivingService saved = services.save(service);
		audit.record("REFERRAL_SERVICE_SAVED", "referral_service", saved.getId(), active ? "Listed" : "Not taking referrals");
		return saved;
	}

	/** The active services a report's "support wanted" answers point to, in list order. */
	List<Listed> suggestedFor(Collection<String> supportKinds) {
		return active().stream()
			.filter(listed -> listed.service().getSupportKinds().stream().anyMatch(supportKinds::contains))
			.toList();
	}

	private List<Listed> listed(List<ReceivingService> found) {
		Map<Long, String> names = organisations.all().stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName, (a, b) -> a));
		return found.stream().map(service -> new Listed(service, names.getOrDefault(service.getOrganisationId(), "?")))
			.sorted(Comparator.comparing(Listed::organisationName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}


}
