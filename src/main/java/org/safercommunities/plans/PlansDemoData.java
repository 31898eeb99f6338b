package org.safercommunities.plans;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.OrganisationType;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.plans.PlanRecords.ActionDetails;
import org.safercommunities.plans.PlanRecords.PriorityDetails;
import org.safercommunities.plans.PlanRecords.StrategyDetails;
import org.safercommunities.security.StaffAccounts;
import org.safercommunities.security.StaffAccounts.StaffMember;
import org.safercommunities.shared.UkTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The real plans of the seeds, for the embedded demo only (H2, {@code safer.demo.enabled}), in the seeds' words:
 * Barnet's Hate Crime Strategy 2020-2024 and its seven priority actions (seed 000 section 4), the Community Safety
 * Strategy 2022-27's five priorities and their outcomes (seed 001 section 4), a few actions of Haringey's Hate
 * Crime and Harassment Strategy 2006-2008 action plan with their real deadlines, long past so overdue (seed 004
 * section 7.0), and H&F's Hate Crime Strategy 2024-2028's four objectives (seed 002). The Safer Communities
 * Partnership Board meets ten days after the first start. <strong>Invented</strong>: the lead officers (the
 * demo accounts) and the board's meeting date; the seeds give neither.
 */
@Component
@ConditionalOnBooleanProperty("safer.demo.enabled")
class PlansDemoData {

	private static final Logger log = LoggerFactory.getLogger(PlansDemoData.class);

	static final String BARNET_HATE_CRIME = "Barnet Hate Crime Strategy 2020-2024";

	static final String BOARD = "Safer Communities Partnership Board";

	private final PlanManagement plans;

	private final Organisations organisations;

	private final StaffAccounts staff;

	private final TransactionTemplate transactions;

	private final DataSource dataSource;

	private final Clock clock;

