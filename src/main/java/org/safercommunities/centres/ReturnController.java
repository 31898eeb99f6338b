package org.safercommunities.centres;

import org.safercommunities.shared.UkDates;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;

/**
 * Monthly monitoring returns: a centre worker sees and sends their own centre's; the Community Safety Team and
 * the coordinator see every centre month by month and export them. A return is pre-filled from the reports
 * taken at the centre that month; the centre adds what it took outside the product.
 */
@Controller
@RequestMapping("/staff/returns")
@PreAuthorize("hasAnyRole('CENTRE_WORKER', 'OFFICER', 'COORDINATOR')")
class ReturnController {

	private static final String SEES_ALL = "hasAnyRole('OFFICER', 'COORDINATOR')";

	private static final String SENDS = "hasAnyRole('CENTRE_WORKER', 'OFFICER')";

	private final CentreReturns returns;

	private final CentreManagement management;

	private final ReturnExport export;

	private final MessageSource messages;

	ReturnController(CentreReturns returns, CentreManagement management, ReturnExport export, MessageSource messages) {
		this.returns = returns;
		this.management = management;
		this.export = export;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
		StaffActor actor = CurrentActor.require();
		if (CentreAccess.seesAllReturns(actor)) {
			Range range = range(from, to);
			model.addAttribute("grid", returns.grid(range.from(), range.to()));
			model.addAttribute("from", UkDates.monthParam(range.from()));
			model.addAttribute("to", UkDates.monthParam(range.to()));
			model.addAttribute("canSend", CentreAccess.sendsForEveryCentre(actor));
			return "centres/returns";
		}
		long own = actor.organisationId();
		model.addAttribute("centreName", returns.centreName(own));
		model.addAttribute("centreActive", management.find(own).map(Centre::isActive).orElse(false));
		model.addAttribute("months", returns.monthsOf(own));
		return "centres/my-returns";
	}

	@GetMapping("/new")
	@PreAuthorize(SENDS)
	String newReturn(@RequestParam(required = false) Long centre, @RequestParam(required = false) String month,
			Model model) {
		ReturnForm form = new ReturnForm();
		form.setCentre(centreFor(centre));
		YearMonth chosen = month == null ? null : UkDates.parseMonth(month).orElse(null);
		form.setMonth(chosen == null ? UkDates.month(YearMonth.from(returns.today()).minusMonths(1))
				: UkDates.month(chosen));
		model.addAttribute("returnForm", form);
		return formPage(form, null, model);
	}

