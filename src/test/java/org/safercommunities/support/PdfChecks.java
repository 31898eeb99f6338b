package org.safercommunities.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person receiving one of our PDFs relies on, checked with PDFBox: it is tagged for a screen reader
 * (structure tree with headings, marked content, a language and a title shown as the window title, every font
 * embedded: the checks of PDF/UA that can be made without veraPDF), and its first page, rendered to an image, is
 * not blank.
 */
public final class PdfChecks {

	private PdfChecks() {
	}

	/** Writes the PDF to {@code target/pdf-samples/}, so a person can open what the tests made. */
	public static void keep(byte[] pdf, String fileName) {
		try {
			java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf-samples"));
			java.nio.file.Files.write(folder.resolve(fileName), pdf);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The text a reader sees, page after page. */
	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new AssertionError("Not a PDF: " + ex.getMessage(), ex);
		}
	}

	/** Fails, saying which check, unless the PDF is tagged, titled, in a language and has every font embedded. */
	public static void assertTaggedAndTitled(byte[] pdf, String expectedTitle) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			assertThat(catalog.getStructureTreeRoot()).as("structure tree (tags for screen readers)").isNotNull();
			assertThat(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked()).as("MarkInfo /Marked true").isTrue();
			assertThat(catalog.getLanguage()).as("document language").isNotBlank();
			assertThat(document.getDocumentInformation().getTitle()).as("document title").isEqualTo(expectedTitle);
			assertThat(catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle())
				.as("viewer shows the title, not the file name (PDF/UA)").isTrue();
			assertThat(structureTypes(catalog.getStructureTreeRoot())).as("tagged structure elements").contains("H1");
			List<String> notEmbedded = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					if (!font.isEmbedded()) {
						notEmbedded.add(font.getName());
					}
				}
			}
			assertThat(notEmbedded).as("fonts not embedded").isEmpty();
		}
		catch (IOException ex) {
			throw new AssertionError("Not a PDF: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Turns every page into a PNG with Poppler's {@code pdftoppm} (another renderer than the one that made it, as a
	 * reader's would be) and fails, naming the page, if any is blank. Returns how many pages there are.
	 */
	public static int assertEveryPageRendersWithPdftoppm(byte[] pdf) {
		try {
			java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("pdftoppm");
			java.nio.file.Path file = folder.resolve("paper.pdf");
			java.nio.file.Files.write(file, pdf);
			Process process;
			try {
				process = new ProcessBuilder("pdftoppm", "-r", "40", "-png", file.toString(), folder.resolve("page").toString())
					.redirectErrorStream(true).start();
			}
			catch (IOException notInstalled) {
				throw new AssertionError("pdftoppm is not installed: apt-get install poppler-utils", notInstalled);
			}
			String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(process.waitFor()).as("pdftoppm's exit code (it said: %s)", output).isZero();
			List<java.nio.file.Path> pages;
			try (var listing = java.nio.file.Files.list(folder)) {
				pages = listing.filter(path -> path.toString().endsWith(".png")).sorted().toList();
			}
			assertThat(pages).as("pages pdftoppm made").isNotEmpty();
			for (java.nio.file.Path page : pages) {
				BufferedImage image = javax.imageio.ImageIO.read(page.toFile());
				// Above the footer (the marking and page number are on every page, blank or not): a last page with
				// one short line has about 0.15% of its pixels inked, a blank one none
				assertThat(inkedPercent(image, image.getHeight() * 85 / 100))
					.as("%% of %s's pixels with ink above the footer", page.getFileName()).isGreaterThan(0.05);
			}
			return pages.size();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while pdftoppm ran", ex);
		}
	}

	private static double inkedPercent(BufferedImage image, int height) {
		long inked = 0;
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
					inked++;
				}
			}
		}
		return inked * 100.0 / ((long) image.getWidth() * height);
	}

	/** Renders the first page at 50 dpi and fails if fewer than 1% of its pixels are anything but white. */
	public static void assertFirstPageNotBlank(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 50);
			long inked = 0;
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
						inked++;
					}
				}
			}
			long pixels = (long) image.getWidth() * image.getHeight();
			assertThat(inked * 100.0 / pixels).as("%% of the first page's %d pixels with ink", pixels).isGreaterThan(1.0);
		}
		catch (IOException ex) {
			throw new AssertionError("Not a PDF: " + ex.getMessage(), ex);
		}
	}

	private static List<String> structureTypes(PDStructureNode node) {
		List<String> types = new ArrayList<>();
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				types.add(element.getStructureType());
				types.addAll(structureTypes(element));
			}
		}
		return types;
	}

}
