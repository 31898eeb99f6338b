package org.safercommunities.plans;

import java.util.List;

/**
 * A board pack or an annual report with every word resolved and every number written, so the page, the PDF and
 * the DOCX are made from one thing and say the same.
 *
 * @param title e.g. "Safer Communities Partnership annual report 2022/23"
 * @param covers e.g. "1 April 2022 to 31 March 2023, compared with the year before"
 */
record Paper(String title, String covers, List<Section> sections) {

	/**
	 * @param key stable id of the section (an anchor on the page, the narrative's key in a draft)
	 * @param narrative what officers wrote, as paragraphs; empty when nothing is written yet
	 * @param studies the anonymised case studies chosen (the case studies section only), after the narrative
	 */
	record Section(String key, String heading, List<String> narrative, List<Block> blocks, List<Study> studies) {

		Section(String key, String heading, List<String> narrative, List<Block> blocks) {
			this(key, heading, narrative, blocks, List.of());
		}

	}

	/**
	 * A case study chosen from a closed case, as the cases module anonymised it.
	 *
	 * @param id the study's id in the draft (for its Change and Remove links), never the case's
	 * @param introduction the officer's own words around it, as paragraphs
	 * @param summary the anonymised account, as paragraphs
	 */
	record Study(long id, String heading, List<String> introduction, List<String> summary) {
	}

	/** A figure written as a sentence, or a table. */
	sealed interface Block {

		/** The staff page the figure came from, absolute. */
		String source();

		/** For templates: a table, a chart or else a line. */
		default boolean isTable() {
			return this instanceof Table;
		}

		default boolean isChart() {
			return this instanceof Chart;
		}

	}

	/** "Cases logged: 3,602 (2,495 the year before, up 44%)". */
	record Line(String code, String text, String source) implements Block {
	}

	record Table(String code, String title, List<String> headings, List<List<String>> rows, String empty,
			String source) implements Block {
	}

	/**
	 * An indicator's chart as SVG with the table of everything it draws, so nothing is only in the picture.
	 *
	 * @param svg the chart's markup, every word in it escaped ({@link ChartSvg})
	 * @param description the chart in words, also the picture's alternative text in the Word document
	 * @param notes what the reader must know to read it (months without figures)
	 * @param table templates must call {@code table()}: {@code block.table} is {@link Block#isTable()}
	 */
	record Chart(String code, String title, String svg, String description, List<String> notes, Table table,
			String source) implements Block {
	}

}
