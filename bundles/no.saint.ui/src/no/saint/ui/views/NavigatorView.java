package no.saint.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import no.saint.ui.Messages;

/** Lists the companies, persons and projects of the connected CRM database. */
public class NavigatorView extends ViewPart {

	public static final String ID = "no.saint.ui.views.navigator";

	private Label placeholder;

	@Override
	public void createPartControl(Composite parent) {
		placeholder = new Label(parent, SWT.WRAP);
		placeholder.setText(Messages.NavigatorView_noDatabase);
	}

	@Override
	public void setFocus() {
		placeholder.setFocus();
	}
}
