package no.saint.ui.dialogs;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.statushandlers.StatusManager;

import no.saint.engine.CriterionExplanation;
import no.saint.engine.EntityKey;
import no.saint.engine.Explanation;
import no.saint.evaluation.StatusDefinition;
import no.saint.model.crm.Activity;
import no.saint.model.crm.StaticSelection;
import no.saint.ui.Messages;
import no.saint.ui.session.FollowUps;
import no.saint.ui.session.SaintSession;
import no.saint.ui.session.Selections;
import no.saint.ui.session.StatusTexts;

/**
 * "Show statuses": one status of an entity with its name, description,
 * links to the entity's other statuses (only when it has several), the
 * explanation of why it matches, and the commands "Create follow-up" and
 * "Add to selection".
 */
public class ShowStatusesDialog extends Dialog {

	public static final int CREATE_FOLLOW_UP_ID = IDialogConstants.CLIENT_ID + 1;
	public static final int ADD_TO_SELECTION_ID = IDialogConstants.CLIENT_ID + 2;

	private final SaintSession session;
	private final EntityKey key;
	private StatusDefinition status;
	private Composite content;
	private Label result;

	public ShowStatusesDialog(Shell parent, SaintSession session, EntityKey key, StatusDefinition status) {
		super(parent);
		this.session = session;
		this.key = key;
		this.status = status;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.ShowStatusesDialog_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		content = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(content);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, SWT.DEFAULT).applyTo(content);
		result = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(result);
		fill();
		return area;
	}

	/** Shows the current status: its fields, the other statuses and the explanation. */
	private void fill() {
		for (Control child : content.getChildren()) {
			child.dispose();
		}
		row(Messages.ShowStatusesDialog_name, status.name());
		row(Messages.ShowStatusesDialog_description,
				StatusTexts.fill(status.description(), session.snapshot(key).fields()));

		List<StatusDefinition> statuses = session.statuses(key);
		if (statuses.size() > 1) {
			label(Messages.ShowStatusesDialog_otherStatuses);
			Link links = new Link(content, SWT.WRAP);
			links.setText(String.join(", ", statuses.stream().filter(other -> !other.name().equals(status.name()))
					.map(other -> "<a href=\"" + other.name() + "\">" + other.name() + "</a>").toList()));
			links.addListener(SWT.Selection, event -> show(session.status(event.text)));
			GridDataFactory.fillDefaults().grab(true, false).applyTo(links);
		}

		Explanation explanation = session.explain(key, status.name(), Locale.getDefault());
		label(explanation.matches() ? Messages.ShowStatusesDialog_whyMatches : Messages.ShowStatusesDialog_noLongerMatches);
		Composite criteria = new Composite(content, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(criteria);
		for (CriterionExplanation criterion : explanation.criteria()) {
			Label line = new Label(criteria, SWT.WRAP);
			boolean supports = criterion.holds() != criterion.negated();
			line.setText((supports ? "\u2713 " : "\u2717 ") + criterion.text());
			GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(line);
		}
		content.layout(true, true);
		if (getShell() != null && getShell().isVisible()) {
			getShell().pack();
		}
	}

	private void row(String name, String value) {
		label(name);
		Label text = new Label(content, SWT.WRAP);
		text.setText(value == null ? "" : value);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(text);
	}

	private void label(String name) {
		Label label = new Label(content, SWT.NONE);
		label.setText(name);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
	}

	/** Shows another status of the entity. */
	public void show(StatusDefinition other) {
		status = other;
		fill();
		updateButtons();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, CREATE_FOLLOW_UP_ID, Messages.ShowStatusesDialog_createFollowUp, false);
		createButton(parent, ADD_TO_SELECTION_ID, Messages.ShowStatusesDialog_addToSelection, false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
		updateButtons();
	}

	private void updateButtons() {
		if (getButton(CREATE_FOLLOW_UP_ID) != null) {
			getButton(CREATE_FOLLOW_UP_ID).setEnabled(status.defaultFollowUp().isPresent());
		}
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == CREATE_FOLLOW_UP_ID) {
			createFollowUp();
		} else if (buttonId == ADD_TO_SELECTION_ID) {
			chooseSelection();
		} else if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/**
	 * Stores the status's default follow-up for the entity, assigned to its
	 * owner, and shows the status again: the entity's statuses are evaluated
	 * anew by the time the activity is stored.
	 */
	public Activity createFollowUp() {
		try {
			Activity activity = new FollowUps(session).create(key, status, null);
			result.setText(NLS.bind(Messages.ShowStatusesDialog_followUpCreated, activity.getText(),
					activity.getOwner() == null ? "-" : activity.getOwner().getName()));
			fill();
			return activity;
		} catch (RuntimeException e) {
			report(Messages.ShowStatusesDialog_followUpFailed, e);
			return null;
		}
	}

	private void chooseSelection() {
		Selections selections = new Selections(session);
		List<StaticSelection> existing = selections.staticSelections(key.type());
		String newSelection = Messages.ShowStatusesDialog_newSelection;
		ElementListSelectionDialog choice = new ElementListSelectionDialog(getShell(), new org.eclipse.jface.viewers.LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof StaticSelection selection ? selection.getName() : String.valueOf(element);
			}
		});
		choice.setTitle(Messages.ShowStatusesDialog_addToSelection);
		choice.setMessage(Messages.ShowStatusesDialog_chooseSelection);
		Object[] elements = new Object[existing.size() + 1];
		elements[0] = newSelection;
		for (int i = 0; i < existing.size(); i++) {
			elements[i + 1] = existing.get(i);
		}
		choice.setElements(elements);
		if (choice.open() != Window.OK) {
			return;
		}
		Object chosen = choice.getFirstResult();
		if (chosen instanceof StaticSelection selection) {
			addToSelection(selection);
			return;
		}
		InputDialog name = new InputDialog(getShell(), Messages.ShowStatusesDialog_newSelection,
				Messages.ShowStatusesDialog_selectionName, status.name(),
				text -> text.isBlank() ? Messages.ShowStatusesDialog_selectionNameMissing : null);
		if (name.open() == Window.OK) {
			try {
				addToSelection(selections.create(name.getValue(), key.type()));
			} catch (RuntimeException e) {
				report(Messages.ShowStatusesDialog_addFailed, e);
			}
		}
	}

	/** Adds the entity to the static selection and reports it in the dialog. */
	public StaticSelection addToSelection(StaticSelection selection) {
		try {
			StaticSelection stored = new Selections(session).add(selection, key);
			result.setText(NLS.bind(Messages.ShowStatusesDialog_added, stored.getName()));
			return stored;
		} catch (RuntimeException e) {
			report(Messages.ShowStatusesDialog_addFailed, e);
			return null;
		}
	}

	private void report(String message, RuntimeException e) {
		result.setText(message + " " + e.getMessage());
		StatusManager.getManager().handle(Status.error(message + " " + e.getMessage(), e), StatusManager.LOG);
	}

	/** Returns the status shown. */
	public StatusDefinition status() {
		return status;
	}

	/** Returns the line that reports the result of the last command. */
	public String resultText() {
		return result.getText();
	}
}
