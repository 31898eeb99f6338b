package org.safercommunities.uploads;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a file is comes from its bytes; what could identify the person who made it is removed. */
class FileContentsTests {

	static final UploadSettings SETTINGS = new UploadSettings(40_000_000, 150, 30,
			new UploadSettings.Clamd(null, 3310, null, java.time.Duration.ofSeconds(5)), java.time.Duration.ofMinutes(5));

	private final FileContents files = new FileContents(SETTINGS);

	@Test
	void aPhotosExifIncludingItsGpsPositionIsRemoved() throws Exception {
		byte[] photo = UploadSamples.withExif(image("jpeg"), "GPSLatitude 51.6123 GPSLongitude -0.2644 Canon EOS");
		assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif", "GPSLatitude");

		byte[] cleaned = files.clean(photo, files.detect(photo));

		assertThat(files.detect(photo)).isEqualTo("image/jpeg");
		assertThat(new String(cleaned, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "GPSLatitude", "Canon");
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(cleaned)).getWidth()).isEqualTo(40);
	}

	@Test
	void aPngsTextChunksAreRemoved() throws Exception {
		byte[] png = withTextChunk(image("png"), "Author", "Jane Secret");

		byte[] cleaned = files.clean(png, files.detect(png));

		assertThat(new String(png, StandardCharsets.ISO_8859_1)).contains("Jane Secret");
		assertThat(new String(cleaned, StandardCharsets.ISO_8859_1)).doesNotContain("Jane Secret");
	}

	@Test
	void aPdfsAuthorAndXmpAreRemoved() throws Exception {
		byte[] pdf;
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.getDocumentInformation().setAuthor("Jane Secret");
			document.getDocumentInformation().setCreator("Phone scanner 3000");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			pdf = out.toByteArray();
		}

		byte[] cleaned = files.clean(pdf, files.detect(pdf));

		try (PDDocument reopened = Loader.loadPDF(cleaned)) {
			assertThat(reopened.getDocumentInformation().getAuthor()).isNull();
			assertThat(reopened.getDocumentInformation().getCreator()).isNull();
			assertThat(reopened.getNumberOfPages()).isEqualTo(1);
		}
	}

	@Test
	void theNameDoesNotDecideTheType() throws Exception {
		assertThat(files.detect("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.isNotIn(FileContents.ACCEPTED);
		assertThat(files.detect(image("png"))).isEqualTo("image/png");
	}

	@Test
	void aDamagedImageIsRefusedNotStored() {
		byte[] truncated = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };

		assertThatThrownBy(() -> files.clean(truncated, "image/jpeg")).isInstanceOf(FileRefused.class)
			.extracting(refused -> ((FileRefused) refused).reason())
			.isEqualTo(UploadRefusal.UNREADABLE);
	}

	@Test
	void namesLoseTheirPathAndControlCharacters() {
		assertThat(FileNames.safe("C:\\Users\\amina\\Pictures\\door.jpg")).isEqualTo("door.jpg");
		assertThat(FileNames.safe("../../etc/pass\u0000wd")).isEqualTo("passwd");
		assertThat(FileNames.safe("  ")).isEqualTo("file");
		assertThat(FileNames.safe("..")).isEqualTo("file");
		assertThat(FileNames.safe(null)).isEqualTo("file");
	}

	@Test
	void namesLoseInvisibleFormatCharactersThatDisguiseThem() {
		// Shown as "photoexe.jpg" with the right-to-left override; really "photo" + "gpj.exe" reversed.
		assertThat(FileNames.safe("photo\u202Egpj.exe")).isEqualTo("photogpj.exe");
		assertThat(FileNames.safe("\u202Dleft\u202Aembed\u2066isolate\u2069.pdf")).isEqualTo("leftembedisolate.pdf");
		assertThat(FileNames.safe("door\u200B\u200C\u200D\uFEFF\u00AD.jpg")).isEqualTo("door.jpg");
		assertThat(FileNames.safe("line\u2028break\tand\r\nnewline.png")).isEqualTo("linebreakandnewline.png");
		assertThat(FileNames.safe("\u0000\u202E")).isEqualTo("file");
		assertThat(FileNames.safe("ca\u0301fe\u0301 \ud83d\udcf7.jpg")).isEqualTo("c\u00e1f\u00e9 \ud83d\udcf7.jpg");
		assertThat(FileNames.safe("lone\ud800surrogate.jpg")).isEqualTo("lonesurrogate.jpg");
	}

	@Test
	void longNamesKeepTheirEndWithoutSplittingACharacter() {
		String name = FileNames.safe("\ud83d\udcf7".repeat(200) + ".jpg");

		assertThat(name.codePointCount(0, name.length())).isEqualTo(120);
		assertThat(name).endsWith(".jpg").startsWith("\ud83d\udcf7");
	}

	@Test
	void aPictureLargerThanTheLimitIsRefusedFromItsHeaderBeforeDecoding() throws Exception {
		byte[] bomb = UploadSamples.pictureBomb(12_000);
		assertThat(bomb.length).isLessThan(600 * 1024);

		// The header alone says 144 million pixels; nothing is decoded to find out.
		assertThat(ImageHeader.of(bomb)).contains(new ImageHeader(12_000, 12_000));
		assertThat(files.detect(bomb)).isEqualTo("image/png");
		assertThatThrownBy(() -> files.clean(bomb, "image/png")).isInstanceOf(FileRefused.class)
			.extracting(refused -> ((FileRefused) refused).reason())
			.isEqualTo(UploadRefusal.TOO_MANY_PIXELS);
	}

	@Test
	void theHeaderIsReadForJpegGifAndPngAlike() throws Exception {
		for (String format : new String[] { "jpeg", "png", "gif", "bmp" }) {
			assertThat(ImageHeader.of(image(format))).as(format).contains(new ImageHeader(40, 30));
		}
		assertThat(ImageHeader.of("not a picture".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

	@Test
	void thePixelLimitIsASetting() throws Exception {
		FileContents strict = new FileContents(new UploadSettings(40 * 30 - 1, 150, 30, SETTINGS.clamd(),
				SETTINGS.rescanInterval()));
		byte[] png = image("png");

		assertThatThrownBy(() -> strict.clean(png, "image/png")).isInstanceOf(FileRefused.class);
		assertThat(files.clean(png, "image/png")).isNotEmpty();
	}

	static byte[] image(String format) throws Exception {
		return UploadSamples.image(format);
	}

	/** Inserts a tEXt chunk after the PNG's IHDR chunk (8-byte signature + 25-byte IHDR). */
	private static byte[] withTextChunk(byte[] png, String keyword, String text) {
		byte[] data = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
		byte[] type = "tEXt".getBytes(StandardCharsets.ISO_8859_1);
		CRC32 crc = new CRC32();
		crc.update(type);
		crc.update(data);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, 33);
		out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(type);
		out.writeBytes(data);
		out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
		out.write(png, 33, png.length - 33);
		return out.toByteArray();
	}

}
