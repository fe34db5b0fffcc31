package no.saint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import no.saint.engine.EntityKey;
import no.saint.engine.Explanation;
import no.saint.evaluation.EntityType;
import no.saint.model.crm.CrmObject;
import no.saint.model.crm.StaticSelection;
import no.saint.store.Page;
import no.saint.store.DatabaseSettings;
import no.saint.ui.session.CardModel;
import no.saint.ui.session.EntityTypes;
import no.saint.ui.session.FollowUps;
import no.saint.ui.session.NavigatorModel;
import no.saint.ui.session.SaintSession;
import no.saint.ui.session.Selections;
import no.saint.ui.session.StatusTexts;

/** Tests the session, card and navigator models on the demo database, without opening any window. */
class SessionModelTest {

	@TempDir
	static Path folder;

	static SaintSession session;

	@BeforeAll
	static void openSession() throws Exception {
		session = TestSessions.open(folder);
	}

	@AfterAll
	static void closeSession() {
		session.close();
	}

	@Test
	void fillReplacesKnownVariables() {
		String filled = StatusTexts.fill("Call {company.name} about {company.unknown}.", Map.of("company.name", "Dale AS"));

		assertEquals("Call Dale AS about {company.unknown}.", filled);
	}

	@Test
	void cardShowsHighestRankedImageStatus() {
		EntityKey key = TestSessions.companyWith(session, "Dyr kunde");
		String name = TestSessions.name(session, key);

		CardModel card = CardModel.load(session, key);

		assertEquals(name, card.title());
		assertTrue(card.statuses().stream().anyMatch(status -> status.name().equals("Dyr kunde")), "Dyr kunde among the statuses");
		assertEquals("Dyr kunde", card.watermark().orElseThrow().name());
		assertTrue(card.hoverText().contains("markedsføring mot " + name), card.hoverText());
		assertFalse(card.activities().isEmpty());
	}

	@ParameterizedTest
	@EnumSource(EntityType.class)
	void cardVariablesMatchSnapshot(EntityType type) {
		// The card builds its variables from the entity it has read, not from a second read of the snapshot.
		for (CrmObject object : session.store().list(EntityTypes.modelClass(type), Page.first(20))) {
			EntityKey key = new EntityKey(type, object.getId());

			CardModel card = CardModel.load(session, key);

			assertEquals(session.snapshot(key).fields(), card.variables(), "variables of " + key);
		}
	}

	@Test
	void imageResolvesBesideExampleRules() {
		EntityKey key = TestSessions.companyWith(session, "Dyr kunde");

		String image = session.imageLocation(session.watermarkStatus(key).orElseThrow()).toString();

		assertTrue(image.endsWith("examples/images/warning.png"), image);
	}

	@Test
	void explanationListsCriterionValues() {
		EntityKey key = TestSessions.companyWith(session, "Forsømt kunde");

		Explanation explanation = session.explain(key, "Forsømt kunde", Locale.ENGLISH);

		assertTrue(explanation.matches());
		assertEquals(1, explanation.criteria().size());
		assertTrue(explanation.criteria().get(0).text().contains("outgoing activit"),
				explanation.criteria().get(0).text());
	}

	@Test
	void navigatorSearchesByNamePrefix() {
		NavigatorModel model = new NavigatorModel(session);

		model.setSearch("orsta");

		assertTrue(model.size() > 0, "companies found");
		for (int i = 0; i < model.size(); i++) {
			assertTrue(model.row(i).name().startsWith("Ørsta"), model.row(i).name());
		}
	}

	@Test
	void navigatorBrowsesAndSortsDescending() {
		NavigatorModel ascending = new NavigatorModel(session);
		NavigatorModel descending = new NavigatorModel(session);

		descending.setSort(NavigatorModel.Sort.NAME_DESCENDING);

		assertEquals(TestSessions.COMPANIES, ascending.size());
		assertEquals(TestSessions.COMPANIES, descending.size());
		assertEquals(ascending.row(0).name(), descending.row(TestSessions.COMPANIES - 1).name());
		assertEquals(ascending.row(TestSessions.COMPANIES - 1).name(), descending.row(0).name());
	}

	@Test
	void navigatorFiltersByStatus() {
		NavigatorModel model = new NavigatorModel(session);

		model.setStatusFilter("Dyr kunde");

		assertEquals(session.index().entitiesWith("Dyr kunde").size(), model.size());
		assertTrue(model.size() > 0, "companies with the status");
		for (int i = 0; i < model.size(); i++) {
			assertTrue(session.index().has(model.row(i).key(), "Dyr kunde"), model.row(i).name());
		}
	}

	@Test
	void followUpWithoutDefaultIsRejected() throws Exception {
		Path rules = folder.resolve("no-follow-up.saint");
		Files.writeString(rules, """
				rules "Without follow-up"
				status "Storkunde" for company {
				    when count(sales where status = sold) >= 3
				}
				""");
		DatabaseSettings settings = new DatabaseSettings("jdbc:h2:" + folder.resolve("empty").toAbsolutePath(), "sa", "");
		try (SaintSession empty = SaintSession.open(settings, rules.toUri().toURL(), TestSessions.AS_OF, 0, null)) {
			FollowUps followUps = new FollowUps(empty);

			IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
					() -> followUps.create(new EntityKey(EntityType.COMPANY, 1), empty.status("Storkunde"), null));

			assertTrue(error.getMessage().contains("Storkunde"), error.getMessage());
		}
	}

	@Test
	void selectionRejectsWrongMemberType() {
		Selections selections = new Selections(session);
		StaticSelection projects = selections.create("Prosjekter til oppfølging", EntityType.PROJECT);
		EntityKey company = TestSessions.companyWith(session, "Forsømt kunde");

		assertThrows(IllegalArgumentException.class, () -> selections.add(projects, company));
		assertFalse(selections.isMember(selections.reload(projects), company));
	}
}
