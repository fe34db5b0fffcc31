package no.saint.branding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.internal.base.BaseHelpSystem;
import org.eclipse.help.internal.server.WebappManager;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** Checks the branding of the running product and that its user guide is served. */
class ProductTest {

	@Test
	void productIsSaintWorkbench() {
		IProduct product = Platform.getProduct();

		assertNotNull(product, "no product is running");
		assertEquals("no.saint.branding.product", product.getId());
		assertEquals("SAINT Workbench", product.getName());
		assertTrue(product.getProperty("aboutText").contains("SAINT Workbench"));
		assertNotNull(product.getDefiningBundle().getEntry("splash.bmp"), "splash.bmp is missing");
	}

	@Test
	void saintPerspectiveIsDefault() {
		assertEquals("no.saint.ui.perspective",
				PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
	}

	@Test
	void helpContentsServeUserGuide() throws Exception {
		BaseHelpSystem.ensureWebappRunning();
		String base = "http://" + WebappManager.getHost() + ":" + WebappManager.getPort() + "/help";

		String toc = fetch(base + "/advanced/tocfragment");
		assertTrue(toc.contains("SAINT Workbench User Guide"), "the help table of contents lacks the user guide: " + toc);

		String page = fetch(base + "/topic/no.saint.help/html/getting-started.html");
		assertTrue(page.contains("<h1>Getting started</h1>"), page);
	}

	private static String fetch(String address) throws IOException {
		URL url = URI.create(address).toURL();
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
