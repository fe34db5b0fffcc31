package no.saint.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import no.saint.ui.cards.CardEditor;
import no.saint.ui.session.EntityRow;

/** Opens the card of every selected company, person or project. */
public class OpenCardHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object element : selection) {
				if (element instanceof EntityRow row) {
					CardEditor.open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), row);
				}
			}
		}
		return null;
	}
}
