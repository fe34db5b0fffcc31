package no.saint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.saint.engine.StatusUpdater;
import no.saint.store.DatabaseSettings;
import no.saint.ui.preferences.WorkbenchPreferencePage;
import no.saint.ui.session.WorkbenchPreferences;
import no.saint.ui.session.WorkbenchPreferences.Values;

/** Tests the workbench preferences and their page. */
class PreferencesTest {

	@TempDir
	Path folder;

	@AfterEach
	void clearPreferences() throws Exception {
		InstanceScope.INSTANCE.getNode(DatabaseSettings.PREFERENCE_NODE).clear();
		InstanceScope.INSTANCE.getNode(WorkbenchPreferences.NODE).clear();
	}

	@Test
	void storedValuesReachStore() throws Exception {
		Path rules = Files.writeString(folder.resolve("my.saint"), "rules \"Mine\"\n");
		Values values = new Values("jdbc:postgresql://127.0.0.1:5432/saint", "saint", "secret",
				LocalDate.of(2017, 12, 31), StatusUpdater.Mode.BATCH, rules.toString());

		WorkbenchPreferences.store(values);

		assertEquals(values, WorkbenchPreferences.load());
		assertEquals("jdbc:postgresql://127.0.0.1:5432/saint", DatabaseSettings.configured().url());
	}

	@Test
	void invalidValuesAreRejected() {
		Values badUrl = new Values("mysql://x", "", "", null, StatusUpdater.Mode.REAL_TIME, "");
		Values noUser = new Values("jdbc:postgresql://127.0.0.1:5432/saint", " ", "", null, StatusUpdater.Mode.REAL_TIME, "");
		Values noRules = new Values("", "", "", null, StatusUpdater.Mode.REAL_TIME, folder.resolve("none.saint").toString());

		IllegalArgumentException url = assertThrows(IllegalArgumentException.class, () -> WorkbenchPreferences.store(badUrl));
		assertTrue(url.getMessage().contains("mysql://x"), url.getMessage());
		assertThrows(IllegalArgumentException.class, () -> WorkbenchPreferences.validate(noUser));
		IllegalArgumentException rules = assertThrows(IllegalArgumentException.class,
				() -> WorkbenchPreferences.validate(noRules));
		assertTrue(rules.getMessage().contains("none.saint"), rules.getMessage());
		IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
				() -> WorkbenchPreferences.parseDate("31.12.2017"));
		assertTrue(date.getMessage().contains("31.12.2017"), date.getMessage());
		assertEquals("", WorkbenchPreferences.load().databaseUrl(), "nothing stored after a rejected value");
	}

	@Test
	void pageStoresEmbeddedFolder() throws Exception {
		Shell shell = new Shell(Display.getCurrent());
		try {
			WorkbenchPreferencePage page = new WorkbenchPreferencePage();
			page.init(null);
			page.createControl(shell);

			assertEquals(new Values("", "", "", null, StatusUpdater.Mode.REAL_TIME, ""), page.values());
			assertTrue(page.performOk());
			shell.setSize(600, 600);
			shell.layout(true, true);
			page.getControl().setSize(580, 560);
			Screenshots.save(shell, "preferences");
		} finally {
			shell.dispose();
		}
	}
}
