package org.safercommunities.system;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What modules still have to do after a commit: the event publications whose listener has not finished (it
 * failed, or the instance stopped first). They are sent again at every start; the administrator can send them
 * again now. Only the event's type and listener are shown, never its contents.
 */
@Controller
@RequestMapping("/staff/admin/events")
@PreAuthorize("hasRole('ADMIN')")
class EventPublicationsController {

	/** A publication younger than this may still be running. */
	private static final Duration SETTLED = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final IncompleteEventPublications incomplete;

	EventPublicationsController(JdbcClient jdbc, IncompleteEventPublications incomplete) {
		this.jdbc = jdbc;
		this.incomplete = incomplete;
	}

	record Waiting(String eventType, String listener, OffsetDateTime published, String status, Integer attempts) {

		/** {@code org.safercommunities.reporting.ReportSubmitted} reads as {@code reporting: ReportSubmitted}. */
		public String eventName() {
			return eventType.replaceFirst("^org\\.safercommunities\\.([a-z]+)\\.(.*)$", "$1: $2");
		}

	}

	@GetMapping
	String list(Model model) {
		List<Waiting> waiting = jdbc.sql("""
				select event_type, listener_id, publication_date, status, completion_attempts from event_publication
				where completion_date is null order by publication_date""")
			.query((rs, row) -> new Waiting(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
					rs.getString(4), (Integer) rs.getObject(5)))
			.list();
		model.addAttribute("waiting", waiting);
		return "system/event-publications";
	}

	@PostMapping("/resubmit")
	String resubmit() {
		incomplete.resubmitIncompletePublicationsOlderThan(SETTLED);
		return "redirect:/staff/admin/events?resubmitted";
	}

}
