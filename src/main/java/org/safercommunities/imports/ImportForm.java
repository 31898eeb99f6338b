package org.safercommunities.imports;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** Upload one or more files of one kind. Checked by {@link ImportController#check}. */
class ImportForm {

	private ImportKind kind = ImportKind.POLICE_UK_STREET;

	private List<MultipartFile> files = new ArrayList<>();

	public ImportKind getKind() {
		return kind;
	}

	public void setKind(ImportKind kind) {
		this.kind = kind;
	}

	public List<MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}

	/**
	 * The files chosen: a browser sends an empty part without a name when none was chosen, but an empty file
	 * that was chosen has its name, and is kept so the check can say it is empty.
	 */
	List<MultipartFile> chosenFiles() {
		return files == null ? List.of()
				: files.stream()
					.filter(file -> file != null && (!file.isEmpty()
							|| (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())))
					.toList();
	}

}
