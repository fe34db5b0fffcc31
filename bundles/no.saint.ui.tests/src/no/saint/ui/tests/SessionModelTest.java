package no.saint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.saint.engine.EntityKey;
import no.saint.engine.Explanation;
import no.saint.evaluation.EntityType;
import no.saint.model.crm.StaticSelection;
import no.saint.ui.session.CardModel;
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
		EntityKey key = TestSessions.company(session, "Birkeland Bygg");

		CardModel card = CardModel.load(session, key);

		assertEquals("Birkeland Bygg", card.title());
		assertEquals(List.of("Dyr kunde", "Sovende kunde"), card.statuses().stream().map(s -> s.name()).toList());
		assertEquals("Dyr kunde", card.watermark().orElseThrow().name());
		assertTrue(card.hoverText().contains("Mye markedsføring mot Birkeland Bygg"), card.hoverText());
		assertTrue(card.hoverText().contains("Sovende kunde"), card.hoverText());
		assertFalse(card.activities().isEmpty());
	}

	@Test
	void imageResolvesToWorkbenchImage() {
		EntityKey key = TestSessions.company(session, "Birkeland Bygg");

		String image = session.imageLocation(session.watermarkStatus(key).orElseThrow()).toString();

		assertTrue(image.endsWith("images/status/warning.png"), image);
	}

	@Test
	void explanationListsCriterionValues() {
		EntityKey key = TestSessions.company(session, "Aasen Elektro");

		Explanation explanation = session.explain(key, "Forsømt kunde", Locale.ENGLISH);

		assertTrue(explanation.matches());
		assertEquals(1, explanation.criteria().size());
		assertTrue(explanation.criteria().get(0).text().startsWith("0 outgoing activities"),
				explanation.criteria().get(0).text());
	}

	@Test
	void navigatorSearchesByNamePrefix() {
		NavigatorModel model = new NavigatorModel(session);

		model.setSearch("orsta");

		assertEquals(1, model.size());
		assertEquals("Ørsta IL", model.row(0).name());
	}

	@Test
	void navigatorBrowsesAndSortsDescending() {
		NavigatorModel model = new NavigatorModel(session);
		int companies = model.size();

		model.setSort(NavigatorModel.Sort.NAME_DESCENDING);

		assertEquals(32, companies);
		assertEquals("Voss Vinter", model.row(0).name());
		assertEquals("Aasen Elektro", model.row(companies - 1).name());
	}

	@Test
	void navigatorFiltersByStatus() {
		NavigatorModel model = new NavigatorModel(session);

		model.setStatusFilter("Dyr kunde");

		assertEquals(4, model.size());
		for (int i = 0; i < model.size(); i++) {
			assertTrue(session.index().has(model.row(i).key(), "Dyr kunde"), model.row(i).name());
		}
	}

	@Test
	void followUpWithoutDefaultIsRejected() {
		EntityKey key = TestSessions.company(session, "Bergen Bilutleie");
		FollowUps followUps = new FollowUps(session);

		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> followUps.create(key, session.status("Storkunde"), null));

		assertTrue(error.getMessage().contains("Storkunde"), error.getMessage());
	}

	@Test
	void selectionRejectsWrongMemberType() {
		Selections selections = new Selections(session);
		StaticSelection projects = selections.create("Prosjekter til oppfølging", EntityType.PROJECT);
		EntityKey company = TestSessions.company(session, "Dale Regnskap");

		assertThrows(IllegalArgumentException.class, () -> selections.add(projects, company));
		assertFalse(selections.isMember(selections.reload(projects), company));
	}
}
