package org.safercommunities.support;

import jakarta.servlet.http.Cookie;

import org.safercommunities.cases.CaseYearRecords;
import org.safercommunities.centres.CentreYearRecords;
import org.safercommunities.engagement.EngagementYearRecords;
import org.safercommunities.enforcement.EnforcementYearRecords;
import org.safercommunities.feedback.FeedbackYearRecords;
import org.safercommunities.marac.MaracYearRecords;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.plans.ReportPeriod;
import org.safercommunities.shared.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Seed 001's 2022/23 records for every module that gives the annual report figures, made each module's own way
 * (see each {@code *YearRecords}), shifted to the financial year a test chooses so that tests of different years
 * never count each other's records: 3602 cases logged and 2495 the year before; Table 1's 8 CS MARAC meetings;
 * 240 Community Protection Warnings, 8 notices and 32 fixed penalty notices; 87 staff trained at 7 organisations,
 * 9 workshops, 3 stands and 32 champions; 12 reporting centres active, 140 of their 144 monthly returns;
 * 40 survey answers. The expected figures are the seeders' constants.
 * <p>
 * Choose a year no other test records in, and mind what reaches outside it: the cases and one CS MARAC meeting
 * (1 March) fall in the year before, and the centres stay active in every later year. The module tests use
 * 2017 (so 2018 is taken too: its year before holds their cases and meeting); MARAC's Table 1 test uses 2011
 * (so not 2012, whose year before that is); enforcement's own tests use 2015, 2019, 2022 and 2023;
 * {@code Records202223Tests} uses 2024. A year before 2017 counts only its own centres.
 */
public final class Records202223 {

	private final ApplicationContext context;

	private Records202223(ApplicationContext context) {
		this.context = context;
	}

	public static Records202223 from(ApplicationContext context) {
		return new Records202223(context);
	}

	/** Seeds the financial year starting in April {@code startYear}, and returns it. */
	public ReportPeriod seed(int startYear) throws Exception {
		MockMvc mvc = context.getBean(MockMvc.class);
		TestData data = context.getBean(TestData.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		Organisation council = data.anOrganisation();
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, council).getEmail());
		Cookie admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN, council).getEmail());

		CaseYearRecords.from(context).seed(council.getId(), data.aStaffUser(Role.OFFICER, council).getId(), startYear);
		MaracYearRecords.from(context).seedTableOne(council.getId(), startYear);
		EnforcementYearRecords.with(mvc, jdbc).seed(officer, admin, startYear);
		EngagementYearRecords.as(mvc, officer).seed(data, startYear);
		CentreYearRecords.from(context).seed(data, mvc, officer, startYear);
		FeedbackYearRecords.from(context).seed(startYear);
		return ReportPeriod.financialYear(startYear);
	}

}
