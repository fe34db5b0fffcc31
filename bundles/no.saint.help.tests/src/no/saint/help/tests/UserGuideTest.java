package no.saint.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.ITopic;
import org.eclipse.help.IToc;
import org.eclipse.help.internal.HelpPlugin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;

/** Checks the table of contents and pages of the user guide in English and Norwegian. */
class UserGuideTest {

	private static final String HELP_BUNDLE = "no.saint.help";

	@ParameterizedTest
	@CsvSource({ "en, SAINT Workbench User Guide, Getting started", "nb, SAINT Workbench brukerveiledning, Kom i gang" })
	void tableOfContentsInLanguage(String locale, String expectedLabel, String expectedFirstTopic) {
		IToc toc = saintToc(locale);

		assertEquals(expectedLabel, toc.getLabel());
		assertEquals(expectedFirstTopic, toc.getTopics()[0].getLabel());
	}

	@ParameterizedTest
	@CsvSource({ "en, lang=\"en\"", "nb, lang=\"nb\"" })
	void everyTopicPageExistsInItsLanguage(String locale, String expectedLanguage) throws IOException {
		Bundle bundle = Platform.getBundle(HELP_BUNDLE);
		String prefix = locale.equals("en") ? "" : "nl/" + locale + "/";

		for (ITopic topic : allTopics(saintToc(locale))) {
			String path = prefix + topic.getHref().substring(("/" + HELP_BUNDLE + "/").length());
			URL page = FileLocator.find(bundle, new org.eclipse.core.runtime.Path(path));
			assertNotNull(page, "page " + path + " of topic '" + topic.getLabel() + "' is missing");
			assertTrue(read(page).contains(expectedLanguage), path + " does not declare " + expectedLanguage);
		}
	}

	private static IToc saintToc(String locale) {
		for (IToc toc : HelpPlugin.getTocManager().getTocs(locale)) {
			if (toc.getHref().startsWith("/" + HELP_BUNDLE + "/")) {
				return toc;
			}
		}
		throw new AssertionError("no table of contents of " + HELP_BUNDLE + " for locale " + locale);
	}

	private static List<ITopic> allTopics(IToc toc) {
		List<ITopic> topics = new ArrayList<>();
		collect(toc.getTopics(), topics);
		return topics;
	}

	private static void collect(ITopic[] topics, List<ITopic> into) {
		for (ITopic topic : topics) {
			into.add(topic);
			collect(topic.getSubtopics(), into);
		}
	}

	private static String read(URL page) throws IOException {
		try (InputStream in = page.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
