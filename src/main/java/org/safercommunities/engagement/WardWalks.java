package org.safercommunities.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.audit.AuditTrail.AuditActor;
import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.safercommunities.shared.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Ward Walks: officers schedule them, record who attended, assign each issue raised to a service with a due
 * date and close it with an outcome for the public page; residents raise issues in advance without an account.
 * The residents' own words are personal data: reading them is audited, and the public page never shows them.
 */
@Service
@Transactional
class WardWalks {

	static final String SOURCE = "WARD_WALKS";

	private static final String STAFF = "hasAnyRole('OFFICER', 'COORDINATOR')";

	private final WardWalkRepository walks;

	private final WalkIssueRepository issues;

	private final WalkCategoryRepository categories;

	private final AuditTrail audit;

	private final ApplicationEventPublisher publisher;

	private final Wards wards;

	private final EngagementSettings settings;

	private final Clock clock;

	WardWalks(WardWalkRepository walks, WalkIssueRepository issues, WalkCategoryRepository categories,
			AuditTrail audit, ApplicationEventPublisher publisher, Wards wards, EngagementSettings settings, Clock clock) {
		this.wards = wards;
		this.settings = settings;
		this.walks = walks;
		this.issues = issues;
		this.categories = categories;
		this.audit = audit;
		this.publisher = publisher;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	List<WalkCategory> categories() {
		return categories.findByActiveTrueOrderByDisplayOrderAsc();
	}

	boolean isCategory(String code) {
		return code != null && categories.findById(code).filter(WalkCategory::isActive).isPresent();
	}

	List<WardWalk> upcoming() {
		return walks.findByWalkOnGreaterThanEqualOrderByWalkOnAsc(today());
	}

	WardWalk walk(long id) {
		return walks.findById(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	/** What the walk's public page says: each issue's category and what was done, no one's words or name. */
	List<WalkIssue.PublicIssue> publicIssues(long walkId) {
		return issues.findByWalkIdOrderByIdAsc(walkId).stream().map(WalkIssue::publicView).toList();
	}

	/** A resident's issue for an upcoming walk; refused (404) once the walk has been held or its day has passed. */
	long raiseInAdvance(long walkId, String categoryCode, String description) {
		WardWalk walk = walk(walkId);
		if (!walk.takesIssues(today())) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		WalkIssue issue = issues.save(new WalkIssue(walkId, categoryCode, WalkIssue.RaisedBy.RESIDENT, description, today()));
		audit.append(AuditActor.publicUser(), "WALK_ISSUE_RAISED", "engagement_walk_issue", issue.getId(),
				"Raised in advance for Ward Walk " + walkId);
		return issue.getId();
	}

	@PreAuthorize(STAFF)
	List<WardWalk> all() {
		return walks.findAllByOrderByWalkOnDesc();
	}

	@PreAuthorize(STAFF)
	long schedule(String wardCode, LocalDate walkOn, String meetingPoint, String services) {
		WardWalk walk = walks.save(new WardWalk(wardCode, walkOn, meetingPoint, services, clock.instant()));
		audit.record("WARD_WALK_SCHEDULED", "engagement_ward_walk", walk.getId(), wardCode + " on " + walkOn);
		countsChanged(walkOn);
		return walk.getId();
	}

	/**
	 * Plans the financial year starting in April of {@code year}: {@code safer.engagement.walks-per-ward-per-year}
	 * walks for every ward of the partnership's area, counting the walks each already has (none is duplicated).
	 */
	@PreAuthorize(STAFF)
	WalkSchedule.Plan generate(int year) {
		LocalDate start = LocalDate.of(year, 4, 1);
		LocalDate end = start.plusYears(1);
		Map<String, List<LocalDate>> existing = walks.findByWalkOnGreaterThanEqualAndWalkOnLessThan(start, end).stream()
			.collect(Collectors.groupingBy(WardWalk::getWardCode, Collectors.mapping(WardWalk::getWalkOn, Collectors.toList())));
		WalkSchedule.Plan plan = WalkSchedule.plan(start, end, settings.walksPerWardPerYear(),
				wards.all().stream().map(Ward::getCode).toList(), existing, today().plusDays(1));
		for (WalkSchedule.Planned each : plan.planned()) {
			walks.save(new WardWalk(each.wardCode(), each.on(), null, null, clock.instant()));
			countsChanged(each.on());
		}
		audit.record("WARD_WALKS_GENERATED", "engagement_ward_walk", null, plan.planned().size() + " walks planned for "
				+ year + "-" + (year + 1) + ", " + plan.alreadyPlanned() + " already planned, " + plan.tooLate() + " too late");
		return plan;
	}

	int walksPerWardPerYear() {
		return settings.walksPerWardPerYear();
	}

	/** A walk still to come: its day, where it meets and the services invited. */
	@PreAuthorize(STAFF)
	void arrange(long walkId, LocalDate walkOn, String meetingPoint, String services) {
		WardWalk walk = walk(walkId);
		if (walk.isHeld()) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		LocalDate before = walk.getWalkOn();
		walk.arrange(walkOn, meetingPoint, services);
		audit.record("WARD_WALK_ARRANGED", "engagement_ward_walk", walkId, walkOn + " at " + meetingPoint);
		countsChanged(before);
		countsChanged(walkOn);
	}

	@PreAuthorize(STAFF)
	void held(long walkId, String servicesAttending) {
		WardWalk walk = walk(walkId);
		walk.held(servicesAttending);
		audit.record("WARD_WALK_HELD", "engagement_ward_walk", walkId, servicesAttending);
		countsChanged(walk.getWalkOn());
	}

	/** The walk's issues with the residents' words: an audited read. */
	@PreAuthorize(STAFF)
	List<WalkIssue> issuesWithDescriptions(long walkId) {
		List<WalkIssue> found = issues.findByWalkIdOrderByIdAsc(walkId);
		audit.record("WALK_ISSUES_VIEWED", "engagement_ward_walk", walkId, found.size() + " issues");
		return found;
	}

	@PreAuthorize(STAFF)
	void assign(long walkId, long issueId, String service, LocalDate dueOn) {
		WalkIssue issue = issueOf(walkId, issueId);
		issue.assign(service, dueOn);
		audit.record("WALK_ISSUE_ASSIGNED", "engagement_walk_issue", issueId, service + ", due " + dueOn);
	}

	@PreAuthorize(STAFF)
	void close(long walkId, long issueId, String outcome) {
		WalkIssue issue = issueOf(walkId, issueId);
		issue.close(today(), outcome);
		audit.record("WALK_ISSUE_CLOSED", "engagement_walk_issue", issueId, "Closed");
		countsChanged(today());
	}

	private WalkIssue issueOf(long walkId, long issueId) {
		return issues.findById(issueId).filter(issue -> issue.getWalkId() == walkId)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private void countsChanged(LocalDate day) {
		publisher.publishEvent(IndicatorCountsChanged.of(SOURCE, YearMonth.from(day)));
	}

}
