package no.saint.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import no.saint.rules.rules.RulesFile;

class RulesParsingTest {

	private static final Injector INJECTOR = RulesTestSupport.INJECTOR;

	@Test
	void rulesNameWithNorwegianLetters() throws IOException {
		XtextResource resource = parse("rules \"Bridgecom Ørsta\"");

		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		assertEquals("Bridgecom Ørsta", ((RulesFile) resource.getContents().get(0)).getName());
	}

	@Test
	void missingNameIsSyntaxError() throws IOException {
		XtextResource resource = parse("rules");

		assertFalse(resource.getErrors().isEmpty());
	}

	private static XtextResource parse(String text) throws IOException {
		XtextResourceSet resources = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resources.createResource(URI.createURI("memory:/test.saint"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		return resource;
	}
}
