package no.saint.ui.session;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import no.saint.evaluation.RuleSet;
import no.saint.rules.RulesStandaloneSetup;
import no.saint.rules.rules.RulesFile;
import no.saint.rules.translation.RulesTranslator;

/**
 * Reads a rules file, validates it and translates it into the rule set the
 * evaluator runs. The Xtext injector is created once, on first use, because
 * creating it takes a few hundred milliseconds.
 */
public final class RulesLoader {

	private static Injector injector;

	private RulesLoader() {
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new RulesStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/**
	 * Loads the rules file at {@code location}.
	 *
	 * @throws RulesException when the file cannot be read or has errors; the message lists them with line numbers
	 */
	public static RuleSet load(URL location) {
		XtextResourceSet resources = injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resources.createResource(URI.createURI(location.toString()));
		try (InputStream in = location.openStream()) {
			resource.load(in, Map.of());
		} catch (IOException e) {
			throw new RulesException(NLS.bind(SessionMessages.Rules_notFound, location), e);
		}

		IResourceValidator validator = injector().getInstance(IResourceValidator.class);
		List<Issue> errors = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR)
				.toList();
		if (!errors.isEmpty() || resource.getContents().isEmpty()) {
			String lines = errors.stream()
					.map(issue -> String.format(Locale.ROOT, "%d: %s", issue.getLineNumber(), issue.getMessage()))
					.collect(Collectors.joining("\n"));
			throw new RulesException(NLS.bind(SessionMessages.Rules_invalid, location, lines), null);
		}
		return new RulesTranslator().translate((RulesFile) resource.getContents().get(0));
	}

	/** A rules file that cannot be read or has errors. */
	public static final class RulesException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public RulesException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
