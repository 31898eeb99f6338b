package org.safercommunities.uploads;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Checks what an uploaded file really is from its content (Apache Tika), not from its name, and keeps only its
 * picture. Photos are re-encoded without their metadata (EXIF GPS position, camera, time, PNG text). A PDF is
 * rebuilt from an image of each page, so nothing active survives: no JavaScript, no actions (OpenAction, Launch,
 * URI), no embedded files, forms or annotations, and no metadata of the images inside it. A picture or page
 * larger than the pixel limit is refused from its declared size, before anything is decoded.
 */
@Component
class FileContents {

	static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "application/pdf");

	private static final float PAGE_JPEG_QUALITY = 0.85f;

	private final Tika tika = new Tika();

	private final UploadSettings settings;

	FileContents(UploadSettings settings) {
		this.settings = settings;
	}

	/** The real type of the content, from its bytes. */
	String detect(byte[] content) {
		return tika.detect(content);
	}

	/** The content as a new file holding only its picture, or why it cannot be kept. */
	byte[] clean(byte[] content, String type) throws FileRefused {
		try {
			return switch (type) {
				case "image/jpeg" -> reencode(content, "jpeg");
				case "image/png" -> reencode(content, "png");
				case "application/pdf" -> rebuildPdf(content);
				default -> throw new FileRefused(UploadRefusal.TYPE);
			};
		}
		catch (IOException | RuntimeException ex) {
			throw new FileRefused(UploadRefusal.UNREADABLE);
		}
	}

	private byte[] reencode(byte[] content, String format) throws IOException, FileRefused {
		ImageHeader header = ImageHeader.of(content)
			.orElseThrow(() -> new FileRefused(UploadRefusal.UNREADABLE));
		if (header.pixels() > settings.maxImagePixels()) {
			throw new FileRefused(UploadRefusal.TOO_MANY_PIXELS);
		}
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
		if (image == null) {
			throw new FileRefused(UploadRefusal.UNREADABLE);
		}
		if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
			BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			opaque.createGraphics().drawImage(image, 0, 0, null);
			image = opaque;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
		ImageWriter writer = writers.next();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if ("jpeg".equals(format)) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(0.92f);
			}
			// A fresh IIOImage with no metadata: nothing from the original file is carried over.
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private byte[] rebuildPdf(byte[] content) throws IOException, FileRefused {
		try (PDDocument original = Loader.loadPDF(content)) {
			int pages = original.getNumberOfPages();
			if (pages == 0) {
				throw new FileRefused(UploadRefusal.UNREADABLE);
			}
			if (pages > settings.pdfMaxPages()) {
				throw new FileRefused(UploadRefusal.TOO_MANY_PAGES);
			}
			for (PDPage page : original.getPages()) {
				if (renderedPixels(page) > settings.maxImagePixels()) {
					throw new FileRefused(UploadRefusal.TOO_MANY_PIXELS);
				}
			}
			PDFRenderer renderer = new PDFRenderer(original);
			// Images inside the PDF are read only at the resolution the page needs, never larger.
			renderer.setSubsamplingAllowed(true);
			try (PDDocument rebuilt = new PDDocument()) {
				for (int i = 0; i < pages; i++) {
					addPageImage(rebuilt, renderer.renderImageWithDPI(i, settings.pdfDpi(), ImageType.RGB));
				}
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				rebuilt.save(out);
				return out.toByteArray();
			}
		}
	}

	/** The size the page is rendered at, from its crop box and user unit (rotation swaps sides only). */
	private long renderedPixels(PDPage page) {
		PDRectangle box = page.getCropBox();
		double scale = settings.pdfDpi() / 72.0 * page.getUserUnit();
		return (long) Math.ceil(box.getWidth() * scale) * (long) Math.ceil(box.getHeight() * scale);
	}

	private void addPageImage(PDDocument rebuilt, BufferedImage image) throws IOException {
		float toPoints = 72f / settings.pdfDpi();
		PDPage page = new PDPage(new PDRectangle(image.getWidth() * toPoints, image.getHeight() * toPoints));
		rebuilt.addPage(page);
		PDImageXObject picture = JPEGFactory.createFromImage(rebuilt, image, PAGE_JPEG_QUALITY, settings.pdfDpi());
		try (PDPageContentStream drawing = new PDPageContentStream(rebuilt, page)) {
			drawing.drawImage(picture, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
		}
	}

}
