package org.safercommunities.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.performance.IndicatorList;
import org.safercommunities.plans.PlanForms.ActionForm;
import org.safercommunities.plans.PlanForms.PriorityForm;
import org.safercommunities.plans.PlanForms.StrategyForm;
import org.safercommunities.plans.PlanForms.UpdateForm;
import org.safercommunities.plans.PlanRecords.Action;
import org.safercommunities.plans.PlanRecords.Priority;
import org.safercommunities.plans.PlanRecords.Strategy;
import org.safercommunities.security.StaffAccounts;
import org.safercommunities.security.StaffAccounts.StaffMember;
import org.safercommunities.shared.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The action plan pages: the strategies with their actions' statuses, a strategy's priorities and actions, an
 * action with its progress updates and the form to write one, and the forms that add and change a strategy, a
 * priority and an action. Who may do what is checked again in {@link PlanManagement}.
 */
@Controller
@RequestMapping("/staff/plans")
class PlanController {

	private static final String READERS = "hasAnyRole('OFFICER', 'COORDINATOR', 'ANALYST', 'BOARD', 'ADMIN')";

	private static final String CHANGERS = "hasAnyRole('OFFICER', 'ADMIN')";

	private final PlanManagement plans;

	private final PlanViews views;

	private final Organisations organisations;

	private final StaffAccounts staff;

	private final IndicatorList indicators;

	private final MessageSource messages;

