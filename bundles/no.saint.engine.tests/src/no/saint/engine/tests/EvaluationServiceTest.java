package no.saint.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.saint.engine.EvaluationService;

class EvaluationServiceTest {

	@Test
	void serviceIsPublishedByDeclarativeServices() throws InterruptedException {
		EvaluationService service = awaitService();

		assertNotNull(service);
		assertEquals(LocalDate.of(2017, 12, 31), service.evaluationDate(LocalDate.of(2017, 12, 31)));
		assertEquals(LocalDate.now(), service.evaluationDate(null));
	}

	private static EvaluationService awaitService() throws InterruptedException {
		Bundle bundle = FrameworkUtil.getBundle(EvaluationServiceTest.class);
		BundleContext context = bundle.getBundleContext();
		ServiceTracker<EvaluationService, EvaluationService> tracker = new ServiceTracker<>(context, EvaluationService.class, null);
		tracker.open();
		try {
			return tracker.waitForService(10_000);
		} finally {
			tracker.close();
		}
	}
}
