package org.safercommunities.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.safercommunities.cases.CaseActions;
import org.safercommunities.cases.CaseCodes.Outcome;
import org.safercommunities.cases.CaseCodes.ShareLevel;
import org.safercommunities.cases.CaseCodes.Source;
import org.safercommunities.cases.CaseFile;
import org.safercommunities.cases.CaseFiles;
import org.safercommunities.cases.CaseFiles.NewCase;
import org.safercommunities.cases.CaseFiles.PartyChoice;
import org.safercommunities.cases.CaseRisk;
import org.safercommunities.cases.RiskQuestion;
import org.safercommunities.enforcement.EnforcementRegister;
import org.safercommunities.enforcement.EnforcementRegister.NewTool;
import org.safercommunities.enforcement.ToolKind;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.people.Address;
import org.safercommunities.people.Involvement.PartyRole;
import org.safercommunities.people.PersonDetails;
import org.safercommunities.reporting.ReportCodes.Channel;
import org.safercommunities.reporting.ReportIntake;
import org.safercommunities.reporting.ReportIntake.TakenReport;
import org.safercommunities.security.StaffAccounts;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's reports and cases (issue 12): invented reports, a case opened from them whose victim becomes a repeat
 * victim on the third, and the two case studies of Barnet's annual report 2022/23 (section 4.1: the Community
 * Trigger case study and CS MARAC case study 1) retold with invented people and places. Everything is recorded
 * through the modules' published APIs as the demo officer, so it is encrypted, audited and counted like real work.
 * Every name, address and postcode here is invented (the postcodes end in ZZ, which Royal Mail does not use there).
 */
@Component
@ConditionalOnBooleanProperty("safer.demo.case-studies")
class DemoCaseStudies {

	static final String PART = "case-studies";

	static final String INVENTED = "Invented for the demo. ";

	private static final Logger log = LoggerFactory.getLogger(DemoCaseStudies.class);

	private static final String BURNT_OAK = "E05013630";

	private static final String COLINDALE_NORTH = "E05013632";

	private static final String HENDON = "E05013643";

	private final ReportIntake reports;

	private final CaseFiles cases;

	private final CaseRisk risk;

	private final CaseActions actions;

	private final EnforcementRegister enforcement;

	private final Organisations organisations;

