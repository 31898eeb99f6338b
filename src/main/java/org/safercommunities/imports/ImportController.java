package org.safercommunities.imports;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Analysts upload police.uk and MPS files, follow each import (a progress bar fed by server-sent events, or
 * the page itself without JavaScript) and download the rows each rejected.
 */
@Controller
@RequestMapping("/staff/imports")
@PreAuthorize("hasRole('ANALYST')")
class ImportController {

	private final PoliceImports imports;

	private final ProgressStreams streams;

	private final ImportSettings settings;

	private final MessageSource messages;

	ImportController(PoliceImports imports, ProgressStreams streams, ImportSettings settings, MessageSource messages) {
		this.imports = imports;
		this.streams = streams;
		this.settings = settings;
		this.messages = messages;
	}

	@ModelAttribute("kinds")
	List<ImportKind> kinds() {
		return Arrays.asList(ImportKind.values());
	}

	@GetMapping
	String list(Model model, Locale locale) {
		if (!model.containsAttribute("importForm")) {
			model.addAttribute("importForm", new ImportForm());
		}
		List<ImportRow> rows = new ArrayList<>();
		for (PoliceImport policeImport : imports.recent()) {
			rows.add(row(policeImport, locale));
		}
		model.addAttribute("imports", rows);
		model.addAttribute("held", rows.stream().filter(row -> row.policeImport().status() == ImportStatus.HELD).toList());
		model.addAttribute("failed", rows.stream().filter(row -> row.policeImport().status() == ImportStatus.FAILED).toList());
		model.addAttribute("others", rows.stream()
			.filter(row -> row.policeImport().status() != ImportStatus.HELD
					&& row.policeImport().status() != ImportStatus.FAILED)
			.toList());
		model.addAttribute("streetMonths", imports.streetMonthsHeld());
		model.addAttribute("hateCrimeHeld", imports.hateCrimeHeld());
		model.addAttribute("anyUnfinished", rows.stream().anyMatch(row -> !row.policeImport().status().finished()));
		return "imports/list";
	}

	@PostMapping
	String upload(@ModelAttribute("importForm") ImportForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) throws IOException {
		imports.recent();
		new ImportFormValidator(settings.maxFileSize().toBytes()).validate(form, result);
		if (result.hasErrors()) {
			return list(model, locale);
		}
		List<ImportFile> files = new ArrayList<>();
		for (MultipartFile upload : form.chosenFiles()) {
			Path temporary = Files.createTempFile("police-import-", ".csv");
			upload.transferTo(temporary);
			files.add(new ImportFile(temporary, baseName(upload.getOriginalFilename())));
		}
		List<ImportOutcome> outcomes = imports.submit(form.getKind(), files);
		long queued = outcomes.stream().filter(o -> o.result() == ImportOutcome.Result.QUEUED).count();
		long skipped = outcomes.stream().filter(o -> o.result() == ImportOutcome.Result.SKIPPED_DUPLICATE).count();
		long failed = outcomes.stream().filter(o -> o.result() == ImportOutcome.Result.FAILED).count();
		String submitted = messages.getMessage("imports.submitted", new Object[] { queued, skipped, failed }, locale);
		// A failure is never announced under a green "Success" heading.
		redirect.addFlashAttribute(failed > 0 ? "importNotice" : "flashSuccess", submitted);
		if (outcomes.size() == 1 && outcomes.get(0).importId() != null) {
			return "redirect:/staff/imports/" + outcomes.get(0).importId();
		}
		return "redirect:/staff/imports";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		PoliceImport policeImport = imports.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("row", row(policeImport, locale));
		ImportStatus status = policeImport.status();
		if (model.containsAttribute("flashSuccess") && (status == ImportStatus.FAILED || status == ImportStatus.HELD)) {
			// The file was queued, but it failed or was held by the time the page is shown: never "Success".
			model.addAttribute("importNotice", model.getAttribute("flashSuccess"));
			model.addAttribute("flashSuccess", null);
		}
		model.addAttribute("comparison", imports.comparison(policeImport));
		model.addAttribute("canUndo", imports.canUndo(policeImport));
		model.addAttribute("replacedRowsKept", imports.replacedRowsKept(policeImport));
		return "imports/show";
	}

	/** Replace the data with a held file. */
	@PostMapping("/{id}/replace")
	String replace(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		PoliceImport done = imports.confirm(found(id).id());
		flash(redirect, done.status() == ImportStatus.COMPLETED, "imports.done.replaced", done, locale);
		return "redirect:/staff/imports/" + id;
	}

	/** Discard a held file. */
	@PostMapping("/{id}/discard")
	String discard(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		PoliceImport done = imports.discard(found(id).id());
		flash(redirect, done.status() == ImportStatus.DISCARDED, "imports.done.discarded", done, locale);
		return "redirect:/staff/imports/" + id;
	}

	/** Undo a replacement. */
	@PostMapping("/{id}/undo")
	String undo(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		PoliceImport done = imports.undo(found(id).id());
		flash(redirect, done.status() == ImportStatus.UNDONE, "imports.done.undone", done, locale);
		return "redirect:/staff/imports/" + id;
	}

	/** Forget the rows a replacement took out. */
	@PostMapping("/{id}/discard-previous")
	String discardPrevious(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		PoliceImport policeImport = found(id);
		imports.discardPrevious(id);
		flash(redirect, true, "imports.done.previous-discarded", policeImport, locale);
		return "redirect:/staff/imports/" + id;
	}

	private PoliceImport found(long id) {
		return imports.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	/** Done, or why not (it was no longer possible: another analyst acted first). */
	private void flash(RedirectAttributes redirect, boolean done, String key, PoliceImport policeImport, Locale locale) {
		if (done) {
			redirect.addFlashAttribute("flashSuccess",
					messages.getMessage(key, new Object[] { policeImport.fileName() }, locale));
		}
		else {
			redirect.addFlashAttribute("importNotice", messages.getMessage("imports.done.not-possible", null, locale));
		}
	}

	@GetMapping(path = "/{id}/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter progress(@PathVariable long id) {
		imports.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		return streams.stream(id);
	}

	@GetMapping("/{id}/rejections.csv")
	void rejections(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		PoliceImport policeImport = imports.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"import-" + policeImport.id()
				+ "-rejected-rows.csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		imports.writeRejections(id, writer, locale);
		writer.flush();
	}

	private ImportRow row(PoliceImport policeImport, Locale locale) {
		return new ImportRow(policeImport, imports.message(policeImport, locale),
				imports.percentDone(policeImport.id()).orElse(policeImport.status().finished() ? 100 : 0));
	}

	/** The name a browser gave the file, without any folder, and without control characters. */
	static String baseName(String original) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("\\p{Cntrl}", "").strip();
		return name.isEmpty() ? "upload.csv" : name;
	}

	/** One import as the pages show it. */
	record ImportRow(PoliceImport policeImport, String message, int percent) {
	}

}
