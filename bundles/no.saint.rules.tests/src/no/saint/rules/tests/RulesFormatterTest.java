package no.saint.rules.tests;

import static no.saint.rules.tests.RulesTestSupport.describe;
import static no.saint.rules.tests.RulesTestSupport.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.api.Test;

import no.saint.rules.rules.RulesFile;

class RulesFormatterTest {

	private static String format(String text) {
		XtextResource resource = RulesTestSupport.parse(text);
		ITextRegionAccess regions = RulesTestSupport.INJECTOR.getInstance(TextRegionAccessBuilder.class)
				.forNodeModel(resource).create();
		FormatterRequest request = RulesTestSupport.INJECTOR.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		List<ITextReplacement> replacements = RulesTestSupport.INJECTOR.getInstance(IFormatter2.class).format(request);
		return regions.getRewriter().renderToString(replacements);
	}

	@Test
	void crampedFileGetsLayout() {
		String cramped = "rules \"T\" period p=90 days status \"S\" for company { rank 1 image \"a.png\""
				+ " when count(sales, p) > 1 and count(requests) > 2 }";

		assertEquals("""
				rules "T"
				period p = 90 days

				status "S" for company {
				    rank 1
				    image "a.png"
				    when count(sales, p) > 1
				    and count(requests) > 2
				}
				""", format(cramped));
	}

	@Test
	void formattingIsIdempotent() {
		String once = format(RulesTestSupport.resource("resources/language-examples.saint"));

		assertEquals(once, format(once));
	}

	@Test
	void formattedExamplesStayValid() {
		String formatted = format(RulesTestSupport.resource("resources/language-examples.saint"));

		assertTrue(errors(RulesTestSupport.validate(formatted)).isEmpty(), describe(RulesTestSupport.validate(formatted)));
	}

	@Test
	void serializedModelFromCodeParsesBack() {
		RulesFile file = RulesTestSupport.model(RulesTestSupport.parse(
				RulesTestSupport.resource("resources/language-examples.saint")));
		RulesFile copy = EcoreUtil.copy(file);
		XtextResource target = RulesTestSupport.parse("rules \"x\"");
		target.getContents().set(0, copy);

		String serialized = RulesTestSupport.INJECTOR.getInstance(ISerializer.class).serialize(copy,
				SaveOptions.newBuilder().format().getOptions());

		assertTrue(errors(RulesTestSupport.validate(serialized)).isEmpty(), serialized);
		assertEquals(10, RulesTestSupport.model(RulesTestSupport.parse(serialized)).getStatuses().size());
	}
}
