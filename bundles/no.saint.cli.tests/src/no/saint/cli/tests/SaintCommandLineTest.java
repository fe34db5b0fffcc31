package no.saint.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

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

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
