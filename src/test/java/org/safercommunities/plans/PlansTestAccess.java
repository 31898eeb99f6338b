package org.safercommunities.plans;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.context.ApplicationContext;

/**
 * What tests outside this package (the browser tests) need of the plans module's package-private services:
 * boards and meetings set up as the system would, and the background papers made now rather than on the timer.
 */
public final class PlansTestAccess {

	private final PlanManagement plans;

	private final PaperJobs papers;

	private PlansTestAccess(PlanManagement plans, PaperJobs papers) {
		this.plans = plans;
		this.papers = papers;
	}

	public static PlansTestAccess from(ApplicationContext context) {
		return new PlansTestAccess(context.getBean(PlanManagement.class), context.getBean(PaperJobs.class));
	}

	public long createBoardAsSystem(String name, Collection<Long> members) {
		return plans.createBoardAsSystem(name, members);
	}

	public long scheduleMeetingAsSystem(long boardId, LocalDate meetsOn) {
		return plans.scheduleMeetingAsSystem(boardId, meetsOn);
	}

	/** Makes every paper waiting, as the timer would on one instance. */
	public int runWaiting() {
		return papers.runWaiting();
	}

}