	@PostMapping
	@PreAuthorize(SENDS)
	String submit(@ModelAttribute("returnForm") ReturnForm form, BindingResult result,
			@RequestParam(required = false) String refresh, Model model, RedirectAttributes redirect, Locale locale) {
		long centre = centreFor(form.getCentre());
		form.setCentre(centre);
		if (refresh != null) {
			return formPage(form, null, model);
		}
		Optional<Centre> record = management.find(centre);
		Map<String, Integer> outside = ReturnValidator.validate(form, returns.groups().stream()
			.flatMap(group -> group.rows().stream()).toList(),
				new ReturnValidator.Situation(returns.today(), false, record.map(Centre::isActive).orElse(false),
						returns.centreName(centre), month -> returns.alreadySent(centre, month)),
				result);
		if (result.hasErrors()) {
			return formPage(form, null, model);
		}
		CentreReturn sent = returns.submit(centre, UkDates.parseMonth(form.getMonth()).orElseThrow(), outside,
				form.getComment());
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("centres.returns.sent",
				new Object[] { UkDates.month(sent.getMonth()) }, locale));
		return "redirect:/staff/returns/" + sent.getId();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		CentreReturn sent = returns.open(id);
		model.addAttribute("sent", sent);
		model.addAttribute("centreName", returns.centreName(sent.getOrganisationId()));
		model.addAttribute("monthLabel", UkDates.month(sent.getMonth()));
		model.addAttribute("groups", returns.groups());
		model.addAttribute("due", returns.calendar().dueDate(sent.getMonth()));
		StaffActor actor = CurrentActor.require();
		model.addAttribute("canCorrect", CentreAccess.mayCorrect(actor, sent));
		return "centres/return";
	}

	@GetMapping("/{id}/correct")
	@PreAuthorize(SENDS)
	String correction(@PathVariable long id, Model model) {
		CentreReturn sent = opened(id);
		model.addAttribute("returnForm", ReturnForm.of(sent));
		return formPage(ReturnForm.of(sent), sent, model);
	}

	@PostMapping("/{id}/correct")
	@PreAuthorize(SENDS)
	String correct(@PathVariable long id, @ModelAttribute("returnForm") ReturnForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		CentreReturn sent = opened(id);
		form.setCentre(sent.getOrganisationId());
		form.setMonth(UkDates.month(sent.getMonth()));
		Map<String, Integer> outside = ReturnValidator.validate(form, returns.groups().stream()
			.flatMap(group -> group.rows().stream()).toList(),
				new ReturnValidator.Situation(returns.today(), true, true, "", month -> false), result);
		if (result.hasErrors()) {
			return formPage(form, sent, model);
		}
		returns.correct(id, outside, form.getComment(), form.getReason());
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("centres.returns.corrected",
				new Object[] { UkDates.month(sent.getMonth()) }, locale));
		return "redirect:/staff/returns/" + id;
	}

	@GetMapping("/export.csv")
	@PreAuthorize(SEES_ALL)
	void csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			HttpServletResponse response) throws IOException {
		Range range = range(from, to);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"centre-returns-" + range.from() + "-to-"
				+ range.to() + ".csv\"");
		OutputStreamWriter out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		export.csv(returns.exportLines(range.from(), range.to()), out);
		out.flush();
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize(SEES_ALL)
	void xlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			HttpServletResponse response) throws IOException {
		Range range = range(from, to);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"centre-returns-" + range.from() + "-to-"
				+ range.to() + ".xlsx\"");
		export.xlsx(returns.exportLines(range.from(), range.to()), response.getOutputStream());
	}

	private String formPage(ReturnForm form, CentreReturn correcting, Model model) {
		long centre = form.getCentre();
		model.addAttribute("centreName", returns.centreName(centre));
		model.addAttribute("groups", returns.groups());
		model.addAttribute("correcting", correcting);
		YearMonth month = correcting != null ? correcting.getMonth() : UkDates.parseMonth(form.getMonth())
			.filter(parsed -> ReturnCalendar.ended(parsed, returns.today())).orElse(null);
		model.addAttribute("prefillMonth", month == null ? null : UkDates.month(month));
		model.addAttribute("inProduct", month == null ? Map.of() : returns.prefill(centre, month));
		model.addAttribute("due", month == null ? null : returns.calendar().dueDate(month));
		return "centres/return-form";
	}

	private CentreReturn opened(long id) {
		CentreReturn sent = returns.open(id);
		CentreAccess.checkCanCorrect(CurrentActor.require(), sent);
		return sent;
	}

	/** A centre worker always works on their own centre; an officer names the centre. */
	private long centreFor(Long requested) {
		StaffActor actor = CurrentActor.require();
		if (!CentreAccess.sendsForEveryCentre(actor)) {
			return actor.organisationId();
		}
		if (requested == null || management.find(requested).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return requested;
	}

	/** The months shown or exported: as asked (2026-01), else the last 12 complete months. */
	private Range range(String from, String to) {
		YearMonth lastMonth = YearMonth.from(returns.today()).minusMonths(1);
		YearMonth end = parse(to).orElse(lastMonth);
		YearMonth start = parse(from).orElse(end.minusMonths(11));
		if (start.isAfter(end) || start.plusYears(10).isBefore(end)) {
			start = end.minusMonths(11);
		}
		return new Range(start, end);
	}

	private static Optional<YearMonth> parse(String month) {
		return month == null ? Optional.empty() : UkDates.parseMonth(month);
	}

	record Range(YearMonth from, YearMonth to) {
	}


}
