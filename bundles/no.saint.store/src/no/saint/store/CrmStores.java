package no.saint.store;

import no.saint.store.internal.JdbcCrmStore;

/** Opens CRM stores outside the declarative service, for the command line, tests and benchmarks. */
public final class CrmStores {

	private CrmStores() {
	}

	/**
	 * Connects to the database, creating or upgrading its schema as needed.
	 * The caller closes the store.
	 */
	public static CrmStore open(DatabaseSettings settings) {
		JdbcCrmStore store = new JdbcCrmStore();
		store.open(settings);
		return store;
	}
}
