package org.safercommunities.support;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The blank-page check itself: one short line above the footer passes, a page with only its footer fails. */
class PdfChecksTests {

	@Test
	void aLastPageWithOneShortLinePassesAndAPageWithOnlyItsFooterFails() throws Exception {
		byte[] short_ = pdf(true);
		assertThat(PdfChecks.assertEveryPageRendersWithPdftoppm(short_)).isEqualTo(2);
		assertThatThrownBy(() -> PdfChecks.assertEveryPageRendersWithPdftoppm(pdf(false)))
			.isInstanceOf(AssertionError.class).hasMessageContaining("page-2.png");
	}

	/** Two A4 pages with a footer line; the second has one short line of text too when {@code line}. */
	private static byte[] pdf(boolean line) throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int page = 1; page <= 2; page++) {
				PDPage sheet = new PDPage(PDRectangle.A4);
				document.addPage(sheet);
				try (PDPageContentStream content = new PDPageContentStream(document, sheet)) {
					write(content, font, 40, "OFFICIAL: the partnership's figures    " + page + " / 2");
					if (page == 1 || line) {
						write(content, font, 760, page == 1 ? "A first page with a heading and a paragraph of text." : "Source");
					}
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	private static void write(PDPageContentStream content, PDType1Font font, float y, String text) throws Exception {
		content.beginText();
		content.setFont(font, 11);
		content.newLineAtOffset(50, y);
		content.showText(text);
		content.endText();
	}

}
