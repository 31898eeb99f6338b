package org.safercommunities.performance;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Commentary, exports, open data and who may see what. */
@IntegrationTest
class DashboardActionsIntegrationTests {

	static final String BARNET = DashboardSamples.BARNET;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	Cookie analyst;

	@BeforeEach
	void openData() throws Exception {
		DashboardSamples.importOpenData(context);
		analyst = SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail());
	}

	@Test
	void publishedCommentaryIsKeptWithAuthorAndDateAndNeverOverwritten() throws Exception {
		String page = "/staff/dashboard/police-hate-crime";
		// "Generate a draft" fills the box from the figures
		mvc.perform(get(page).cookie(analyst).param("area", BARNET).param("period", "2020-12").param("generate", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hate crime recorded by the police in Barnet: ")))
			.andExpect(content().string(containsString(DraftCommentary.PROMPT)));

		mvc.perform(post(page + "/commentary").cookie(analyst).with(csrf()).param("area", BARNET)
				.param("period", "2020-12").param("body", "A first draft").param("action", "save"))
			.andExpect(redirectedUrl(page + "?area=" + BARNET + "&period=2020-12#commentary"));
		mvc.perform(get(page).cookie(analyst).param("area", BARNET).param("period", "2020-12"))
			.andExpect(content().string(containsString(">A first draft</textarea>")));

		mvc.perform(post(page + "/commentary").cookie(analyst).with(csrf()).param("area", BARNET)
			.param("period", "2020-12").param("body", "Rises follow the lockdowns.").param("action", "publish"));
		mvc.perform(post(page + "/commentary").cookie(analyst).with(csrf()).param("area", BARNET)
			.param("period", "2020-12").param("body", "Second thoughts on 2020.").param("action", "publish"));

		List<String> published = jdbc.sql("select body from indicator_commentary where indicator_code = "
				+ "'police-hate-crime' and area_code = ? and status = 'PUBLISHED' order by id")
			.param(BARNET).query(String.class).list();
		assertThat(published).containsSubsequence("Rises follow the lockdowns.", "Second thoughts on 2020.");
		assertThat(jdbc.sql("select count(*) from indicator_commentary where indicator_code = 'police-hate-crime' "
				+ "and area_code = ? and status = 'DRAFT' and period_end = '2020-12-01'").param(BARNET)
			.query(Integer.class).single()).isZero();
		String shown = mvc.perform(get(page).cookie(analyst).param("area", BARNET).param("period", "2020-12"))
			.andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("Rises follow the lockdowns.").contains("Second thoughts on 2020.")
			.contains("for the 12 months to December 2020");
		assertThat(shown.indexOf("Second thoughts")).isLessThan(shown.indexOf("Rises follow"));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'INDICATOR_COMMENTARY_PUBLISHED'")
			.query(Integer.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void emptyCommentaryIsRefusedWithTheGovUkErrorSummary() throws Exception {
		mvc.perform(post("/staff/dashboard/police-hate-crime/commentary").cookie(analyst).with(csrf())
				.param("area", BARNET).param("period", "2020-12").param("body", " ").param("action", "publish"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: ")))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("<a href=\"#body\">Enter the commentary")));
		assertThat(jdbc.sql("select count(*) from indicator_commentary where body = ''").query(Integer.class).single())
			.isZero();
	}

	@Test
	void theCsvExportHoldsEveryMonthOfTheSeries() throws Exception {
		String csv = mvc.perform(get("/staff/dashboard/police-hate-crime.csv").cookie(analyst).param("area", BARNET)
				.param("strand", "Racist and Religious Hate Crime"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("police-hate-crime-E09000003-racist")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<CsvRecord> records = records(csv);
		assertThat(records.get(0).getFields()).containsExactly(SeriesExport.HEADER);
		long total2019 = records.stream().skip(1).filter(r -> r.getField(5).startsWith("2019-"))
			.mapToLong(r -> Long.parseLong(r.getField(6))).sum();
		assertThat(total2019).isEqualTo(824);
		assertThat(records.get(1).getField(5)).isEqualTo("2010-04");
	}

	@Test
	void theXlsxExportOpensAsAWorkbook() throws Exception {
		byte[] xlsx = mvc.perform(get("/staff/dashboard/burglary.xlsx").cookie(analyst).param("area", BARNET))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
		java.nio.file.Files.write(file, xlsx);
		List<String> entries = new ArrayList<>();
		String sheet;
		String strings;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			zip.stream().forEach(entry -> entries.add(entry.getName()));
			sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
					StandardCharsets.UTF_8);
			strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
					StandardCharsets.UTF_8);
		}
		assertThat(strings).contains("2024-01").contains("Burglary").contains("Source: data.police.uk");
		assertThat(entries).contains("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
		assertThat(sheet).contains("<v>" + barnetBurglaryJanuary2024() + "</v>");
	}

	@Test
	void openDataHidesEverySmallCountAndEveryCountThatWouldRevealOne() throws Exception {
		mvc.perform(get("/open-data")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Hate crime recorded by the police")))
			.andExpect(content().string(containsString("[c]")))
			.andExpect(content().string(containsString("Source: Metropolitan Police Service via London Datastore")));
		int hiddenAnywhere = 0;
		for (String code : List.of("police-hate-crime", "burglary")) {
			String csv = mvc.perform(get("/open-data/" + code + ".csv")).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			List<CsvRecord> records = records(csv);
			int columns = records.get(0).getFieldCount();
			for (CsvRecord record : records.subList(1, records.size())) {
				int hiddenInRow = 0;
				for (int j = 2; j < columns; j++) {
					String cell = record.getField(j);
					if (cell.equals("[c]")) {
						hiddenInRow++;
					}
					else if (cell.equals("no data")) {
						continue;
					}
					else {
						assertThat(Long.parseLong(cell)).as(code + " cell shown").isGreaterThanOrEqualTo(5);
					}
				}
				assertThat(hiddenInRow).as(code + " row " + record.getField(1) + " hides 0 or at least 2").isNotEqualTo(1);
				hiddenAnywhere += hiddenInRow;
			}
			for (int j = 2; j < columns; j++) {
				int column = j;
				long hiddenInColumn = records.subList(1, records.size()).stream()
					.filter(r -> r.getField(column).equals("[c]")).count();
				assertThat(hiddenInColumn).as(code + " column " + records.get(0).getField(j)).isNotEqualTo(1);
			}
		}
		assertThat(hiddenAnywhere).as("small counts hidden").isPositive();
	}

	@Test
	void onlyAnalystsOfficersAndTheBoardSeeTheDashboardAndOnlyAnalystsAndOfficersExport() throws Exception {
		Cookie board = SignIn.as(mvc, data.aStaffUser(Role.BOARD).getEmail());
		mvc.perform(get("/staff/dashboard").cookie(board)).andExpect(status().isOk());
		mvc.perform(get("/staff/dashboard/police-hate-crime").cookie(board)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Analysts and Community Safety Team officers can download")));
		mvc.perform(get("/staff/dashboard/police-hate-crime.csv").cookie(board)).andExpect(status().isForbidden());
		mvc.perform(post("/staff/dashboard/police-hate-crime/commentary").cookie(board).with(csrf())
			.param("area", BARNET).param("period", "2020-12").param("body", "Board text").param("action", "publish"))
			.andExpect(status().isForbidden());

		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		mvc.perform(get("/staff/dashboard/police-hate-crime").cookie(officer)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"download-csv\"")));
		mvc.perform(get("/staff/dashboard/burglary.csv").cookie(officer).param("area", BARNET)).andExpect(status().isOk());
		mvc.perform(post("/staff/dashboard/police-hate-crime/commentary").cookie(officer).with(csrf())
			.param("area", BARNET).param("period", "2020-12").param("body", "Board text").param("action", "publish"))
			.andExpect(status().isForbidden());

		for (Role role : List.of(Role.CENTRE_WORKER, Role.POLICE, Role.PARTNER, Role.ADMIN)) {
			Cookie other = SignIn.as(mvc, data.aStaffUser(role).getEmail());
			for (String page : List.of("/staff/dashboard", "/staff/dashboard/police-hate-crime",
					"/staff/dashboard/hot-spots", "/staff/dashboard/burglary.csv")) {
				mvc.perform(get(page).cookie(other)).andExpect(status().isForbidden());
			}
		}
		mvc.perform(get("/staff/dashboard")).andExpect(redirectedUrl("/login"));
		assertThat(jdbc.sql("select count(*) from indicator_commentary where body = 'Board text'").query(Integer.class)
			.single()).isZero();
	}

	private long barnetBurglaryJanuary2024() {
		return jdbc.sql("select count(*) from street_crime where crime_type = 'Burglary' and borough_code = ? "
				+ "and crime_month = '2024-01-01'").param(BARNET).query(Long.class).single();
	}

	private static List<CsvRecord> records(String csv) throws Exception {
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new StringReader(csv))) {
			return reader.stream().toList();
		}
	}

}
