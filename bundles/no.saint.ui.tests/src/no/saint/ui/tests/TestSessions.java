package no.saint.ui.tests;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Predicate;

import no.saint.engine.EntityKey;
import no.saint.engine.StatusRow;
import no.saint.evaluation.EntityType;
import no.saint.model.crm.Company;
import no.saint.store.DatabaseSettings;
import no.saint.ui.session.SaintSession;

/** Opens sessions on a fresh embedded database with the Bridgecom demo data and example rules. */
final class TestSessions {

	/** Demo companies per test database: ten of each profile of the Bridgecom generator. */
	static final int COMPANIES = 100;

	/** The as-of date of every test session, so that the demo data and windows do not depend on today. */
	static final LocalDate AS_OF = LocalDate.of(2017, 12, 31);

	private TestSessions() {
	}

	static SaintSession open(Path folder) throws Exception {
		DatabaseSettings settings = new DatabaseSettings("jdbc:h2:" + folder.resolve("crm").toAbsolutePath(), "sa", "");
		return SaintSession.open(settings, SaintSession.defaultRulesLocation(), AS_OF, COMPANIES, null);
	}

	/** Returns the key of the first demo company that has status {@code statusName}. */
	static EntityKey companyWith(SaintSession session, String statusName) {
		return companyWith(session, statusName, key -> true);
	}

	/**
	 * Returns the key of the first demo company that has status {@code statusName}
	 * and no other status drawn as a watermark.
	 */
	static EntityKey companyWithOnlyImage(SaintSession session, String statusName) {
		return companyWith(session, statusName, key -> session.statuses(key).stream()
				.filter(status -> status.visualize() && status.image() != null)
				.allMatch(status -> status.name().equals(statusName)));
	}

	private static EntityKey companyWith(SaintSession session, String statusName, Predicate<EntityKey> condition) {
		return session.index().entitiesWith(statusName).stream()
				.map(StatusRow::key)
				.filter(key -> key.type() == EntityType.COMPANY)
				.filter(condition)
				.findFirst()
				.orElseThrow(() -> new AssertionError("no demo company has status " + statusName));
	}

	/** Returns the name of a stored company. */
	static String name(SaintSession session, EntityKey key) {
		return session.store().find(Company.class, key.id()).orElseThrow().getName();
	}
}
