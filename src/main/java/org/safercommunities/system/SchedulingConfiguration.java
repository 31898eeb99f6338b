package org.safercommunities.system;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (reminders, lapsing centres, refreshing aggregates). Each job takes a ShedLock lock in the
 * database, so with several app instances behind a load balancer it still runs once. The daily jobs also keep
 * their lock for five minutes after a quick run ({@code lockAtLeastFor}): every instance's cron fires at "the
 * same" moment, but by its own clock and whenever its scheduler thread is free, so an instance a second late
 * would otherwise find the lock already released and run the job again. Tests switch the schedule off
 * ({@code safer.scheduling.enabled=false}) and call the jobs directly; {@code TwoInstancesIntegrationTests} fires
 * one on two instances.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

}
