package org.safercommunities.security;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code drawn on the server as SVG (ZXing's encoder, no external service and no script): the enrolment page shows
 * it inline, so the secret never leaves this server. One path of unit squares, with the quiet zone QR readers need.
 */
final class QrCodeSvg {

	private static final int QUIET_ZONE = 4;

	private QrCodeSvg() {
	}

	static String render(String text, String accessibleName) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("The QR code could not be made", ex);
		}
		int size = matrix.getWidth() + 2 * QUIET_ZONE;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" width=\"240\" height=\"240\" role=\"img\" aria-label=\"" + escape(accessibleName)
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
				+ "\" fill=\"#ffffff\"/><path fill=\"#0b0c0c\" d=\"" + path + "\"/></svg>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
