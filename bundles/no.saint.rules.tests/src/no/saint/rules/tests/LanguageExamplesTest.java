package no.saint.rules.tests;

import static no.saint.rules.tests.RulesTestSupport.describe;
import static no.saint.rules.tests.RulesTestSupport.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

class LanguageExamplesTest {

	private static final String EXAMPLES = RulesTestSupport.resource("resources/language-examples.saint");

	@Test
	void examplesParse() {
		XtextResource resource = RulesTestSupport.parse(EXAMPLES);

		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		assertEquals(10, RulesTestSupport.model(resource).getStatuses().size());
	}

	@Test
	void examplesValidateWithoutErrors() {
		List<Issue> issues = RulesTestSupport.validate(EXAMPLES);

		assertTrue(errors(issues).isEmpty(), describe(issues));
	}
}
