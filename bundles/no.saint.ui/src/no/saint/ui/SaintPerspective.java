package no.saint.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import no.saint.ui.views.AnalysisView;
import no.saint.ui.views.NavigatorView;
import no.saint.ui.views.SelectionsView;
import no.saint.ui.views.StatusMonitorsView;

/**
 * The SAINT perspective: the navigator on the left, cards in the editor area,
 * selections, status monitors and analysis below it.
 */
public class SaintPerspective implements IPerspectiveFactory {

	public static final String ID = "no.saint.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.addView(NavigatorView.ID, IPageLayout.LEFT, 0.3f, layout.getEditorArea());
		IFolderLayout bottom = layout.createFolder("no.saint.ui.bottom", IPageLayout.BOTTOM, 0.65f,
				layout.getEditorArea());
		bottom.addView(SelectionsView.ID);
		bottom.addView(StatusMonitorsView.ID);
		bottom.addView(AnalysisView.ID);
	}
}
