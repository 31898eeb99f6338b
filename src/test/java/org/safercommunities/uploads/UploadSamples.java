package org.safercommunities.uploads;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/** Files made in the tests: hostile PDFs, a photo with GPS data, a picture bomb and the EICAR test string. */
public final class UploadSamples {

	/** The industry's harmless test "virus": every scanner reports it (EICAR, eicar.org). Split so no scanner flags this class. */
	public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR" + "-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

	public static final String GPS_MARKER = "GPSLatitude 51.6123 GPSLongitude -0.2644 Canon EOS";

	private UploadSamples() {
	}

	/** A page with a black square in its lower-left quarter, so a rebuilt page can be shown to keep its picture. */
	public static PDPage markedPage(PDDocument document) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		try (PDPageContentStream drawing = new PDPageContentStream(document, page)) {
			drawing.addRect(50, 50, 200, 200);
			drawing.fill();
		}
		return page;
	}

	public static byte[] pdfWithJavaScriptOpenAction() throws IOException {
		try (PDDocument document = new PDDocument()) {
			markedPage(document);
			document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('opened');"));
			document.getDocumentInformation().setAuthor("Jane Secret");
			return save(document);
		}
	}

	public static byte[] pdfWithLaunchActionAndLink() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = markedPage(document);
			PDActionLaunch launch = new PDActionLaunch();
			launch.setFile(new PDComplexFileSpecification());
			launch.getFile().setFile("calc.exe");
			PDPageAdditionalActions actions = new PDPageAdditionalActions();
			actions.setO(launch);
			page.setActions(actions);
			PDAnnotationLink link = new PDAnnotationLink();
			link.setRectangle(new PDRectangle(300, 300, 100, 20));
			PDActionURI uri = new PDActionURI();
			uri.setURI("https://attacker.invalid/track");
			link.setAction(uri);
			page.getAnnotations().add(link);
			return save(document);
		}
	}

	/** A PDF with an attached file, compressed (as PDF writers usually do). */
	public static byte[] pdfWithEmbeddedFile(String fileContent) throws IOException {
		return pdfWithEmbeddedFile(fileContent, true);
	}

	public static byte[] pdfWithEmbeddedFile(String fileContent, boolean compressed) throws IOException {
		try (PDDocument document = new PDDocument()) {
			markedPage(document);
			PDEmbeddedFile embedded = new PDEmbeddedFile(document,
					new ByteArrayInputStream(fileContent.getBytes(StandardCharsets.US_ASCII)),
					compressed ? org.apache.pdfbox.cos.COSName.FLATE_DECODE : null);
			embedded.setSize(fileContent.length());
			embedded.setCreationDate(Calendar.getInstance());
			PDComplexFileSpecification spec = new PDComplexFileSpecification();
			spec.setFile("payload.txt");
			spec.setEmbeddedFile(embedded);
			PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
			tree.setNames(Map.of("payload.txt", spec));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setEmbeddedFiles(tree);
			document.getDocumentCatalog().setNames(names);
			return save(document);
		}
	}

	public static byte[] pdfWithForm() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = markedPage(document);
			PDAcroForm form = new PDAcroForm(document);
			document.getDocumentCatalog().setAcroForm(form);
			org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
			resources.put(org.apache.pdfbox.cos.COSName.HELV, new org.apache.pdfbox.pdmodel.font.PDType1Font(
					org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA));
			form.setDefaultResources(resources);
			form.setDefaultAppearance("/Helv 0 Tf 0 g");
			PDTextField field = new PDTextField(form);
			field.setPartialName("victimName");
			field.setDefaultAppearance("/Helv 12 Tf 0 g");
			form.getFields().add(field);
			PDAnnotationWidget widget = field.getWidgets().get(0);
			widget.setRectangle(new PDRectangle(300, 600, 200, 20));
			widget.setPage(page);
			page.getAnnotations().add(widget);
			field.setValue("Jane Secret");
			return save(document);
		}
	}

	/** A PDF whose only picture is a JPEG carrying an EXIF segment with a GPS position and the camera. */
	public static byte[] pdfWithGpsPhoto() throws Exception {
		try (PDDocument document = new PDDocument()) {
			PDPage page = markedPage(document);
			var photo = JPEGFactory.createFromByteArray(document, withExif(image("jpeg"), GPS_MARKER));
			try (PDPageContentStream drawing = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
					true)) {
				drawing.drawImage(photo, 300, 300, 160, 120);
			}
			return save(document);
		}
	}

	public static byte[] pdfWithPages(int pages, PDRectangle size) throws IOException {
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < pages; i++) {
				document.addPage(new PDPage(size));
			}
			return save(document);
		}
	}

	public static List<byte[]> hostilePdfs() throws Exception {
		return List.of(pdfWithJavaScriptOpenAction(), pdfWithLaunchActionAndLink(), pdfWithEmbeddedFile("secret"),
				pdfWithForm(), pdfWithGpsPhoto());
	}

	private static byte[] save(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	/** Inserts an APP1 "Exif" segment right after the JPEG's start-of-image marker. */
	public static byte[] withExif(byte[] jpeg, String text) {
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

	/**
	 * A real, complete PNG of {@code size} × {@code size} black RGB pixels: every row's bytes are zeros, which
	 * deflate about a thousand to one, so 12,000 × 12,000 (432 MB decoded) is a file of about 420 KB.
	 */
	public static byte[] pictureBomb(int size) throws IOException {
		ByteArrayOutputStream idat = new ByteArrayOutputStream();
		byte[] row = new byte[1 + size * 3]; // filter byte 0, then RGB zeros
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION), 65536)) {
			for (int y = 0; y < size; y++) {
				deflate.write(row);
			}
		}
		ByteBuffer header = ByteBuffer.allocate(13).putInt(size).putInt(size).put((byte) 8).put((byte) 2)
			.put((byte) 0).put((byte) 0).put((byte) 0);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		chunk(png, "IHDR", header.array());
		chunk(png, "IDAT", idat.toByteArray());
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		png.writeBytes(name);
		png.writeBytes(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/** A 40 by 30 picture in this format (jpeg, png, gif, bmp) with one red pixel. */
	public static byte[] image(String format) throws IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
		image.setRGB(5, 5, 0xff0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, format, out);
		return out.toByteArray();
	}

}
