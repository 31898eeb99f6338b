package org.safercommunities.plans;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.notifications.Email;
import org.safercommunities.notifications.Mailer;
import org.safercommunities.plans.PaperJob.Format;
import org.safercommunities.plans.PaperJob.Kind;
import org.safercommunities.security.StaffAccounts;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.UkTime;
import org.safercommunities.system.PdfDocuments;
import org.safercommunities.system.WebSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Annual reports and board packs are made in the background, so the page that asks never waits: the request is
 * a queued row; whichever instance claims it first (one conditional update) makes the file, keeps it in the row
 * and e-mails the person who asked. A paper whose instance stopped mid-way is claimed again once stale, and one
 * that fails is tried again up to {@link #ATTEMPTS} times before it is marked failed with the reason.
 */
@Service
class PaperJobs {

	private static final Logger log = LoggerFactory.getLogger(PaperJobs.class);

	static final int ATTEMPTS = 3;

	/** Longer than any paper takes to make, so a running paper older than this has lost its instance. */
	static final Duration STALE = Duration.ofMinutes(10);

	private final PaperStore store;

	private final Drafts drafts;

	private final PaperBuilder builder;

	private final PlanStore plans;

	private final PdfDocuments pdfs;

	private final Mailer mailer;

	private final StaffAccounts staff;

	private final MessageSource messages;

	private final WebSettings web;

	private final AuditTrail audit;

	private final Clock clock;

	PaperJobs(PaperStore store, Drafts drafts, PaperBuilder builder, PlanStore plans, PdfDocuments pdfs, Mailer mailer,
			StaffAccounts staff, MessageSource messages, WebSettings web, AuditTrail audit, Clock clock) {
		this.store = store;
		this.drafts = drafts;
		this.builder = builder;
		this.plans = plans;
		this.pdfs = pdfs;
		this.mailer = mailer;
		this.staff = staff;
		this.messages = messages;
		this.web = web;
		this.audit = audit;
		this.clock = clock;
	}

	/** Queues a paper for the signed-in person and returns its id. */
	long request(Kind kind, long subjectId, Format format) {
		long userId = CurrentActor.require().userId();
		long id = store.insertJob(kind, subjectId, format, userId, now());
		audit.record("PAPER_REQUESTED", "plan_paper_job", id, kind + " " + subjectId + " as " + format);
		return id;
	}

	Optional<PaperJob> job(long id) {
		return store.job(id);
	}

	Optional<byte[]> content(long id) {
		return store.content(id);
	}

	/** Makes every paper waiting now, one at a time; returns how many this instance made. */
	int runWaiting() {
		int made = 0;
		for (long id : store.waiting(now().minus(STALE), 20)) {
			if (store.claim(id, now(), now().minus(STALE))) {
				made += make(id) ? 1 : 0;
			}
		}
		return made;
	}

	private boolean make(long id) {
		PaperJob job = store.job(id).orElseThrow();
		try {
			Paper paper = paper(job);
			store.progress(id, 60);
			byte[] content = job.format() == Format.PDF ? pdfs.render("pdf/paper",
					Map.of("paper", paper, "marking", messages.getMessage("plans.paper.marking", null, Locale.UK)), Locale.UK)
					: PaperDocx.write(paper, messages.getMessage("plans.paper.source", null, Locale.UK));
			store.progress(id, 90);
			store.finish(id, fileName(job, paper), content, now());
			tell(job, paper);
			log.info("Paper {} made: {} {} as {} ({} bytes)", id, job.kind(), job.subjectId(), job.format(), content.length);
			return true;
		}
		catch (RuntimeException ex) {
			if (job.attempts() < ATTEMPTS) {
				log.warn("Paper {} could not be made on attempt {}; it will be tried again", id, job.attempts(), ex);
				store.requeue(id);
			}
			else {
				log.error("Paper {} could not be made after {} attempts", id, job.attempts(), ex);
				store.fail(id, String.valueOf(ex.getMessage()), now());
			}
			return false;
		}
	}

	private Paper paper(PaperJob job) {
		LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
		if (job.kind() == Kind.ANNUAL_REPORT) {
			return builder.annualReport((int) job.subjectId(), drafts.narratives((int) job.subjectId()),
					drafts.studies((int) job.subjectId()), today);
		}
		return builder.boardPack(plans.meeting(job.subjectId()).orElseThrow(
				() -> new IllegalStateException("Board meeting " + job.subjectId() + " no longer exists")), today);
	}

	private static String fileName(PaperJob job, Paper paper) {
		String name = job.kind() == Kind.ANNUAL_REPORT ? "annual-report-" + PaperBuilder.label((int) job.subjectId())
				: paper.title(); // "<board>: board pack for <day>"
		return name.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-+", "-").toLowerCase(Locale.ROOT) + "."
				+ job.format().extension;
	}

	/** One e-mail per paper, even if it is made twice after a crash between the file and the message. */
	private void tell(PaperJob job, Paper paper) {
		staff.member(job.requestedBy()).ifPresent(member -> mailer.queue(Email.of("PAPER_READY", member.email(),
				messages.getMessage("plans.paper.email.subject", new Object[] { paper.title() }, Locale.UK),
				messages.getMessage("plans.paper.email.body", new Object[] { member.displayName(), paper.title(),
						job.format().name(), web.link("/staff/plans/papers/" + job.id()) }, Locale.UK))
			.once("paper-ready:" + job.id())));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
