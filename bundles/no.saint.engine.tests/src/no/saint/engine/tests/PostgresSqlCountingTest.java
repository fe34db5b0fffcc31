package no.saint.engine.tests;

import no.saint.store.DatabaseSettings;

class PostgresSqlCountingTest extends SqlCountingContract {

	@Override
	DatabaseSettings createSettings() throws Exception {
		return TestDatabases.postgres();
	}
}
