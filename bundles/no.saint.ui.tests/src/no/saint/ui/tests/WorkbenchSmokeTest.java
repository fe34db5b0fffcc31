package no.saint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import no.saint.ui.SaintPerspective;
import no.saint.ui.views.NavigatorView;

class WorkbenchSmokeTest {

	@Test
	void navigatorOpensInSaintPerspective() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(SaintPerspective.ID));

		IViewPart view = page.showView(NavigatorView.ID);
		assertInstanceOf(NavigatorView.class, view);

		window.getShell().setSize(1024, 700);
		Path screenshot = Screenshots.save(window.getShell(), "workbench-smoke");
		assertTrue(Files.size(screenshot) > 1000, "screenshot " + screenshot + " is empty");
	}
}
