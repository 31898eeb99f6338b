package org.safercommunities.reporting;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** The files chosen on the evidence page, one upload at a time. */
class EvidenceForm {

	private List<MultipartFile> files = new ArrayList<>();

	/** The files actually chosen: a browser sends an empty part when none is. */
	List<MultipartFile> chosen() {
		return files == null ? List.of() : files.stream().filter(file -> !file.isEmpty()).toList();
	}

	public List<MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}

}