	PlanController(PlanManagement plans, PlanViews views, Organisations organisations, StaffAccounts staff,
			IndicatorList indicators, MessageSource messages) {
		this.plans = plans;
		this.views = views;
		this.organisations = organisations;
		this.staff = staff;
		this.indicators = indicators;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(READERS)
	String strategies(Model model) {
		LocalDate today = plans.today();
		model.addAttribute("summaries", plans.strategies().stream()
			.map(strategy -> views.summary(strategy, plans.actionsOf(strategy.id()), today)).toList());
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("mayAdd", CurrentActor.require().hasAnyRole(org.safercommunities.shared.Role.OFFICER,
				org.safercommunities.shared.Role.ADMIN));
		return "plans/strategies";
	}

	/** The governance: each board, who sits on it, and its meetings (past ones greyed as held). */
	@GetMapping("/boards")
	@PreAuthorize(READERS)
	String boards(Model model) {
		model.addAttribute("boards", plans.boards().stream()
			.map(board -> new BoardView(board, board.memberOrganisationIds().stream()
				.map(views::organisationName).sorted().toList()))
			.toList());
		model.addAttribute("today", plans.today());
		model.addAttribute("mayChange", CurrentActor.require().hasAnyRole(org.safercommunities.shared.Role.OFFICER,
				org.safercommunities.shared.Role.ADMIN));
		return "plans/boards";
	}

	record BoardView(PlanRecords.Board board, List<String> members) {
	}

	@GetMapping("/new")
	@PreAuthorize(CHANGERS)
	String newStrategy(Model model) {
		StrategyForm form = new StrategyForm();
		form.setOwnerOrganisationId(String.valueOf(CurrentActor.require().organisationId()));
		model.addAttribute("strategyForm", form);
		return strategyPage(model, null);
	}

	@PostMapping
	@PreAuthorize(CHANGERS)
	String createStrategy(@ModelAttribute("strategyForm") StrategyForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		new PlanValidators.StrategyValidator(this::activeOrganisation).validate(form, result);
		if (result.hasErrors()) {
			return strategyPage(model, null);
		}
		long id = plans.createStrategy(form.toDetails());
		return saved("plans.strategy.saved", "/staff/plans/" + id, redirect, locale);
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	String strategy(@PathVariable long id, Model model) {
		Strategy strategy = plans.readableStrategy(id);
		LocalDate today = plans.today();
		List<Action> actions = plans.actionsOf(id);
		model.addAttribute("strategy", strategy);
		model.addAttribute("summary", views.summary(strategy, actions, today));
		model.addAttribute("priorities", views.priorities(plans.priorities(id), actions, today));
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("mayChange", plans.mayChange(strategy));
		return "plans/strategy";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(CHANGERS)
	String editStrategy(@PathVariable long id, Model model) {
		Strategy strategy = plans.readableStrategy(id);
		model.addAttribute("strategyForm", StrategyForm.of(strategy.details()));
		return strategyPage(model, id);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(CHANGERS)
	String changeStrategy(@PathVariable long id, @ModelAttribute("strategyForm") StrategyForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		plans.readableStrategy(id);
		new PlanValidators.StrategyValidator(this::activeOrganisation).validate(form, result);
		if (result.hasErrors()) {
			return strategyPage(model, id);
		}
		plans.changeStrategy(id, form.toDetails());
		return saved("plans.strategy.saved", "/staff/plans/" + id, redirect, locale);
	}

	@GetMapping("/{id}/priorities/new")
	@PreAuthorize(CHANGERS)
	String newPriority(@PathVariable long id, Model model) {
		Strategy strategy = plans.readableStrategy(id);
		PriorityForm form = new PriorityForm();
		form.setNumber(String.valueOf(plans.priorities(id).stream().mapToInt(p -> p.details().number()).max()
			.orElse(0) + 1));
		model.addAttribute("priorityForm", form);
		return priorityPage(model, strategy, null);
	}

	@PostMapping("/{id}/priorities")
	@PreAuthorize(CHANGERS)
	String addPriority(@PathVariable long id, @ModelAttribute("priorityForm") PriorityForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		Strategy strategy = plans.readableStrategy(id);
		new PlanValidators.PriorityValidator(number -> plans.priorityNumberTaken(id, (int) number, null))
			.validate(form, result);
		if (result.hasErrors()) {
			return priorityPage(model, strategy, null);
		}
		plans.addPriority(id, form.toDetails());
		return saved("plans.priority.saved", "/staff/plans/" + id, redirect, locale);
	}

	@GetMapping("/priorities/{priorityId}/edit")
	@PreAuthorize(CHANGERS)
	String editPriority(@PathVariable long priorityId, Model model) {
		Priority priority = plans.priority(priorityId);
		model.addAttribute("priorityForm", PriorityForm.of(priority.details()));
		return priorityPage(model, plans.readableStrategy(priority.strategyId()), priority);
	}

	@PostMapping("/priorities/{priorityId}/edit")
	@PreAuthorize(CHANGERS)
	String changePriority(@PathVariable long priorityId, @ModelAttribute("priorityForm") PriorityForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		Priority priority = plans.priority(priorityId);
		Strategy strategy = plans.readableStrategy(priority.strategyId());
		new PlanValidators.PriorityValidator(
				number -> plans.priorityNumberTaken(strategy.id(), (int) number, priorityId))
			.validate(form, result);
		if (result.hasErrors()) {
			return priorityPage(model, strategy, priority);
		}
		plans.changePriority(priorityId, form.toDetails());
		return saved("plans.priority.saved", "/staff/plans/" + strategy.id(), redirect, locale);
	}

	@GetMapping("/priorities/{priorityId}/actions/new")
	@PreAuthorize(CHANGERS)
	String newAction(@PathVariable long priorityId, Model model) {
		Priority priority = plans.priority(priorityId);
		Strategy strategy = plans.readableStrategy(priority.strategyId());
		ActionForm form = new ActionForm();
		form.setLeadOrganisationId(String.valueOf(strategy.details().ownerOrganisationId()));
		model.addAttribute("actionForm", form);
		return actionFormPage(model, priority, null);
	}

	@PostMapping("/priorities/{priorityId}/actions")
	@PreAuthorize(CHANGERS)
	String addAction(@PathVariable long priorityId, @ModelAttribute("actionForm") ActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		Priority priority = plans.priority(priorityId);
		plans.readableStrategy(priority.strategyId());
		actionValidator().validate(form, result);
		if (result.hasErrors()) {
			return actionFormPage(model, priority, null);
		}
		long id = plans.addAction(priorityId, form.toDetails());
		return saved("plans.action.saved", "/staff/plans/actions/" + id, redirect, locale);
	}

	/** Open to any signed-in person: the lead officer may hold any role; the service checks who it is. */
	@GetMapping("/actions/{actionId}")
	@PreAuthorize("isAuthenticated()")
	String action(@PathVariable long actionId, Model model) {
		model.addAttribute("updateForm", new UpdateForm());
		return actionPage(model, plans.readableAction(actionId));
	}

	@PostMapping("/actions/{actionId}/updates")
	@PreAuthorize("isAuthenticated()")
	String writeUpdate(@PathVariable long actionId, @ModelAttribute("updateForm") UpdateForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		Action action = plans.readableAction(actionId);
		new PlanValidators.UpdateValidator().validate(form, result);
		if (result.hasErrors()) {
			return actionPage(model, action);
		}
		plans.writeUpdate(actionId, form.getText().strip(), PlanValidators.UpdateValidator.rag(form.getRag()),
				PlanForms.text(form.getReason()));
		return saved("plans.update.saved", "/staff/plans/actions/" + actionId, redirect, locale);
	}

	@GetMapping("/actions/{actionId}/edit")
	@PreAuthorize(CHANGERS)
	String editAction(@PathVariable long actionId, Model model) {
		Action action = plans.readableAction(actionId);
		model.addAttribute("actionForm", ActionForm.of(action.details()));
		return actionFormPage(model, plans.priority(action.priorityId()), action);
	}

	@PostMapping("/actions/{actionId}/edit")
	@PreAuthorize(CHANGERS)
	String changeAction(@PathVariable long actionId, @ModelAttribute("actionForm") ActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		Action action = plans.readableAction(actionId);
		actionValidator().validate(form, result);
		if (result.hasErrors()) {
			return actionFormPage(model, plans.priority(action.priorityId()), action);
		}
		plans.changeAction(actionId, form.toDetails());
		return saved("plans.action.saved", "/staff/plans/actions/" + actionId, redirect, locale);
	}

	private String actionPage(Model model, Action action) {
		Strategy strategy = plans.strategyOf(action);
		model.addAttribute("strategy", strategy);
		model.addAttribute("priority", plans.priority(action.priorityId()));
		model.addAttribute("view", views.view(action, plans.today()));
		model.addAttribute("updates", plans.updates(action.id()));
		model.addAttribute("indicatorNames", indicators.namesByCode());
		model.addAttribute("rags", Rag.values());
		model.addAttribute("mayUpdate", plans.mayWriteUpdate(action));
		model.addAttribute("mayChange", plans.mayChange(strategy));
		return "plans/action";
	}

	private String strategyPage(Model model, Long id) {
		model.addAttribute("organisations", organisations.active());
		model.addAttribute("strategyId", id);
		return "plans/strategy-form";
	}

	private String priorityPage(Model model, Strategy strategy, Priority priority) {
		model.addAttribute("strategy", strategy);
		model.addAttribute("priority", priority);
		return "plans/priority-form";
	}

	private String actionFormPage(Model model, Priority priority, Action action) {
		model.addAttribute("priority", priority);
		model.addAttribute("strategy", plans.readableStrategy(priority.strategyId()));
		model.addAttribute("existing", action);
		model.addAttribute("organisations", organisations.active());
		model.addAttribute("leads", leadChoices());
		return "plans/action-form";
	}

	/** A choice of lead officer: a colleague with their organisation, for a select without JavaScript. */
	record LeadChoice(long id, String label) {
	}

	private List<LeadChoice> leadChoices() {
		List<LeadChoice> choices = new ArrayList<>();
		for (Organisation organisation : organisations.active()) {
			for (StaffMember member : staff.membersOf(organisation.getId())) {
				choices.add(new LeadChoice(member.id(), member.displayName() + " (" + organisation.getName() + ")"));
			}
		}
		return choices;
	}

	private PlanValidators.ActionValidator actionValidator() {
		return new PlanValidators.ActionValidator(this::activeOrganisation,
				userId -> staff.member(userId).map(StaffMember::organisationId),
				indicators.namesByCode().keySet());
	}

	private boolean activeOrganisation(long id) {
		return organisations.find(id).filter(Organisation::isActive).isPresent();
	}

	private String saved(String key, String target, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("flashSuccess", messages.getMessage(key, null, locale));
		return "redirect:" + target;
	}

}
