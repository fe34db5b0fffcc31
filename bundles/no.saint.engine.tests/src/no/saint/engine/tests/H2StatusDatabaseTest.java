package no.saint.engine.tests;

import no.saint.store.DatabaseSettings;

class H2StatusDatabaseTest extends StatusDatabaseContract {

	@Override
	DatabaseSettings createSettings() throws Exception {
		return TestDatabases.h2();
	}
}
