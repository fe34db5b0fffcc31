package no.saint.store.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcome of an import: rows stored per kind, and the rejected rows and warnings with their lines. */
public final class ImportReport {

	private final Map<String, Integer> stored = new LinkedHashMap<>();
	private final List<Problem> problems = new ArrayList<>();

	/** Counts {@code count} stored objects of {@code kind}, a plural such as {@code companies}. */
	void addStored(String kind, int count) {
		stored.merge(kind, count, Integer::sum);
	}

	void reject(String file, long line, String key, Object... arguments) {
		problems.add(new Problem(Problem.Severity.REJECTED, file, line, key, arguments));
	}

	void warn(String file, long line, String key, Object... arguments) {
		problems.add(new Problem(Problem.Severity.WARNING, file, line, key, arguments));
	}

	/** Returns the number of stored objects per kind, in import order. */
	public Map<String, Integer> stored() {
		return Collections.unmodifiableMap(stored);
	}

	public int stored(String kind) {
		return stored.getOrDefault(kind, 0);
	}

	public int rejected() {
		return (int) problems.stream().filter(problem -> problem.severity() == Problem.Severity.REJECTED).count();
	}

	public int warnings() {
		return problems.size() - rejected();
	}

	/** Returns the rejected rows and warnings in the order they were found. */
	public List<Problem> problems() {
		return Collections.unmodifiableList(problems);
	}
}
