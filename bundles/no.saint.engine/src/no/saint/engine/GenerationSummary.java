package no.saint.engine;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The outcome of a regeneration: the as-of date, the number of entities evaluated and the matches per status in rules order. */
public record GenerationSummary(LocalDate asOf, int entities, Map<String, Integer> matches) {

	public GenerationSummary {
		matches = Collections.unmodifiableMap(new LinkedHashMap<>(matches));
	}
}
