package no.saint.ui.tests;

import java.nio.file.Path;
import java.time.LocalDate;

import no.saint.engine.EntityKey;
import no.saint.evaluation.EntityType;
import no.saint.model.crm.Company;
import no.saint.store.DatabaseSettings;
import no.saint.store.Page;
import no.saint.ui.session.SaintSession;

/** Opens sessions on a fresh embedded database with the Bridgecom demo data and rules. */
final class TestSessions {

	/** The as-of date of every test session, so that the demo data and windows do not depend on today. */
	static final LocalDate AS_OF = LocalDate.of(2017, 12, 31);

	private TestSessions() {
	}

	static SaintSession open(Path folder) throws Exception {
		DatabaseSettings settings = new DatabaseSettings("jdbc:h2:" + folder.resolve("crm").toAbsolutePath(), "sa", "");
		return SaintSession.open(settings, SaintSession.defaultRulesLocation(), AS_OF, true, null);
	}

	/** Returns the key of the demo company with the given name. */
	static EntityKey company(SaintSession session, String name) {
		Company company = session.store().findByName(Company.class, name, Page.first(1)).get(0);
		return new EntityKey(EntityType.COMPANY, company.getId());
	}
}
