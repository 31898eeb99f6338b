package org.safercommunities.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template as an accessible PDF: tagged for screen readers (PDF/UA, with the document's title
 * and language), fonts embedded, so a case report, minutes or a board pack can be read by everyone who may
 * receive it. Templates live under {@code templates/pdf/}, take their words from the message bundles as pages do,
 * and must not use {@code @{...}} links (there is no request here): pass absolute addresses in the model.
 * <p>
 * The HTML is parsed by jsoup, so templates are ordinary HTML5; the fonts are Liberation Sans (shipped in
 * {@code pdf/fonts}, with their licence) because PDF/UA requires every font to be embedded. Inline {@code <svg>}
 * (a board pack's charts) is drawn by Apache Batik.
 */
@Component
public class PdfDocuments {

	static final String FONT_FAMILY = "Liberation Sans";

	private final ITemplateEngine templates;

	PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The PDF of {@code template} (e.g. {@code pdf/case-report}) with these variables, in the reader's language. */
	public byte[] render(String template, Map<String, ?> variables, Locale locale) {
		Context context = new Context(locale);
		variables.forEach(context::setVariable);
		String html = templates.process(template, context);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			// Charts are inline SVG drawn by this application; no script runs and nothing is fetched from elsewhere.
			builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
			builder.useFont(() -> font("LiberationSans-Regular.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("LiberationSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF of " + template + " could not be made", ex);
		}
		return pdf.toByteArray();
	}

	private static InputStream font(String file) {
		InputStream font = PdfDocuments.class.getResourceAsStream("/pdf/fonts/" + file);
		if (font == null) {
			throw new IllegalStateException("Font pdf/fonts/" + file + " is missing from the application");
		}
		return font;
	}

}
