package org.safercommunities.uploads;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A PDF is rebuilt from images of its pages: what it showed survives, nothing active or identifying does. */
class PdfRebuildTests {

	/** Keys under which a PDF carries scripts, actions, attachments, forms, annotations or metadata. */
	private static final Set<COSName> ACTIVE_OR_IDENTIFYING = Set.of(COSName.JAVA_SCRIPT, COSName.JS,
			COSName.OPEN_ACTION, COSName.AA, COSName.A, COSName.URI, COSName.EMBEDDED_FILES,
			COSName.EMBEDDED_FILE, COSName.EF, COSName.ACRO_FORM, COSName.ANNOTS, COSName.NAMES, COSName.METADATA,
			COSName.getPDFName("XFA"));

	private final FileContents files = new FileContents(FileContentsTests.SETTINGS);

	@Test
	void theHostileSamplesReallyCarryWhatTheRebuildMustRemove() throws Exception {
		List<byte[]> samples = UploadSamples.hostilePdfs();

		assertThat(keysIn(samples.get(0))).contains(COSName.OPEN_ACTION, COSName.JS);
		assertThat(actionTypesIn(samples.get(0))).contains("JavaScript");
		assertThat(keysIn(samples.get(1))).contains(COSName.AA, COSName.ANNOTS, COSName.URI);
		assertThat(actionTypesIn(samples.get(1))).contains("Launch", "URI");
		assertThat(keysIn(samples.get(2))).contains(COSName.EMBEDDED_FILES, COSName.EF);
		assertThat(keysIn(samples.get(3))).contains(COSName.ACRO_FORM, COSName.ANNOTS);
		assertThat(imageStreamsOf(samples.get(4))).anySatisfy(image -> assertThat(image).contains("Exif", "GPSLatitude"));
	}

	@Test
	void nothingActiveOrIdentifyingSurvivesAndEveryPageIsKept() throws Exception {
		for (byte[] hostile : UploadSamples.hostilePdfs()) {
			byte[] cleaned = files.clean(hostile, files.detect(hostile));

			assertThat(files.detect(cleaned)).isEqualTo("application/pdf");
			assertThat(keysIn(cleaned)).doesNotContainAnyElementsOf(ACTIVE_OR_IDENTIFYING);
			assertThat(actionTypesIn(cleaned)).isEmpty();
			assertThat(imageStreamsOf(cleaned)).isNotEmpty()
				.allSatisfy(image -> assertThat(image).doesNotContain("Exif", "GPS", "Canon"));
			try (PDDocument original = Loader.loadPDF(hostile); PDDocument rebuilt = Loader.loadPDF(cleaned)) {
				assertThat(rebuilt.getNumberOfPages()).isEqualTo(original.getNumberOfPages());
				assertThat(rebuilt.getDocumentInformation().getCOSObject().keySet()).isEmpty();
				assertThat(rebuilt.getDocumentCatalog().getMetadata()).isNull();
				assertThat(rebuilt.getDocumentCatalog().getAcroForm()).isNull();
				assertThat(rebuilt.getPage(0).getAnnotations()).isEmpty();
				PDRectangle size = rebuilt.getPage(0).getMediaBox();
				assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
				assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
			}
		}
	}

	@Test
	void theRebuiltPageShowsWhatTheOriginalShowed() throws Exception {
		byte[] cleaned = files.clean(UploadSamples.pdfWithJavaScriptOpenAction(), "application/pdf");

		try (PDDocument rebuilt = Loader.loadPDF(cleaned)) {
			BufferedImage page = new PDFRenderer(rebuilt).renderImageWithDPI(0, 72);
			int height = page.getHeight();
			// The black square drawn at (50..250, 50..250) from the bottom left; white elsewhere.
			assertThat(page.getRGB(150, height - 150) & 0xffffff).isLessThan(0x202020);
			assertThat(page.getRGB(400, 200) & 0xffffff).isGreaterThan(0xe0e0e0);
		}
	}

	@Test
	void aPdfWithMorePagesThanTheLimitIsRefused() throws Exception {
		FileContents twoPages = new FileContents(new UploadSettings(40_000_000, 150, 2,
				FileContentsTests.SETTINGS.clamd(), FileContentsTests.SETTINGS.rescanInterval()));

		assertThat(twoPages.clean(UploadSamples.pdfWithPages(2, PDRectangle.A4), "application/pdf")).isNotEmpty();
		assertThatThrownBy(() -> twoPages.clean(UploadSamples.pdfWithPages(3, PDRectangle.A4), "application/pdf"))
			.isInstanceOf(FileRefused.class)
			.extracting(refused -> ((FileRefused) refused).reason())
			.isEqualTo(UploadRefusal.TOO_MANY_PAGES);
	}

