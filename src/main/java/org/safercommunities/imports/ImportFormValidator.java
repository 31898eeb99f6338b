package org.safercommunities.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.multipart.MultipartFile;

/** GOV.UK-style checks of an upload: a kind, at least one file, each a CSV text file of a sensible size. */
record ImportFormValidator(long maxBytes) implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return ImportForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ImportForm form = (ImportForm) target;
		if (form.getKind() == null) {
			errors.rejectValue("kind", "imports.kind.blank");
		}
		List<MultipartFile> files = form.chosenFiles();
		if (files.isEmpty()) {
			errors.rejectValue("files", "imports.files.blank");
			return;
		}
		for (MultipartFile file : files) {
			String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
			if (file.isEmpty()) {
				errors.rejectValue("files", "imports.files.empty", new Object[] { name }, null);
			}
			else if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
				errors.rejectValue("files", "imports.files.not-csv", new Object[] { name }, null);
			}
			else if (file.getSize() > maxBytes) {
				errors.rejectValue("files", "imports.files.too-big", new Object[] { name, maxBytes / 1_000_000 }, null);
			}
			else if (!looksLikeText(file)) {
				errors.rejectValue("files", "imports.files.not-text", new Object[] { name }, null);
			}
		}
	}

	/** No NUL byte in the first 4 KB: the file is text, not a binary file renamed. */
	private static boolean looksLikeText(MultipartFile file) {
		try (InputStream in = file.getInputStream()) {
			for (byte b : in.readNBytes(4096)) {
				if (b == 0) {
					return false;
				}
			}
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
