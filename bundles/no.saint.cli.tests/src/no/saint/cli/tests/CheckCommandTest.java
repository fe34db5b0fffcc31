package no.saint.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import no.saint.cli.SaintCommandLine;

class CheckCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final SaintCommandLine commandLine = new SaintCommandLine(
			new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

	private static Path write(String text) throws Exception {
		Path file = Files.createTempDirectory("saint-check").resolve("rules.saint");
		Files.writeString(file, text);
		return file;
	}

	@Test
	void validFileExitsZero() throws Exception {
		Path file = write("""
				rules "Test"
				status "Forsømt kunde" for company {
				    rank 20
				    when count(activities where direction = outgoing, last 90 days) < 2
				}
				""");

		assertEquals(SaintCommandLine.EXIT_OK, commandLine.run("--lang", "en", "check", file.toString()), out());
		assertTrue(out().contains("no errors"), out());
	}

	@Test
	void syntaxErrorHasFileLineColumn() throws Exception {
		Path file = write("""
				rules "Test"
				status "A" for company {
				    when count(activities, last 90 dayz) < 2
				}
				""");

		assertEquals(SaintCommandLine.EXIT_FAILURE, commandLine.run("--lang", "en", "check", file.toString()));
		String firstLine = out().lines().findFirst().orElse("");
		assertTrue(firstLine.startsWith(file + ":3:"), firstLine);
		assertTrue(firstLine.matches(".*:3:\\d+: error: .+"), firstLine);
	}

	@Test
	void norwegianSeverity() throws Exception {
		Path file = write("rules \"Test\" status");

		assertEquals(SaintCommandLine.EXIT_FAILURE, commandLine.run("--lang", "nb", "check", file.toString()));
		assertTrue(out().contains(": feil: "), out());
	}

	@Test
	void missingFileIsNamed() {
		assertEquals(SaintCommandLine.EXIT_FAILURE, commandLine.run("--lang", "en", "check", "/nonexistent/x.saint"));
		assertTrue(err().contains("Rules file not found: /nonexistent/x.saint"), err());
	}

	@Test
	void helpInBothLanguages() {
		assertEquals(SaintCommandLine.EXIT_OK, commandLine.run("--lang", "en", "check", "--help"));
		assertTrue(out().contains("FILE:LINE:COLUMN: SEVERITY: MESSAGE"), out());
		out.reset();

		assertEquals(SaintCommandLine.EXIT_OK, commandLine.run("--lang", "nb", "check", "--help"));
		assertTrue(out().contains("Bruk: saint check"), out());
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
