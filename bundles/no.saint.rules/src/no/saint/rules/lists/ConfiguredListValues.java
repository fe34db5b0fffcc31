package no.saint.rules.lists;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.inject.Singleton;

/**
 * A {@link ListValueProvider} whose lists are set from code, for example
 * from the CRM database before validation. It starts with no list at all, so
 * that every value is accepted. Safe to use from several threads.
 */
@Singleton
public class ConfiguredListValues implements ListValueProvider {

	private final Map<ListKind, Set<String>> lists = new EnumMap<>(ListKind.class);

	@Override
	public synchronized Optional<Set<String>> values(ListKind kind) {
		return Optional.ofNullable(lists.get(kind));
	}

	/** Sets the values of one list, replacing any earlier values. */
	public synchronized void setValues(ListKind kind, Collection<String> values) {
		lists.put(kind, Set.copyOf(values));
	}

	/** Removes the list of {@code kind}, so that any value of it is accepted again. */
	public synchronized void clear(ListKind kind) {
		lists.remove(kind);
	}

	/** Removes every list. */
	public synchronized void clearAll() {
		lists.clear();
	}
}
