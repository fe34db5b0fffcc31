package no.saint.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import no.saint.ui.views.NavigatorView;

/** The SAINT perspective: the navigator on the left, cards in the editor area. */
public class SaintPerspective implements IPerspectiveFactory {

	public static final String ID = "no.saint.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.addView(NavigatorView.ID, IPageLayout.LEFT, 0.3f, layout.getEditorArea());
	}
}
