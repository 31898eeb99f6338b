package org.safercommunities.reporting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Checks what an uploaded file really is from its content (Apache Tika), not from its name, and removes what
 * could identify the person who took it: photos are re-encoded without their EXIF data (GPS position, camera,
 * time), PDFs lose their document information and XMP metadata.
 */
@Component
class EvidenceFiles {

	static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "application/pdf");

	private final Tika tika = new Tika();

	/** The real type of the content, from its bytes. */
	String detect(byte[] content) {
		return tika.detect(content);
	}

	/** The content without identifying metadata, or empty when it cannot be read as the type it claims. */
	Optional<byte[]> withoutMetadata(byte[] content, String type) {
		try {
			return Optional.ofNullable(switch (type) {
				case "image/jpeg" -> reencode(content, "jpeg");
				case "image/png" -> reencode(content, "png");
				case "application/pdf" -> cleanPdf(content);
				default -> null;
			});
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static byte[] reencode(byte[] content, String format) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
		if (image == null) {
			return null;
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

	private static byte[] cleanPdf(byte[] content) throws IOException {
		try (PDDocument document = Loader.loadPDF(content)) {
			document.setDocumentInformation(new PDDocumentInformation());
			document.getDocumentCatalog().setMetadata(null);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