	PlansDemoData(PlanManagement plans, Organisations organisations, StaffAccounts staff,
			TransactionTemplate transactions, DataSource dataSource, Clock clock) {
		this.plans = plans;
		this.organisations = organisations;
		this.staff = staff;
		this.transactions = transactions;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	void seedOnStart() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			if (!connection.getMetaData().getURL().startsWith("jdbc:h2:")) {
				log.warn("Demo action plans not created: the database is not the embedded H2 database");
				return;
			}
		}
		seed();
	}

	void seed() {
		if (plans.strategyNamed(BARNET_HATE_CRIME).isPresent()) {
			return;
		}
		Long council = organisation("Barnet Council Community Safety Team");
		Long police = organisation("Metropolitan Police North West BCU");
		if (council == null || police == null) {
			log.warn("Demo action plans not created: the demo partnership's organisations are missing");
			return;
		}
		transactions.executeWithoutResult(status -> {
			barnetHateCrime(council, police);
			communitySafety(council);
			haringey();
			hammersmithAndFulham();
			long board = plans.createBoardAsSystem(BOARD, List.of(council, police,
					organisation("Victim Support"), organisation("Barnet Safer Communities Partnership Board")));
			long meeting = plans.scheduleMeetingAsSystem(board, LocalDate.now(clock.withZone(UkTime.ZONE)).plusDays(10));
			// The pack carries charts of the police's figures the demo holds: hate crime (to May 2021) and burglary
			plans.chooseIndicatorsAsSystem(meeting, List.of("police-hate-crime", "burglary"));
		});
		log.info("Demo action plans created");
	}

	/** Seed 000, section 4 ("Barnet Council - Hate Crime Strategy Objective") and its seven priority actions. */
	private void barnetHateCrime(long council, long police) {
		long strategy = plans.createStrategyAsSystem(new StrategyDetails(BARNET_HATE_CRIME, council,
				LocalDate.of(2020, 4, 1), LocalDate.of(2024, 3, 31), "Barnet Hate Crime Strategy 2020-2024, section 4"));
		long priority = plans.addPriorityAsSystem(strategy, new PriorityDetails(1, "Hate Crime Strategy Objective",
				"To keep the people of Barnet safe by reducing hate crime in the borough. This will be achieved by "
						+ "increasing people's confidence to report hate crimes in Barnet; improve the support for victims "
						+ "of Hate Crime; and raise awareness of how to report Hate Crime in Barnet while safeguarding the "
						+ "most vulnerable in the community who are impacted."));
		Long officer = lead(council);
		Long policeLead = lead(police);
		action(priority, "Action 1", "Partnerships: Delivering evidence based multi-agency response to Hate Crime through "
				+ "Barnet Safer Communities Partnership Board. Operational delivery will be monitored quarterly via the "
				+ "Adult Safeguarding 'Access to Justice' subgroup of the Safeguarding Adults Board, ensuring partners "
				+ "fully own and play a part in reducing hate crime locally, increasing reporting of hate crime and "
				+ "ensuring a robust response to protect victims.", council, officer, null, null);
		action(priority, "Action 2", "Risk Assessment: Utilising the Met Police Hate Crime Dashboard and through engaging "
				+ "the local partnership, to maintain ongoing assessment of risk locally including specific details re: "
				+ "hot spot areas in the borough that may require proactive intervention and additional resource to "
				+ "tackle hate crime.", police, policeLead, null, List.of("police-hate-crime"));
		action(priority, "Action 3", "Raise Awareness and train frontline staff and volunteers to recognise and respond to "
				+ "hate crime. Implementing the Zero Tolerance to Hate Crime Project to increase awareness of the impact "
				+ "of hate crime. This includes a) Awareness raising sessions for community groups and volunteers and "
				+ "b) Training for frontline professionals", council, officer,
				"Awareness raising sessions; training for frontline professionals", null);
		action(priority, "Action 4", "Utilising and Increasing Hate Crime Reporting Centres: Expand the cohort of Hate Crime "
				+ "Reporting Centres to include sections of the community that may be vulnerable to hate crime and may "
				+ "lack the confidence to report crimes or seek support due to cultural, language or other issues.",
				council, officer, null, List.of("hate-reports"));
		action(priority, "Action 5", "Providing additional support to emerging vulnerable communities: Through ongoing "
				+ "risk assessment, respond speedily where evidence emerges that a specific section of the community is "
				+ "vulnerable to increased hate crime utilising the local Partnership and safer neighbourhood Police "
				+ "colleagues to provide assurance and information to encourage hate crime reporting.", police,
				policeLead, null, null);
		action(priority, "Action 6", "Safeguarding vulnerable children and adults from the impact of hate crime: Ensuring "
				+ "that all agencies in Barnet are mindful of the impact of hate crime upon vulnerable children and adults "
				+ "who may be victims of other forms of abuse and may require a tailored support package.", council,
				officer, null, null);
		action(priority, "Action 7", "Engage with the local community to monitor risk: Through engagement with the "
				+ "Communities Together Network and other partners including Inclusion Barnet and the Barnet Multi-Faith "
				+ "Forum, we will identify and respond to all forms of hate crime that emerge within Barnet.", council,
				officer, null, null);
	}

	/** Seed 001, sections 4.1 to 4.5: the 2022-27 strategy's five priorities and the outcomes of each. */
	private void communitySafety(long council) {
		long strategy = plans.createStrategyAsSystem(new StrategyDetails("Community Safety Strategy 2022-27", council,
				LocalDate.of(2022, 4, 1), LocalDate.of(2027, 3, 31), "Safer Communities Partnership annual report 2022-23, section 4"));
		plans.addPriorityAsSystem(strategy, new PriorityDetails(1, "Tackling and reducing anti-social behaviour", lines(
				"Ensure victims understand how to report the different types of ASB to the right service to get the best possible response to their complaint.",
				"Ensure victims are aware of the Community Trigger and how to initiate it.",
				"Provide a more visible Police and council officer 'on street' presence.",
				"Maintain the multi-agency response to ASB using the Community Safety Multi-Agency Risk Assessment Conference (CS MARAC) process.")));
		plans.addPriorityAsSystem(strategy, new PriorityDetails(2,
				"Early intervention and prevention of domestic abuse and violence against women and girls (VAWG)", lines(
				"Early intervention and prevention of domestic abuse and VAWG",
				"Support all victims and survivors to report, access help and recover.",
				"Pursue perpetrators and improve their engagement with behaviour change interventions to reduce harm to victims and their families.",
				"Strengthen the partnership response to improve multi-agency working and information sharing to deliver improved outcomes.",
				"Work together for safer streets, community and public spaces.")));
		plans.addPriorityAsSystem(strategy, new PriorityDetails(3,
				"Reducing offending including violence, vulnerability and exploitation (VVE), with a focus on acquisitive crime", lines(
				"Implementation of the MOPAC approved Violence, Vulnerability & Exploitation Action Plan",
				"Implementation of The Youth Justice Plan",
				"Sustained reductions in offending and early intervention for those identified at risk of VVE",
				"A reduction in the Ministry of Justice 'Proven adult reoffending rate' offenders in the Integrated Offender Management (IOM) cohort",
				"An increase in the number of offenders supported by the IOM programme.",
				"A reduction in the numbers of offenders that are classed as high risk/vulnerable, that due to their complex needs also need support from other services e.g., NHS/Public Health, Mental Health Service")));
		plans.addPriorityAsSystem(strategy, new PriorityDetails(4, "Safeguard and support those vulnerable to radicalisation", lines(
				"Prevent vulnerable individuals being radicalised by individuals and/or groups promoting extremist ideologies online or in the community",
				"Work with the community to raise awareness of Prevent, the risks of radicalisation and extreme right-wing groups.",
				"Reduce the threat from lone actors with mental health considerations or no obvious fixed ideology becoming a risk to themselves and others.")));
		plans.addPriorityAsSystem(strategy, new PriorityDetails(5, "Access to justice for those affected by hate crime", lines(
				"To increase the engagement with community-based groups at a neighbourhood level, building a resilient network of voluntary and community organisations that have increased awareness of crime and ASB affecting their communities, and are enabled to work with us to protect the most vulnerable in their communities.",
				"To support victims of hate crime, who may not have the confidence or know how to report incidents to the police or statutory services, so that they can report to a trusted organisation and receive the appropriate advice and support aimed at increasing their confidence in reporting and accessing support services.",
				"To contribute towards addressing the issue of under-reporting of hate crime by increasing the confidence of victims.",
				"To improve access to justice for disabled people by addressing the links between adult safeguarding and hate crime; contributing towards the prevention of repeat hate crime against vulnerable adults by improving identification and intervening early.",
				"Increase awareness of hate crime and increase reporting to the Police by delivering staff training on identifying and reporting hate crime and organising community events and specialist workshops.")));
	}

	/**
	 * Seed 004 section 7.0, a few rows of the action plan with the deadline each names ("by March 2007": the last
	 * day of that month) and the responsibility column as the output measures' owner; Haringey has no demo staff.
	 */
	private void haringey() {
		long haringey = organisationOrNew("Haringey Council", OrganisationType.COUNCIL);
		long strategy = plans.createStrategyAsSystem(new StrategyDetails("Haringey Hate Crime and Harassment Strategy 2006-2008",
				haringey, LocalDate.of(2006, 4, 1), LocalDate.of(2008, 3, 31),
				"Hate Crime and Harassment Strategy 2006-2008, section 7.0 Action Plan. Overall target: increase level of "
						+ "recorded hate crime and harassment by 10% by 2008"));
		long cohesion = plans.addPriorityAsSystem(strategy, new PriorityDetails(1, "Improving Community Cohesion",
				"Maximise the opportunities to promote community cohesion in partnership with the Equalities and Diversity Team"));
		action(cohesion, "Steering group", "Hate Crime and Harassment Strategy Steering Group formed to oversee the "
				+ "implementation of the action plan reporting to the ASB Partnership Board by December 2006", haringey, null,
				LocalDate.of(2006, 12, 31), "Responsibility: Community Safety Team (CST) Policy Officer and Communications "
						+ "with Head of Equalities and Diversity, Executive Member, Crime and Community Safety", null);
		long prevention = plans.addPriorityAsSystem(strategy, new PriorityDetails(2, "Long Term Prevention Work",
				"Increase social intolerance to all forms of hate crime and harassment amongst young people"));
		action(prevention, "Schools plan", "Partnership to agree a plan for raising awareness around hate crime and "
				+ "harassment amongst school children by March 2007", haringey, null, LocalDate.of(2007, 3, 31),
				"Responsibility: Safer Schools Partnership (SSP), CST, Children s and Young people services and Partners", null);
		long reporting = plans.addPriorityAsSystem(strategy, new PriorityDetails(3, "Encouraging Reporting",
				"Increase awareness about hate crime reporting methods through targeted publicity"));
		action(reporting, "Recording review", "Review and map processes for recording hate crime and harassment and set "
				+ "out areas for improvement and piloting in consultation with the CPCG and HAVCO by March 2007- e.g. use "
				+ "of standardised reporting and referral forms", haringey, null, LocalDate.of(2007, 3, 31),
				"Responsibility: CST and Community Police Consultative Group (CPCG) with steering group", null);
		long responding = plans.addPriorityAsSystem(strategy, new PriorityDetails(4, "Responding to Hate Crime and Harassment",
				"Improve co-ordination of enforcement activity to bring perpetrators to justice and support victims"));
		action(responding, "Joint mechanism", "Police CSU lead and head of ASBAT to develop joint mechanism for sharing "
				+ "information and cross referrals by Dec 2006", haringey, null, LocalDate.of(2006, 12, 31),
				"Responsibility: ASBAT and Police CSU", null);
		action(responding, "Directory", "Develop a directory of local organisations that tackle hate crime and harassment "
				+ "including enforcement action against perpetrators by February 2007, on line and self-maintaining by "
				+ "April 2007", haringey, null, LocalDate.of(2007, 4, 30), "Responsibility: CST", null);
	}

	/** Seed 002, "Our objectives": the four objectives, with what "we will" do under each as its outcomes. */
	private void hammersmithAndFulham() {
		long hf = organisationOrNew("Hammersmith & Fulham Council", OrganisationType.COUNCIL);
		long strategy = plans.createStrategyAsSystem(new StrategyDetails("H&F Hate Crime Strategy 2024-2028", hf,
				LocalDate.of(2024, 4, 1), LocalDate.of(2028, 3, 31), "H&F Hate Crime Strategy 2024-2028, Our objectives"));
		plans.addPriorityAsSystem(strategy, new PriorityDetails(1, "Prevent hate crime and increase community cohesion", lines(
				"Raise awareness of hate crime and promote the value of diversity, cultural understanding and acceptance through training and engagement (including preventative educational programmes in schools).",
				"Ensure hate crime remains a priority in key forums across H&F.",
				"Encourage and empower our communities to be positive bystanders if they witness hate crimes or hate incidents (this will be supported by the provision of bystander training by the council).")));
		plans.addPriorityAsSystem(strategy, new PriorityDetails(2,
				"Increase trust and confidence to encourage reporting of hate crimes and hate incidents", lines(
				"Listen to what victims tell us using their feedback to improve our response(s).",
				"Create clear & accessible referral process so victims can access support quickly and easily and don't have to retell their story.",
				"Promote other ways of reporting incidents and accessing support, such as via the Stop Hate UK helpline and Crimestoppers.")));
		plans.addPriorityAsSystem(strategy, new PriorityDetails(3,
				"Provide effective support to those affected by hate crime (including witnesses)", lines(
				"Listen to what victims tell us and use their feedback to improve support available.",
				"Train staff & frontline professionals on hate crime/hate incidents and how to respond appropriately.",
				"Work with partners and communities to enhance our support offer and ensure support can be provided by a range of services which meet victim needs.")));
		plans.addPriorityAsSystem(strategy, new PriorityDetails(4, "Work with partners to take coordinated action against perpetrators", lines(
				"Build public confidence in reporting hate crimes.",
				"Take robust tenancy action against perpetrators of hate crime and hate incidents in council properties and provide support to social and private landlords for other tenanted properties.",
				"Front line professionals will be encouraged to make referrals to the Community Multi Agency Risk Assessment Conference (CMARAC) in order to generate a robust action plan to protect victims and ensure action is taken against perpetrators of hate crime and hate incidents.")));
	}

	/** Seed 000's priority actions run for the strategy's period: the seed gives no deadline of their own. */
	private void action(long priority, String reference, String what, long lead, Long officer, String measures,
			List<String> indicators) {
		action(priority, reference, what, lead, officer, null, measures, indicators);
	}

	private void action(long priority, String reference, String what, long lead, Long officer, LocalDate deadline,
			String measures, List<String> indicators) {
		plans.addActionAsSystem(priority, new ActionDetails(reference, what, lead, officer, deadline, measures, indicators));
	}

	private static String lines(String... outcomes) {
		return String.join("\n", outcomes);
	}

	/** The organisation's first officer (or first colleague) as the demo's lead officer. */
	private Long lead(long organisation) {
		List<StaffMember> members = staff.membersOf(organisation);
		return members.stream().filter(member -> member.roles().contains(org.safercommunities.shared.Role.OFFICER))
			.findFirst().or(() -> members.stream().findFirst()).map(StaffMember::id).orElse(null);
	}

	private Long organisation(String name) {
		return organisations.findByName(name).map(Organisation::getId).orElse(null);
	}

	private long organisationOrNew(String name, OrganisationType type) {
		Long found = organisation(name);
		return found != null ? found : organisations.createAsSystem(name, type).getId();
	}

}
