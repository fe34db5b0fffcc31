package no.saint.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.saint.cli.CliMessages;
import no.saint.cli.SaintCommandLine;

class SaintCommandLineTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final SaintCommandLine commandLine = new SaintCommandLine(
			new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

	@Test
	void versionPrintsBundleVersion() {
		assertEquals(SaintCommandLine.EXIT_OK, commandLine.run("version"));
		assertTrue(out().startsWith("SAINT Workbench 0.1.0"), out());
	}

	@Test
	void helpInEnglish() {
		assertEquals(SaintCommandLine.EXIT_OK, commandLine.run("--lang", "en", "--help"));
		assertTrue(out().contains("Usage: saint"), out());
		assertTrue(out().contains("Run 'saint COMMAND --help'"), out());
	}

	@Test
	void helpInNorwegian() {
		assertEquals(SaintCommandLine.EXIT_OK, commandLine.run("--lang", "nb", "--help"));
		assertTrue(out().contains("Bruk: saint"), out());
		assertTrue(out().contains("Kjør 'saint KOMMANDO --help'"), out());
	}

	@Test
	void unknownCommandIsUsageError() {
		assertEquals(SaintCommandLine.EXIT_USAGE, commandLine.run("--lang", "en", "frobnicate"));
		assertTrue(err().contains("Unknown command 'frobnicate'"), err());
	}

	@Test
	void unknownLanguageIsUsageError() {
		assertEquals(SaintCommandLine.EXIT_USAGE, commandLine.run("--lang", "de", "version"));
		assertTrue(err().contains("'de'"), err());
	}

	@Test
	void environmentLocaleFollowsPosixOrder() {
		Locale fallback = Locale.GERMAN;

		assertEquals(Locale.of("nb", "NO"), CliMessages.environmentLocale(Map.of("LANG", "nb_NO.UTF-8"), fallback));
		assertEquals(Locale.of("nb", "NO"), CliMessages.environmentLocale(Map.of("LANG", "no_NO"), fallback));
		assertEquals(Locale.ENGLISH, CliMessages.environmentLocale(Map.of("LC_ALL", "en_US.UTF-8", "LANG", "nb_NO.UTF-8"), fallback));
		assertEquals(Locale.of("nb", "NO"), CliMessages.environmentLocale(Map.of("LC_MESSAGES", "nb_NO", "LANG", "en_GB"), fallback));
		assertEquals(fallback, CliMessages.environmentLocale(Map.of("LANG", "C.UTF-8"), fallback));
		assertEquals(fallback, CliMessages.environmentLocale(Map.of(), fallback));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
