package org.safercommunities.organisations;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations module's public API: look-ups for other modules, and administration. */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private final OrganisationRepository repository;

	private final AuditTrail audit;

	private final Clock clock;

	Organisations(OrganisationRepository repository, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Organisation> all() {
		return repository.findAllByOrderByNameAsc();
	}

	public List<Organisation> active() {
		return all().stream().filter(Organisation::isActive).toList();
	}

	public Optional<Organisation> find(long id) {
		return repository.findById(id);
	}

	public Optional<Organisation> findByName(String name) {
		return repository.findByNameIgnoreCase(name.strip());
	}

	/** An organisation as a signed-in staff member may see it; refuses other organisations where the role says so. */
	public Optional<Organisation> viewAsStaff(long id) {
		OrganisationAccess.checkCanView(CurrentActor.require(), id);
		return repository.findById(id);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public Organisation create(String name, OrganisationType type) {
		return createUnchecked(name, type);
	}

	/** For start-up seeding by the system itself (demo data), where no administrator is signed in. */
	@Transactional
	public Organisation createAsSystem(String name, OrganisationType type) {
		return createUnchecked(name, type);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void update(long id, String name, OrganisationType type, boolean active) {
		Organisation organisation = repository.findById(id).orElseThrow();
		organisation.rename(name.strip(), type);
		organisation.setActive(active);
		audit.record("ORGANISATION_UPDATED", "organisation", id, active ? "Details changed" : "Marked inactive");
	}

	private Organisation createUnchecked(String name, OrganisationType type) {
		Organisation organisation = repository
			.save(new Organisation(name.strip(), uniqueSlug(name), type, clock.instant()));
		audit.record("ORGANISATION_CREATED", "organisation", organisation.getId(), organisation.getName());
		return organisation;
	}

	private String uniqueSlug(String name) {
		String base = slugOf(name);
		String slug = base;
		for (int suffix = 2; repository.existsBySlug(slug); suffix++) {
			slug = base + "-" + suffix;
		}
		return slug;
	}

	static String slugOf(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "organisation" : slug;
	}

}
