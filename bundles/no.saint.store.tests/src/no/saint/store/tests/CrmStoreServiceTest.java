package no.saint.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import no.saint.model.crm.Company;
import no.saint.store.CrmChange;
import no.saint.store.CrmChangeListener;
import no.saint.store.CrmStore;

/** The store as a declarative service, configured through system properties. */
class CrmStoreServiceTest {

	private static BundleContext context;
	private static ServiceTracker<CrmStore, CrmStore> tracker;

	@BeforeAll
	static void pointServiceAtMemoryDatabase() {
		System.setProperty("saint.db.url", "jdbc:h2:mem:store-service-test");
		System.setProperty("saint.db.user", "sa");
		context = FrameworkUtil.getBundle(CrmStoreServiceTest.class).getBundleContext();
		tracker = new ServiceTracker<>(context, CrmStore.class, null);
		tracker.open();
	}

	@AfterAll
	static void closeTracker() {
		tracker.close();
		System.clearProperty("saint.db.url");
		System.clearProperty("saint.db.user");
	}

	@Test
	void serviceOpensConfiguredDatabase() throws Exception {
		CrmStore store = tracker.waitForService(10_000);

		assertNotNull(store, "no CrmStore service");
		assertEquals("jdbc:h2:mem:store-service-test", store.settings().url());
		assertEquals(1, store.schemaVersion());
	}

	@Test
	void listenerServicesLearnChanges() throws Exception {
		CrmStore store = tracker.waitForService(10_000);
		List<CrmChange> changes = new ArrayList<>();
		ServiceRegistration<CrmChangeListener> registration = context.registerService(CrmChangeListener.class,
				changes::add, null);
		try {
			Company company = CrmStoreTest.company("Tjeneste AS");
			store.save(company);

			assertEquals(1, changes.size());
			assertTrue(changes.get(0).companyIds().contains(company.getId()));
		} finally {
			registration.unregister();
		}
		ServiceReference<CrmStore> reference = tracker.getServiceReference();
		assertNotNull(reference);
	}
}
