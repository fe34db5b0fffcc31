package no.saint.engine.tests;

import no.saint.store.DatabaseSettings;

class H2SqlCountingTest extends SqlCountingContract {

	@Override
	DatabaseSettings createSettings() throws Exception {
		return TestDatabases.h2();
	}
}
