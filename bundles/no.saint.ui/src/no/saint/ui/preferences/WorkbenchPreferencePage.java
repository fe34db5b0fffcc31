package no.saint.ui.preferences;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.statushandlers.StatusManager;
import org.osgi.service.prefs.BackingStoreException;

import no.saint.engine.StatusUpdater;
import no.saint.ui.Messages;
import no.saint.ui.SaintUiPlugin;
import no.saint.ui.session.SaintSession;
import no.saint.ui.session.WorkbenchPreferences;
import no.saint.ui.session.WorkbenchPreferences.Values;

/**
 * The SAINT preference page: database, as-of date, evaluation mode and rules
 * file. The evaluation mode applies to the open session at once, the other
 * values when the workbench starts again.
 */
public class WorkbenchPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "no.saint.ui.preferences.workbench";

	private Button embedded;
	private Button postgres;
	private Text folderText;
	private Text urlText;
	private Text userText;
	private Text passwordText;
	private Button today;
	private Button fixed;
	private Text dateText;
	private Button realTime;
	private Button batch;
	private Text rulesText;

	@Override
	public void init(IWorkbench workbench) {
		setDescription(Messages.Preferences_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(root);
		createDatabaseGroup(root);
		createEvaluationGroup(root);
		createRulesGroup(root);
		show(WorkbenchPreferences.load());
		return root;
	}

	private void createDatabaseGroup(Composite root) {
		Group group = group(root, Messages.Preferences_database, 3);
		embedded = radio(group, Messages.Preferences_embedded, 3);
		label(group, Messages.Preferences_folder);
		folderText = text(group, SWT.BORDER, 1);
		Button browse = new Button(group, SWT.PUSH);
		browse.setText(Messages.Preferences_browse);
		browse.addListener(SWT.Selection, event -> {
			String folder = new DirectoryDialog(getShell()).open();
			if (folder != null) {
				folderText.setText(folder);
			}
		});
		postgres = radio(group, Messages.Preferences_postgres, 3);
		label(group, Messages.Preferences_url);
		urlText = text(group, SWT.BORDER, 2);
		urlText.setMessage("jdbc:postgresql://localhost:5432/saint");
		label(group, Messages.Preferences_user);
		userText = text(group, SWT.BORDER, 2);
		label(group, Messages.Preferences_password);
		passwordText = text(group, SWT.BORDER | SWT.PASSWORD, 2);
		embedded.addListener(SWT.Selection, event -> updateEnabled());
	}

	private void createEvaluationGroup(Composite root) {
		Group group = group(root, Messages.Preferences_evaluation, 2);
		today = radio(group, Messages.Preferences_today, 2);
		fixed = radio(group, Messages.Preferences_fixed, 1);
		dateText = text(group, SWT.BORDER, 1);
		dateText.setMessage("2017-12-31");
		today.addListener(SWT.Selection, event -> updateEnabled());
		Label separator = new Label(group, SWT.SEPARATOR | SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(separator);
		Composite modes = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(modes);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(modes);
		realTime = radio(modes, Messages.Preferences_realTime, 1);
		batch = radio(modes, Messages.Preferences_batch, 1);
	}

	private void createRulesGroup(Composite root) {
		Group group = group(root, Messages.Preferences_rules, 2);
		rulesText = text(group, SWT.BORDER, 1);
		rulesText.setMessage(Messages.Preferences_exampleRules);
		Button browse = new Button(group, SWT.PUSH);
		browse.setText(Messages.Preferences_browse);
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.saint" });
			String file = dialog.open();
			if (file != null) {
				rulesText.setText(file);
			}
		});
	}

	private static Group group(Composite parent, String title, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private static Button radio(Composite parent, String text, int span) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		GridDataFactory.fillDefaults().span(span, 1).applyTo(button);
		return button;
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	private static Text text(Composite parent, int style, int span) {
		Text text = new Text(parent, style);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(250, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private void show(Values values) {
		String url = values.databaseUrl();
		boolean h2 = url.isEmpty() || url.startsWith("jdbc:h2:");
		embedded.setSelection(h2);
		postgres.setSelection(!h2);
		folderText.setText(h2 && !url.isEmpty() ? folderOf(url) : "");
		urlText.setText(h2 ? "" : url);
		userText.setText(values.user());
		passwordText.setText(values.password());
		today.setSelection(values.asOf() == null);
		fixed.setSelection(values.asOf() != null);
		dateText.setText(values.asOf() == null ? "" : values.asOf().toString());
		realTime.setSelection(values.evaluation() == StatusUpdater.Mode.REAL_TIME);
		batch.setSelection(values.evaluation() == StatusUpdater.Mode.BATCH);
		rulesText.setText(values.rulesFile());
		updateEnabled();
	}

	private static String folderOf(String h2Url) {
		Path file = Path.of(h2Url.substring("jdbc:h2:".length()));
		return file.getParent() == null ? "" : file.getParent().toString();
	}

	private void updateEnabled() {
		folderText.setEnabled(embedded.getSelection());
		urlText.setEnabled(!embedded.getSelection());
		userText.setEnabled(!embedded.getSelection());
		passwordText.setEnabled(!embedded.getSelection());
		dateText.setEnabled(fixed.getSelection());
	}

	/** Returns the values the page shows. */
	public Values values() {
		String url;
		if (embedded.getSelection()) {
			String folder = folderText.getText().strip();
			url = folder.isEmpty() ? "" : WorkbenchPreferences.embeddedUrl(Path.of(folder));
		} else {
			url = urlText.getText().strip();
		}
		LocalDate asOf = fixed.getSelection() ? WorkbenchPreferences.parseDate(dateText.getText()) : null;
		StatusUpdater.Mode mode = batch.getSelection() ? StatusUpdater.Mode.BATCH : StatusUpdater.Mode.REAL_TIME;
		return new Values(url, embedded.getSelection() ? "" : userText.getText(),
				embedded.getSelection() ? "" : passwordText.getText(), asOf, mode, rulesText.getText());
	}

	@Override
	public boolean performOk() {
		try {
			Values values = values();
			WorkbenchPreferences.store(values);
			SaintSession session = SaintUiPlugin.getDefault().session();
			if (session != null) {
				session.setEvaluationMode(values.evaluation());
			}
			setErrorMessage(null);
			return true;
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return false;
		} catch (BackingStoreException e) {
			StatusManager.getManager().handle(Status.error(NLS.bind(Messages.Preferences_saveFailed, e.getMessage()), e),
					StatusManager.LOG | StatusManager.SHOW);
			return false;
		}
	}

	@Override
	protected void performDefaults() {
		show(new Values("", "", "", null, StatusUpdater.Mode.REAL_TIME, ""));
		super.performDefaults();
	}
}
