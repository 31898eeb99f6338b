package org.safercommunities.engagement;

import org.safercommunities.engagement.WalkForms.AdvanceIssueForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safercommunities.geography.Wards;
import org.safercommunities.reporting.PublicSends;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The public Ward Walk pages, without an account and without JavaScript: upcoming walks, each walk's page (what
 * was raised and what was done, no personal data), and the form to raise an issue in advance. Each issue sent
 * counts against the same per-address limit as an online report ({@link PublicSends}), as a Case Review does.
 */
@Controller
@RequestMapping("/ward-walks")
class WardWalkPublicController {

	private final WardWalks walks;

	private final Wards wards;

	private final PublicSends limit;

	WardWalkPublicController(WardWalks walks, Wards wards, PublicSends limit) {
		this.walks = walks;
		this.wards = wards;
		this.limit = limit;
	}

	@GetMapping
	String upcoming(Model model) {
		model.addAttribute("walks", walks.upcoming());
		model.addAttribute("wardNames", wards.all().stream()
			.collect(java.util.stream.Collectors.toMap(w -> w.getCode(), w -> w.getName(), (a, b) -> a)));
		return "engagement/public-walks";
	}

	@GetMapping("/{id}")
	String walk(@PathVariable long id, Model model) {
		WardWalk walk = walks.walk(id);
		model.addAttribute("walk", walk);
		model.addAttribute("wardName", wards.find(walk.getWardCode()).map(w -> w.getName()).orElse(walk.getWardCode()));
		model.addAttribute("issues", walks.publicIssues(id));
		model.addAttribute("takesIssues", walk.takesIssues(walks.today()));
		return "engagement/public-walk";
	}

	@GetMapping("/{id}/issue")
	String issueForm(@PathVariable long id, Model model) {
		model.addAttribute("advanceIssueForm", new AdvanceIssueForm());
		return formPage(id, model);
	}

	@PostMapping("/{id}/issue")
	String raise(@PathVariable long id, @ModelAttribute("advanceIssueForm") AdvanceIssueForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		new WalkValidators.AdvanceIssueValidator(walks::isCategory).validate(form, result);
		if (result.hasErrors()) {
			return formPage(id, model);
		}
		if (limit.tryConsume(request).isPresent()) {
			response.setStatus(429);
			return "engagement/public-walk-too-many";
		}
		walks.raiseInAdvance(id, form.getCategoryCode(), form.getDescription().strip());
		return "redirect:/ward-walks/" + id + "/issue/sent";
	}

	@GetMapping("/{id}/issue/sent")
	String sent(@PathVariable long id, Model model) {
		model.addAttribute("walk", walks.walk(id));
		return "engagement/public-walk-sent";
	}

	private String formPage(long id, Model model) {
		WardWalk walk = walks.walk(id);
		if (!walk.takesIssues(walks.today())) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		model.addAttribute("walk", walk);
		model.addAttribute("wardName", wards.find(walk.getWardCode()).map(w -> w.getName()).orElse(walk.getWardCode()));
		model.addAttribute("categories", walks.categories());
		return "engagement/public-walk-issue";
	}

}
