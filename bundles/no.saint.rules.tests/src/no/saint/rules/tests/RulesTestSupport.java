package no.saint.rules.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import no.saint.rules.RulesStandaloneSetup;
import no.saint.rules.rules.RulesFile;
import no.saint.rules.validation.RulesValidator;

/**
 * Parses and validates rules text with one injector for all tests, because
 * EMF registers the validator of the first injector globally.
 */
final class RulesTestSupport {

	static final Injector INJECTOR = new RulesStandaloneSetup().createInjectorAndDoEMFRegistration();

	static {
		INJECTOR.getInstance(RulesValidator.class).setLocale(Locale.ENGLISH);
	}

	private RulesTestSupport() {
	}

	static XtextResource parse(String text) {
		return parse(text, URI.createURI("memory:/test.saint"));
	}

	static XtextResource parse(String text, URI uri) {
		XtextResourceSet resources = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resources.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	static RulesFile model(XtextResource resource) {
		return (RulesFile) resource.getContents().get(0);
	}

	/** Returns every issue: syntax, linking and validation. */
	static List<Issue> validate(XtextResource resource) {
		IResourceValidator validator = INJECTOR.getInstance(IResourceValidator.class);
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	static List<Issue> validate(String text) {
		return validate(parse(text));
	}

	static List<Issue> errors(List<Issue> issues) {
		return issues.stream().filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
	}

	static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(issue -> code.equals(issue.getCode())).toList();
	}

	static String describe(List<Issue> issues) {
		return issues.stream().map(issue -> issue.getSeverity() + " " + issue.getLineNumber() + ":"
				+ issue.getColumn() + " " + issue.getCode() + " " + issue.getMessage())
				.collect(Collectors.joining("\n"));
	}

	/** Reads a file of this test bundle, such as {@code resources/language-examples.saint}. */
	static String resource(String path) {
		try (InputStream in = RulesTestSupport.class.getResourceAsStream("/" + path)) {
			if (in == null) {
				throw new IllegalStateException("Test resource " + path + " not found in the test bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
