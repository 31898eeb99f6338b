package org.safercommunities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.validation.Validator;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One form and error model, kept that way: a form object, a plain {@link Validator} per form recording errors in
 * the form's {@code BindingResult} (message keys and arguments), and {@code system.FormErrorSummaryInterceptor}
 * alone turning them into the GOV.UK error summary and each field's message. These rules fail as soon as a
 * controller builds an error list by hand, a form uses Bean Validation, or a template builds its own summary.
 */
class FormArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.safercommunities");

	private static final Path SOURCES = Path.of("src/main/java/org/safercommunities");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** The model attributes the interceptor fills; nothing else may set them. */
	private static final Pattern SUMMARY_ATTRIBUTES = Pattern.compile("\"(errorSummary|fieldErrors|formHasErrors)\"");

	/**
	 * The one page allowed to set the title's "Error: " itself: the sign-in page's notices that an account is locked
	 * or disabled are about the account, not a mistake in the form, and have their own boxes.
	 */
	private static final Map<String, String> TITLE_ONLY = Map.of("security/LoginController.java", "formHasErrors");

	/** An error message handed to a page outside the BindingResult, in a flash or model attribute of its own. */
	private static final Pattern ERROR_ATTRIBUTE = Pattern.compile("add(Flash)?Attribute\\(\"\\w*Error\"");

	/**
	 * Templates with a summary of their own: the shared fragment, and the sign-in page's account notices (locked,
	 * disabled), which are not about the form.
	 */
	private static final List<String> OWN_SUMMARY = List.of("fragments/govuk/forms.html", "security/login.html");

	/** A GOV.UK error message element and its content. */
	private static final Pattern ERROR_MESSAGE = Pattern.compile("class=\"govuk-error-message\".*?</p>", Pattern.DOTALL);

	@Test
	void formsAndControllersUseNoBeanValidation() {
		noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.validation..")
			.because("each form's rules are a plain Validator class, unit-tested without Spring")
			.check(CLASSES);
	}

	@Test
	void validatorsArePlainCodeWithNoWebInThem() {
		// An uploaded file is what some forms hold, so its type may be used; requests, responses and models not.
		noClasses().that().implement(Validator.class).should().dependOnClassesThat(
				resideInAnyPackage("jakarta.servlet..", "org.springframework.web..", "org.springframework.ui..")
					.and(not(resideInAPackage("org.springframework.web.multipart.."))))
			.check(CLASSES);
	}

	@Test
	void onlyTheInterceptorMakesErrorSummaryLines() {
		classes().that().haveSimpleName("ErrorLink").should().notBePublic().check(CLASSES);
		noClasses().that().doNotHaveSimpleName("FormErrorSummaryInterceptor").and().doNotHaveSimpleName("ErrorLink")
			.should().dependOnClassesThat().haveSimpleName("ErrorLink")
			.check(CLASSES);
	}

	@Test
	void onlyTheInterceptorFillsTheSummaryAndTheFieldMessages() {
		List<String> found = new ArrayList<>();
		for (Path source : files(SOURCES, ".java")) {
			String relative = relative(SOURCES, source);
			Matcher matcher = SUMMARY_ATTRIBUTES.matcher(read(source));
			while (!relative.startsWith("system/") && matcher.find()) {
				if (!matcher.group(1).equals(TITLE_ONLY.get(relative))) {
					found.add(relative + ": " + matcher.group());
				}
			}
		}
		assertThat(found).as("model attributes only the error summary interceptor may set").isEmpty();
	}

	@Test
	void errorsReachThePageOnlyThroughTheBindingResult() {
		List<String> found = new ArrayList<>();
		for (Path source : files(SOURCES, ".java")) {
			Matcher matcher = ERROR_ATTRIBUTE.matcher(read(source));
			while (matcher.find()) {
				found.add(relative(SOURCES, source) + ": " + matcher.group());
			}
		}
		assertThat(found).as("errors handed to a page beside the BindingResult: reject them in it instead").isEmpty();
	}

	@Test
	void templatesShowOnlyTheMessagesTheInterceptorBuilt() {
		List<String> found = new ArrayList<>();
		for (Path template : files(TEMPLATES, ".html")) {
			String relative = relative(TEMPLATES, template);
			String html = read(template);
			if (html.contains("#fields.")) {
				found.add(relative + ": Thymeleaf's #fields (field messages come from fieldErrors)");
			}
			if (!OWN_SUMMARY.contains(relative) && html.contains("class=\"govuk-error-summary\"")) {
				found.add(relative + ": an error summary of its own (use fragments/govuk/forms :: errorSummary)");
			}
			Matcher message = ERROR_MESSAGE.matcher(html);
			while (message.find()) {
				if (!message.group().contains("fieldErrors") && !message.group().contains("error.text")) {
					found.add(relative + ": an error message the interceptor did not build: " + message.group());
				}
			}
		}
		assertThat(found).as("templates showing errors other than the interceptor's").isEmpty();
	}

	private static String relative(Path root, Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	private static List<Path> files(Path root, String suffix) {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
