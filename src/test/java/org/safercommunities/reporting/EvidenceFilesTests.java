package org.safercommunities.reporting;

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

/** What a file is comes from its bytes; what could identify the person who made it is removed. */
class EvidenceFilesTests {

	private final EvidenceFiles files = new EvidenceFiles();

	@Test
	void aPhotosExifIncludingItsGpsPositionIsRemoved() throws Exception {
		byte[] photo = withExif(image("jpeg"), "GPSLatitude 51.6123 GPSLongitude -0.2644 Canon EOS");
		assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("Exif", "GPSLatitude");

		byte[] cleaned = files.withoutMetadata(photo, files.detect(photo)).orElseThrow();

		assertThat(files.detect(photo)).isEqualTo("image/jpeg");
		assertThat(new String(cleaned, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "GPSLatitude", "Canon");
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(cleaned)).getWidth()).isEqualTo(40);
	}

	@Test
	void aPngsTextChunksAreRemoved() throws Exception {
		byte[] png = withTextChunk(image("png"), "Author", "Jane Secret");

		byte[] cleaned = files.withoutMetadata(png, files.detect(png)).orElseThrow();

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

		byte[] cleaned = files.withoutMetadata(pdf, files.detect(pdf)).orElseThrow();

		try (PDDocument reopened = Loader.loadPDF(cleaned)) {
			assertThat(reopened.getDocumentInformation().getAuthor()).isNull();
			assertThat(reopened.getDocumentInformation().getCreator()).isNull();
			assertThat(reopened.getNumberOfPages()).isEqualTo(1);
		}
	}

	@Test
	void theNameDoesNotDecideTheType() throws Exception {
		assertThat(files.detect("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.isNotIn(EvidenceFiles.ACCEPTED);
		assertThat(files.detect(image("png"))).isEqualTo("image/png");
	}

	@Test
	void aDamagedImageIsRefusedNotStored() {
		byte[] truncated = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };

		assertThat(files.withoutMetadata(truncated, "image/jpeg")).isEmpty();
	}

	@Test
	void namesLoseTheirPathAndControlCharacters() {
		assertThat(EvidenceUploads.safeName("C:\\Users\\amina\\Pictures\\door.jpg")).isEqualTo("door.jpg");
		assertThat(EvidenceUploads.safeName("../../etc/pass\u0000wd")).isEqualTo("passwd");
		assertThat(EvidenceUploads.safeName("  ")).isEqualTo("file");
	}

	static byte[] image(String format) throws Exception {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(5, 5, 0xff0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	/** Inserts an APP1 "Exif" segment right after the JPEG's start-of-image marker. */
	private static byte[] withExif(byte[] jpeg, String text) {
		byte[] payload = ("Exif\0\0" + text).getBytes(StandardCharsets.ISO_8859_1);
		int length = payload.length + 2;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes(payload);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
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
