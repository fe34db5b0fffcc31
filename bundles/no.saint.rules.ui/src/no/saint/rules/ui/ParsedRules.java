package no.saint.rules.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * The text of a rules file parsed into its own Xtext resource. Every parse
 * gets a fresh resource set, so instances can be used from any thread and
 * never see each other's state.
 *
 * @param text     the parsed text
 * @param resource the resource with the parse result and node model
 */
public record ParsedRules(String text, XtextResource resource) {

	/** The URI given to text that belongs to no workspace file. */
	public static final URI UNSAVED_URI = URI.createURI("inmemory:/unsaved.saint");

	/** Parses {@code text} into a new resource with the given URI. */
	public static ParsedRules parse(String text, URI uri) {
		XtextResourceSet resourceSet = RulesLanguage.get(XtextResourceSet.class);
		XtextResource resource = RulesLanguage.get(XtextResource.class);
		resource.setURI(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			// The stream is in memory, so this only happens on a broken resource implementation.
			throw new UncheckedIOException(e);
		}
		return new ParsedRules(text, resource);
	}

	/** Runs every check of the language's validator and returns the issues found. */
	public List<Issue> validate(CancelIndicator cancelIndicator) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, cancelIndicator);
	}
}
