package no.saint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import no.saint.cli.CommandOptions.UsageException;
import no.saint.rules.RulesStandaloneSetup;
import no.saint.rules.validation.RulesMessages;

/** Loads and validates rules files with the rules language's parser and validator. */
final class RulesFiles {

	private static Injector injector;

	private static Locale messageLocale;

	private RulesFiles() {
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new RulesStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Sets the language of the validation messages of later loads; null means the JVM's default locale. */
	static synchronized void useLocale(Locale locale) {
		messageLocale = locale;
	}

	/** A parsed rules file with the problems that parsing and validation found. */
	record Loaded(XtextResource resource, List<Issue> issues) {

		boolean hasErrors() {
			return issues.stream().anyMatch(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR);
		}
	}

	/**
	 * Parses and validates {@code file}.
	 *
	 * @throws UsageException when the file does not exist or cannot be read
	 */
	static Loaded load(Path file) throws UsageException {
		if (!Files.isRegularFile(file)) {
			throw new UsageException("error.rulesNotFound", file);
		}
		if (!Files.isReadable(file)) {
			throw new UsageException("error.rulesNotReadable", file);
		}
		injector().getInstance(RulesMessages.class).setLocale(messageLocale);
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet
				.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, CancelIndicator.NullImpl);
		return new Loaded(resource, issues);
	}
}
