package no.saint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks that the English and Norwegian message files of the workbench hold the same keys. */
class MessagesTest {

	@ParameterizedTest
	@ValueSource(strings = { "/no/saint/ui/messages", "/no/saint/ui/session/messages" })
	void norwegianHasEveryEnglishKey(String baseName) throws IOException {
		Properties english = load(baseName + ".properties");
		Properties norwegian = load(baseName + "_nb.properties");

		assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(norwegian.stringPropertyNames()));
		Set<String> keys = english.stringPropertyNames();
		for (String key : keys) {
			// Every key has the form Class_name, so a key without "_" is message text that lost its \n escape.
			assertTrue(key.contains("_"), "key without the Class_name form: " + key);
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = no.saint.ui.Messages.class.getResourceAsStream(resource)) {
			assertNotNull(in, resource);
			properties.load(in);
		}
		return properties;
	}
}
