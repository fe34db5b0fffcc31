package no.saint.rules.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import no.saint.rules.translation.RulesTranslator;

/**
 * Feeds mutated rules files to the parser, the validator and (for files
 * without errors) the translator. Each must report problems as diagnostics;
 * no exception may escape. The seed is fixed, so a failure names a mutation
 * that can be replayed.
 */
class RulesFuzzTest {

	private static final int MUTANTS = 2000;
	private static final long SEED = 20171231L;

	private static final List<String> FRAGMENTS = List.of("status", "for", "company", "person", "project", "{", "}",
			"(", ")", ",", "when", "and", "or", "not", "count", "sum amount", "days since last", "days until next",
			"where", "last", "next", "-5", "0", "2.5", "99999999999", "days", "months", "weeks", "=", "!=", "<", ">=",
			"in", "\"", "\"x\"", "{company.", "rank", "image", "visualize", "on", "description", "follow-up",
			"phone", "period", "amount classes", "amount class", "below", "to", "from", "all time", "completed",
			"direction", "intent", "status", "kvartal", "halvaar", "large", "ø", "/*", "*/", "//", "\n", ".",
			"project.status", "person.company.category", "\u0000", "\uD83D\uDE00");

	@Test
	void mutatedFilesOnlyGiveDiagnostics() {
		String original = RulesTestSupport.resource("resources/language-examples.saint");
		Random random = new Random(SEED);
		RulesTranslator translator = new RulesTranslator();
		int translated = 0;

		for (int i = 0; i < MUTANTS; i++) {
			String mutant = mutate(original, random);
			try {
				XtextResource resource = RulesTestSupport.parse(mutant);
				List<Issue> issues = RulesTestSupport.validate(resource);
				if (RulesTestSupport.errors(issues).isEmpty() && !resource.getContents().isEmpty()) {
					translator.translate(RulesTestSupport.model(resource));
					translated++;
				}
			} catch (RuntimeException | AssertionError e) {
				fail("mutant " + i + " threw " + e + "\n--- mutant text ---\n" + mutant, e);
			}
		}

		assertTrue(translated > 0, "some mutants stay valid and reach the translator");
	}

	private static String mutate(String text, Random random) {
		StringBuilder mutant = new StringBuilder(text);
		int edits = 1 + random.nextInt(6);
		for (int e = 0; e < edits && mutant.length() > 0; e++) {
			int position = random.nextInt(mutant.length());
			switch (random.nextInt(6)) {
			case 0 -> mutant.delete(position, Math.min(mutant.length(), position + 1 + random.nextInt(40)));
			case 1 -> mutant.insert(position, " " + FRAGMENTS.get(random.nextInt(FRAGMENTS.size())) + " ");
			case 2 -> mutant.setCharAt(position, (char) (32 + random.nextInt(95)));
			case 3 -> mutant.setLength(position);
			case 4 -> {
				int end = Math.min(mutant.length(), position + random.nextInt(200));
				mutant.insert(random.nextInt(mutant.length()), mutant.substring(position, end));
			}
			default -> {
				int end = Math.min(mutant.length(), position + 1 + random.nextInt(20));
				String piece = mutant.substring(position, end);
				mutant.delete(position, end);
				mutant.insert(random.nextInt(mutant.length() + 1), piece);
			}
			}
		}
		return mutant.toString();
	}
}
