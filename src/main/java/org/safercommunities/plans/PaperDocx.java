package org.safercommunities.plans;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A paper as a Word document for committee papers: Word's own heading styles (so the navigation pane and a
 * screen reader find the sections), tables with a repeated header row, and each figure's source as a link.
 */
final class PaperDocx {

	private PaperDocx() {
	}

	static byte[] write(Paper paper, String sourceWord) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(paper.title());
			headingStyles(document);
			heading(document, paper.title(), 1);
			paragraph(document, paper.covers());
			for (Paper.Section section : paper.sections()) {
				heading(document, section.heading(), 2);
				section.narrative().forEach(text -> paragraph(document, text));
				for (Paper.Block block : section.blocks()) {
					if (block instanceof Paper.Line line) {
						XWPFParagraph paragraph = paragraph(document, line.text() + " ");
						link(paragraph, line.source(), sourceWord);
					}
					else if (block instanceof Paper.Chart chart) {
						chart(document, chart, sourceWord);
					}
					else {
						table(document, (Paper.Table) block, sourceWord);
					}
				}
				for (Paper.Study study : section.studies()) {
					heading(document, study.heading(), 3);
					study.introduction().forEach(text -> paragraph(document, text));
					study.summary().forEach(text -> paragraph(document, text));
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The DOCX of " + paper.title() + " could not be written", ex);
		}
	}

	/** The chart as a picture with the chart in words as its alternative text, then its table. */
	private static void chart(XWPFDocument document, Paper.Chart chart, String sourceWord) throws IOException {
		heading(document, chart.title(), 3);
		byte[] png = ChartSvg.png(chart.svg(), ChartSvg.WIDTH * 2);
		XWPFRun run = document.createParagraph().createRun();
		try {
			XWPFPicture picture = run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
					chart.code() + ".png", Units.pixelToEMU(ChartSvg.WIDTH), Units.pixelToEMU(ChartSvg.HEIGHT));
			// Word reads alternative text from the drawing's docPr; other readers from the picture's own
			picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(chart.description());
		}
		catch (InvalidFormatException ex) {
			throw new IOException("The chart " + chart.code() + " could not be added", ex);
		}
		run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(chart.description());
		chart.notes().forEach(note -> paragraph(document, note));
		table(document, chart.table(), sourceWord);
	}

	private static void table(XWPFDocument document, Paper.Table table, String sourceWord) {
		heading(document, table.title(), 3);
		if (table.rows().isEmpty()) {
			paragraph(document, table.empty());
		}
		else {
			XWPFTable grid = document.createTable(table.rows().size() + 1, table.headings().size());
			XWPFTableRow header = grid.getRow(0);
			header.setRepeatHeader(true);
			fill(header, table.headings(), true);
			for (int row = 0; row < table.rows().size(); row++) {
				fill(grid.getRow(row + 1), table.rows().get(row), false);
			}
		}
		link(document.createParagraph(), table.source(), sourceWord);
	}

	private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
		for (int column = 0; column < cells.size() && column < row.getTableCells().size(); column++) {
			XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
			if (column > 0) {
				paragraph.setAlignment(ParagraphAlignment.RIGHT);
			}
			XWPFRun run = paragraph.createRun();
			run.setBold(bold);
			run.setText(cells.get(column));
		}
	}

	/**
	 * A blank document has no heading styles; without them Word shows "Heading1" as plain text, so the outline
	 * levels that the navigation pane and screen readers use are made here.
	 */
	private static void headingStyles(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		for (int level = 1; level <= 3; level++) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId("Heading" + level);
			style.setType(STStyleType.PARAGRAPH);
			style.addNewName().setVal("heading " + level);
			style.addNewQFormat();
			CTPPrGeneral paragraph = style.addNewPPr();
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
			paragraph.addNewKeepNext();
			styles.addStyle(new XWPFStyle(style));
		}
	}

	private static void heading(XWPFDocument document, String text, int level) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle("Heading" + level);
		XWPFRun run = paragraph.createRun();
		run.setBold(true);
		run.setFontSize(level == 1 ? 20 : level == 2 ? 16 : 13);
		run.setText(text);
	}

	private static XWPFParagraph paragraph(XWPFDocument document, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.createRun().setText(text);
		return paragraph;
	}

	private static void link(XWPFParagraph paragraph, String address, String word) {
		XWPFHyperlinkRun run = paragraph.createHyperlinkRun(address);
		run.setText(word);
		run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
		run.setColor("1D70B8");
	}

}