	private final StaffAccounts accounts;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoCaseStudies(ReportIntake reports, CaseFiles cases, CaseRisk risk, CaseActions actions,
			EnforcementRegister enforcement, Organisations organisations, StaffAccounts accounts, DataSource dataSource, JdbcClient jdbc, Clock clock) {
		this.reports = reports;
		this.cases = cases;
		this.risk = risk;
		this.actions = actions;
		this.enforcement = enforcement;
		this.organisations = organisations;
		this.accounts = accounts;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seedOnFirstStart() throws java.sql.SQLException {
		if (!DemoDataSeeder.isEmbedded(dataSource) || seeded()) {
			return;
		}
		if (organisations.findByName(DemoPartnership.COUNCIL).isEmpty()) {
			log.warn("Demo cases not created: the demo partnership is not there (safer.demo.enabled is off)");
			return;
		}
		Organisation council = organisation(DemoPartnership.COUNCIL);
		officer(council).run(() -> {
			Stories stories = new Stories(LocalDate.now(clock), organisation(DemoPartnership.POLICE),
					organisation(DemoPartnership.VICTIM_SUPPORT), council, organisation(DemoPartnership.MENCAP));
			stories.repeatVictim();
			stories.communityTrigger();
			stories.csMarac();
			stories.reportsWithoutCases();
		});
		jdbc.sql("insert into demo_seeded (part, seeded_at) values (?, ?)")
			.params(PART, java.sql.Timestamp.from(clock.instant()))
			.update();
		log.info("Demo reports and cases created (invented people, after the annual report's case studies)");
	}

	private boolean seeded() {
		return jdbc.sql("select count(*) from demo_seeded where part = ?").param(PART).query(Long.class).single() > 0;
	}

	/** The demo officer, found as the demo administrator would find them. */
	private DemoActor officer(Organisation council) {
		DemoActor admin = new DemoActor(0, "demo", "Demo set-up", council.getId(), council.getName(), Set.of(Role.ADMIN));
		StaffUser[] found = new StaffUser[1];
		admin.run(() -> found[0] = accounts.list(council.getId()).stream()
			.filter(user -> user.getRoles().contains(Role.OFFICER))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo has no officer account")));
		return new DemoActor(found[0].getId(), found[0].getEmail(), found[0].getDisplayName(), council.getId(),
				council.getName(), Set.of(Role.OFFICER));
	}

	private Organisation organisation(String name) {
		return organisations.findByName(name)
			.orElseThrow(() -> new IllegalStateException("The demo organisation " + name + " is missing"));
	}

	/** The stories, dated back from today so the demo always looks current. */
	private final class Stories {

		private final LocalDate today;

		private final Organisation police;

		private final Organisation victimSupport;

		private final Organisation council;

		private final Organisation mencap;

		Stories(LocalDate today, Organisation police, Organisation victimSupport, Organisation council,
				Organisation mencap) {
			this.today = today;
			this.police = police;
			this.victimSupport = victimSupport;
			this.council = council;
			this.mencap = mencap;
		}

		/**
		 * Three reports by one woman about racist abuse near her bus stop: a case opened from the first, the other two
		 * added from their report pages; on the third she is a repeat victim (3 in 12 months).
		 */
		void repeatVictim() {
			String name = "Samira Haddad";
			long first = report(name, "A man at the bus stop outside Burnt Oak station shouted racist abuse at me and "
					+ "told me to go back to my own country.", today.minusDays(75), true);
			long second = report(name, "The same man was at the bus stop again. He followed me to the shops shouting "
					+ "racist names.", today.minusDays(41), true);
			long third = report(name, "He spat at me at the bus stop and said he knows where I live.",
					today.minusDays(9), false);
			CaseFile file = cases.open(new NewCase("HATE_CRIME", "Racist abuse at a bus stop, repeated",
					INVENTED + "A woman is abused by the same man at the bus stop outside Burnt Oak station.",
					"Bus stop outside Burnt Oak station, Watling Avenue, HA8 0ZZ", BURNT_OAK, Source.REPORT, first,
					PartyChoice.newPerson()));
			long caseId = file.getId();
			cases.linkReport(caseId, second);
			cases.linkReport(caseId, third);
			risk.assess(caseId, Set.of(RiskQuestion.FEAR_FOR_SAFETY, RiskQuestion.HATE_MOTIVATED,
					RiskQuestion.TARGETED_BEFORE, RiskQuestion.GETTING_WORSE, RiskQuestion.PERPETRATOR_NEARBY));
			actions.addFor(caseId, "Needs assessment and emotional support for the victim", victimSupport.getId(),
					today.plusDays(5));
			actions.addFor(caseId, "Check CCTV at the bus stop and the shops on Watling Avenue", police.getId(),
					today.plusDays(10));
			cases.share(caseId, police.getId(), ShareLevel.WHOLE, "Joint investigation of a hate crime",
					police.getName());
			cases.share(caseId, victimSupport.getId(), ShareLevel.LOCKED, "Victim Support is supporting the victim",
					victimSupport.getName());
			cases.addNote(caseId, "Spoke to the victim by phone. She agreed to a referral to Victim Support and to "
					+ "her details going to the police.");
		}

		/**
		 * The Community Trigger case study: drug dealing at a privately owned house, residents who stayed anonymous,
		 * a written warning, a breach, a full notice, professional witnesses and a full closure order. Two more cases
		 * about the same house make it a repeat place.
		 */
		void communityTrigger() {
			String place = "14 Example Close, Colindale, NW9 4ZZ";
			long caseId = openDirect("ASB_NUISANCE", "Drug dealing and nuisance at a private house",
					INVENTED + "Retold from the Community Trigger case study of the annual report 2022/23. Residents "
							+ "report drug dealing and drug smoking, shouting in the street, vehicles turning up and "
							+ "'exchanges' taking place, threats and foul language. They asked for an ASB Case Review "
							+ "after feeling they had exhausted every other way of reporting, and want to stay anonymous.",
					place, COLINDALE_NORTH, Source.PHONE);
			long jordan = cases.addNewParty(caseId, new PersonDetails("Jordan", "Sample", List.of(), null,
					List.of(new Address("14 Example Close", null, "London", "NW9 4ZZ")), null, null, Map.of(), Set.of(),
					null, null), PartyRole.ALLEGED_PERPETRATOR);
			risk.assess(caseId, Set.of(RiskQuestion.FEAR_FOR_SAFETY, RiskQuestion.VIOLENCE_OR_THREATS,
					RiskQuestion.HAPPENS_OFTEN, RiskQuestion.PERPETRATOR_NEARBY, RiskQuestion.HEALTH_OR_ROUTINE_AFFECTED));
			cases.addNote(caseId, "Case review accepted. Multi-agency meeting agreed the pathway to enforcement and a "
					+ "support plan for the residents, who stay anonymous.");
			cases.addNote(caseId, "Letter of engagement to the residents of the road; door-to-door enquiries to "
					+ "secure statements.");
			cases.addNote(caseId, "Community Protection Notice written warning issued with conditions, after several "
					+ "witness statements.");
			cases.addNote(caseId, "Further complaints and statements support a breach of the warning. Full Community "
					+ "Protection Notice served; no appeal.");
			cases.addNote(caseId, "Residents will not give their names in court for fear of reprisals: exhibits and "
					+ "statements redacted; officers give evidence as professional witnesses.");
			// The chain of the case study, warning to closure order, in the enforcement register.
			enforcement.recordTool(caseId, new NewTool(ToolKind.CPW, jordan, null, today.minusDays(84),
					"Stop the supply of drugs from 14 Example Close; no visitors for 'exchanges'; no shouting, threats or "
							+ "offensive language in the street.", today.minusDays(70), null, null, null, null, false));
			enforcement.recordTool(caseId, new NewTool(ToolKind.CPN, jordan, null, today.minusDays(42),
					"As the written warning of " + UkDates.day(today.minusDays(84)) + ", which was breached.",
					today.minusDays(35), null, null, null, null, false));
			enforcement.recordTool(caseId, new NewTool(ToolKind.CLOSURE_NOTICE, null, "14 Example Close, NW9 4ZZ",
					today.minusDays(9), null, null, null, null, null, 24, false));
			enforcement.recordTool(caseId, new NewTool(ToolKind.CLOSURE_ORDER, null, "14 Example Close, NW9 4ZZ",
					today.minusDays(7), "The property boarded up for the duration of the order.", null, null, null, null,
					3, false));
			actions.addFor(caseId, "Review the closure order before it ends, with the police", council.getId(),
					today.plusDays(70));
			cases.share(caseId, police.getId(), ShareLevel.WHOLE, "Closure order applied for jointly", police.getName());
			openDirect("ASB_NUISANCE", "Vehicles stopping for exchanges",
					INVENTED + "A caller reports cars stopping outside the house at night for a minute or two.",
					"Outside 14 Example Close NW9 4ZZ", COLINDALE_NORTH, Source.EMAIL);
			openDirect("ASB_NUISANCE", "Shouting and threats in the street at night",
					INVENTED + "A resident reports shouting and threats outside the house most nights.",
					"Example Close, Colindale (near no. 14), NW9 4ZZ", COLINDALE_NORTH, Source.PHONE);
		}

		/**
		 * CS MARAC case study 1: a neighbouring couple's persistent anti-social behaviour, with racial and physical
		 * abuse of the victim, criminal damage and fly-tipping at her home; closure notice within a month, the couple
		 * relocated out of the borough, the victim referred to Victim Support, the children to Family Services.
		 */
		void csMarac() {
			long caseId = openDirect("ASB_PERSONAL", "Persistent anti-social behaviour by neighbours",
					INVENTED + "Retold from CS MARAC case study 1 of the annual report 2022/23. For over two years a "
							+ "neighbouring couple has caused verbal (racial) and physical abuse of the victim, criminal "
							+ "damage, vandalism and fly-tipping at her home, forced entry, trespass, dog fouling and "
							+ "noise from domestic arguments. Neighbours have petitioned for the couple's removal. The "
							+ "victim fears repercussions and will not give evidence.",
					"7 Sample Gardens, Hendon, NW4 9ZZ", HENDON, Source.PHONE);
			cases.addNewParty(caseId, new PersonDetails("Grace", "Okafor", List.of(), null,
					List.of(new Address("7 Sample Gardens", null, "London", "NW4 9ZZ")), "07700 900456", null, Map.of(),
					Set.of(), null, "Call on the mobile after 6pm; do not leave messages at home."), PartyRole.VICTIM);
			cases.addNewParty(caseId, PersonDetails.named("Lee", "Sample"), PartyRole.ALLEGED_PERPETRATOR);
			cases.addNewParty(caseId, PersonDetails.named("Kim", "Sample"), PartyRole.ALLEGED_PERPETRATOR);
			risk.assess(caseId, Set.of(RiskQuestion.FEAR_FOR_SAFETY, RiskQuestion.VIOLENCE_OR_THREATS,
					RiskQuestion.PROPERTY_DAMAGED, RiskQuestion.HATE_MOTIVATED, RiskQuestion.TARGETED_BEFORE,
					RiskQuestion.HAPPENS_OFTEN, RiskQuestion.PERPETRATOR_NEARBY, RiskQuestion.CONSIDERED_MOVING));
			cases.addNote(caseId, "Referred to the CS MARAC for the seriousness of the behaviour. Lower-level "
					+ "interventions considered and rejected.");
			cases.addNote(caseId, "Victim referred to Victim Support; the couple referred to Family Services for the "
					+ "children and the domestic abuse concerns.");
			cases.addNote(caseId, "Closure notice served on the couple's address within a month. They did not attend "
					+ "the court hearing; closure order granted.");
			cases.addNote(caseId, "Barnet Homes Housing Options relocated the couple outside the borough. The landlord "
					+ "cleared the victim's garden. Welfare visit: the victim will stay in her family home.");
			cases.share(caseId, victimSupport.getId(), ShareLevel.WHOLE, "Victim Support is supporting the victim",
					victimSupport.getName());
			cases.close(caseId, Outcome.ENFORCEMENT_TAKEN, "Closure order granted; the couple relocated out of the "
					+ "borough; the victim supported and staying in her home.", today);
		}

		/** Reports still to triage: one anonymous online, one taken at a reporting centre. */
		void reportsWithoutCases() {
			reports.take(new TakenReport(Channel.ONLINE, null, "WITNESS", List.of("VERBAL_ABUSE"),
					"Two men shouted homophobic abuse at a couple holding hands outside the pub on the Broadway.",
					today.minusDays(4), "Outside a pub on The Broadway, Mill Hill", "E05013645", false,
					List.of("SEXUAL_ORIENTATION"), false, null, null, null, List.of()));
			reports.take(new TakenReport(Channel.IN_PERSON, mencap.getId(), "VICTIM", List.of("VERBAL_ABUSE"),
					"Teenagers on the estate call him names about his learning disability and took his bus pass.",
					today.minusDays(2), "Grahame Park estate, Colindale", "E05013633", true, List.of("DISABILITY"), true,
					"Tom Example", null, "07700 900789", List.of("EMOTIONAL")));
		}

		private long report(String name, String whatHappened, LocalDate on, boolean police) {
			return reports.take(new TakenReport(Channel.PHONE, null, "VICTIM", List.of("VERBAL_ABUSE"), whatHappened,
					on, "Bus stop outside Burnt Oak station", BURNT_OAK, true, List.of("RACE"), police, name,
					"samira.haddad@example.org", "07700 900123", List.of("EMOTIONAL"))).reportId();
		}

		private long openDirect(String type, String title, String account, String place, String ward, Source source) {
			return cases.open(new NewCase(type, title, account, place, ward, source, null, null)).getId();
		}

	}

}
