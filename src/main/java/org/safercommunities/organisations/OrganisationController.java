package org.safercommunities.organisations;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** An organisation's page for staff. Who may open which organisation is decided in {@link Organisations}. */
@Controller
@PreAuthorize("isAuthenticated()")
class OrganisationController {

	private final Organisations organisations;

	OrganisationController(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/staff/organisations/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("organisation",
				organisations.viewAsStaff(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
		return "organisations/show";
	}

}