	@Test
	void aPageThatWouldRenderLargerThanThePixelLimitIsRefusedBeforeRendering() throws Exception {
		// 200 by 200 inches: 30,000 × 30,000 pixels at 150 dpi.
		byte[] poster = UploadSamples.pdfWithPages(1, new PDRectangle(14_400, 14_400));

		assertThatThrownBy(() -> files.clean(poster, "application/pdf")).isInstanceOf(FileRefused.class)
			.extracting(refused -> ((FileRefused) refused).reason())
			.isEqualTo(UploadRefusal.TOO_MANY_PIXELS);
	}

	@Test
	void aDamagedPdfIsRefused() {
		byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);

		assertThatThrownBy(() -> files.clean(damaged, "application/pdf")).isInstanceOf(FileRefused.class)
			.extracting(refused -> ((FileRefused) refused).reason())
			.isEqualTo(UploadRefusal.UNREADABLE);
	}

	/** Every dictionary key of every object in the file, from its parsed structure (object streams included). */
	static Set<COSName> keysIn(byte[] pdf) throws IOException {
		Set<COSName> keys = new java.util.HashSet<>();
		for (COSDictionary dictionary : dictionariesOf(pdf)) {
			keys.addAll(dictionary.keySet());
		}
		return keys;
	}

	private static final Set<String> ACTION_TYPES = Set.of("JavaScript", "Launch", "URI", "GoToR", "GoToE",
			"SubmitForm", "ImportData", "ResetForm", "Rendition", "Sound", "Movie");

	/** The type (/S) of every action dictionary in the file. */
	static Set<String> actionTypesIn(byte[] pdf) throws IOException {
		Set<String> types = new java.util.HashSet<>();
		for (COSDictionary dictionary : dictionariesOf(pdf)) {
			String type = dictionary.getNameAsString(COSName.S);
			if (type != null && ACTION_TYPES.contains(type)) {
				types.add(type);
			}
		}
		return types;
	}

	/** The raw (still encoded) bytes of every image stream, as text, e.g. the JPEG file of a DCT image. */
	static List<String> imageStreamsOf(byte[] pdf) throws IOException {
		List<String> images = new ArrayList<>();
		for (COSDictionary dictionary : dictionariesOf(pdf)) {
			if (dictionary instanceof COSStream stream && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
				try (InputStream raw = stream.createRawInputStream()) {
					images.add(new String(raw.readAllBytes(), StandardCharsets.ISO_8859_1));
				}
			}
		}
		return images;
	}

	private static List<COSDictionary> dictionariesOf(byte[] pdf) throws IOException {
		List<COSDictionary> dictionaries = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			dictionaries.add(document.getDocument().getTrailer());
			for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
				COSObject object = document.getDocument().getObjectFromPool(key);
				collect(object.getObject(), dictionaries, new java.util.IdentityHashMap<>());
			}
			// Streams are read while the document is open.
			List<COSDictionary> copies = new ArrayList<>();
			for (COSDictionary dictionary : dictionaries) {
				if (dictionary instanceof COSStream stream) {
					COSStream copy = new COSStream();
					copy.addAll(stream);
					try (InputStream in = stream.createRawInputStream(); var out = copy.createRawOutputStream()) {
						in.transferTo(out);
					}
					copies.add(copy);
				}
				else {
					copies.add(dictionary);
				}
			}
			return copies;
		}
	}

	/** Dictionaries nested directly (not by reference) inside others, such as an inline /A action. */
	private static void collect(COSBase base, List<COSDictionary> into, java.util.Map<COSBase, Boolean> seen) {
		if (base == null || seen.put(base, Boolean.TRUE) != null) {
			return;
		}
		if (base instanceof COSDictionary dictionary) {
			into.add(dictionary);
			for (COSBase value : dictionary.getValues()) {
				if (!(value instanceof COSObject)) {
					collect(value, into, seen);
				}
			}
		}
		else if (base instanceof org.apache.pdfbox.cos.COSArray array) {
			for (COSBase value : array) {
				if (!(value instanceof COSObject)) {
					collect(value, into, seen);
				}
			}
		}
	}

}
