package no.saint.engine;

import java.time.LocalDate;
import java.util.Map;

/** What a regeneration wrote: the as-of date, the number of entities evaluated and the matches per status. */
public record GenerationSummary(LocalDate asOf, int entities, Map<String, Integer> matches) {

	public GenerationSummary {
		matches = Map.copyOf(matches);
	}
}
