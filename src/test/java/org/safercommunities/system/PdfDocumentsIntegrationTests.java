package org.safercommunities.system;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.PdfChecks;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PdfDocumentsIntegrationTests {

	@Autowired
	PdfDocuments pdfs;

	@Test
	void aTemplateBecomesATaggedTitledPdfWithItsWordsAndFontsEmbedded() {
		byte[] pdf = pdfs.render("pdf/test-sample", Map.of("heading", "Community Safety MARAC 2022/23",
				"paragraph", "An average of between 19 and 20 cases heard per meeting.",
				"rows", Map.of("May 2022", 26, "June 2022", 23).entrySet()), Locale.UK);

		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		PdfChecks.keep(pdf, "test-sample.pdf");
		PdfChecks.assertTaggedAndTitled(pdf, "Community Safety MARAC 2022/23");
		PdfChecks.assertFirstPageNotBlank(pdf);
		String text = PdfChecks.text(pdf);
		assertThat(text).contains("Community Safety MARAC 2022/23", "between 19 and 20 cases", "May 2022", "26",
				"OFFICIAL-SENSITIVE", "1 / 1");
	}

	@Test
	void markupInTheDataIsPrintedAsTextNotObeyed() {
		byte[] pdf = pdfs.render("pdf/test-sample", Map.of("heading", "Case <b>report</b>",
				"paragraph", "<img src=\"file:///etc/passwd\"> & <script>x</script>", "rows", Map.of().entrySet()),
				Locale.UK);

		assertThat(PdfChecks.text(pdf)).contains("Case <b>report</b>", "<img src=\"file:///etc/passwd\"> & <script>x</script>");
	}

}
