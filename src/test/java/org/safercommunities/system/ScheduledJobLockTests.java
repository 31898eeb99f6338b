package org.safercommunities.system;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scheduled job runs once across instances (a ShedLock lock, {@code @SchedulerLock}), unless it is harmless
 * on every instance at once; those are listed here, each with the reason. A cron job also keeps its lock for a
 * while after it ends ({@code lockAtLeastFor}): each instance fires it by its own clock, so a quick run would
 * otherwise be over before a second instance a moment behind fires it again. TwoInstancesIntegrationTests shows
 * both on PostgreSQL with two instances.
 */
class ScheduledJobLockTests {

	/** Jobs every instance may run at the same time: deleting what is expired twice deletes nothing more. */
	private static final Set<String> ON_EVERY_INSTANCE = Set.of(
			"EvidenceUploads.deleteAbandoned", // files of reports never sent, older than a day
			"SubmissionLimiter.removeRefilledBuckets", // rate-limit buckets that are full again
			"PlanSchedule.papers"); // each paper is claimed by one conditional update, so two instances never make one twice

	@Test
	void everyScheduledJobTakesALockOrIsHarmlessOnEveryInstance() throws Exception {
		List<String> unlocked = new ArrayList<>();
		List<String> cronWithoutLingeringLock = new ArrayList<>();
		for (Method job : scheduledMethods()) {
			String name = job.getDeclaringClass().getSimpleName() + "." + job.getName();
			SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(job, SchedulerLock.class);
			Scheduled schedule = AnnotatedElementUtils.findMergedAnnotation(job, Scheduled.class);
			if (lock == null) {
				if (!ON_EVERY_INSTANCE.contains(name)) {
					unlocked.add(name);
				}
			}
			else if (!schedule.cron().isEmpty() && lock.lockAtLeastFor().isEmpty()) {
				cronWithoutLingeringLock.add(name);
			}
		}

		SoftAssertions soft = new SoftAssertions();
		soft.assertThat(unlocked).as("scheduled jobs without @SchedulerLock: with two instances they run twice (add a "
				+ "lock, or list the job in ON_EVERY_INSTANCE saying why that is harmless)").isEmpty();
		soft.assertThat(cronWithoutLingeringLock).as("cron jobs whose lock ends with the run (set lockAtLeastFor, a "
				+ "few minutes, so an instance firing a moment later does not run the job again)").isEmpty();
		soft.assertAll();
	}

	@Test
	void theListOfJobsWithoutALockNamesOnlyJobsThatExist() throws Exception {
		List<String> jobs = scheduledMethods().stream()
			.map(job -> job.getDeclaringClass().getSimpleName() + "." + job.getName())
			.toList();
		assertThat(jobs).as("scheduled jobs found in the application").hasSizeGreaterThan(ON_EVERY_INSTANCE.size())
			.containsAll(ON_EVERY_INSTANCE);
	}

	private static List<Method> scheduledMethods() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		List<Method> jobs = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("org.safercommunities")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), ScheduledJobLockTests.class.getClassLoader());
			if (type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
				continue;
			}
			ReflectionUtils.doWithMethods(type, jobs::add,
					method -> AnnotatedElementUtils.hasAnnotation(method, Scheduled.class));
		}
		return jobs;
	}

}
