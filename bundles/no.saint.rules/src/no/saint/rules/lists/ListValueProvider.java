package no.saint.rules.lists;

import java.util.Optional;
import java.util.Set;

import com.google.inject.ImplementedBy;

/**
 * Supplies the values of the CRM's lists to validation and content assist.
 * Without a configured list every value is accepted; with one, a value that
 * is not in it gets a warning.
 */
@ImplementedBy(ConfiguredListValues.class)
public interface ListValueProvider {

	/** Returns the values of {@code kind}, or empty when no list is configured for it. */
	Optional<Set<String>> values(ListKind kind);
}
