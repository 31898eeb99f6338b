package org.safercommunities.performance;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** Public open data: the indicators' last twelve months with small numbers suppressed, as pages and CSV. */
@Controller
@RequestMapping("/open-data")
class OpenDataController {

	private final OpenData openData;

	OpenDataController(OpenData openData) {
		this.openData = openData;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("datasets", openData.all());
		model.addAttribute("threshold", openData.threshold());
		return "performance/open-data";
	}

	@GetMapping("/{code}.csv")
	void csv(@PathVariable String code, HttpServletResponse response) throws IOException {
		OpenData.Dataset dataset = openData.one(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + code + "-" + dataset.periodEnd() + ".csv\"");
		OutputStreamWriter writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		OpenData.csv(dataset, writer);
		writer.flush();
	}

}
