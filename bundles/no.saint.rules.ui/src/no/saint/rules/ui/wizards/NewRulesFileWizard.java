package no.saint.rules.ui.wizards;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import no.saint.rules.ui.Messages;
import no.saint.rules.ui.RulesUiPlugin;

/** Creates a {@code .saint} file with the example statuses and opens it in the rules editor. */
public class NewRulesFileWizard extends BasicNewResourceWizard {

	/** The bundle entry with the content of a new rules file. */
	public static final String EXAMPLE_ENTRY = "templates/example.saint";

	private WizardNewFileCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		super.init(workbench, currentSelection);
		setWindowTitle(Messages.NewRulesFileWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new ExampleFilePage(getSelection());
		page.setTitle(Messages.NewRulesFileWizard_pageTitle);
		page.setDescription(Messages.NewRulesFileWizard_pageDescription);
		page.setFileExtension("saint");
		page.setFileName(Messages.NewRulesFileWizard_defaultFileName);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		selectAndReveal(file);
		try {
			IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(new Status(IStatus.ERROR, RulesUiPlugin.PLUGIN_ID,
					org.eclipse.osgi.util.NLS.bind(Messages.NewRulesFileWizard_openFailed, file.getFullPath()), e), StatusManager.SHOW | StatusManager.LOG);
		}
		return true;
	}

	private static final class ExampleFilePage extends WizardNewFileCreationPage {

		ExampleFilePage(IStructuredSelection selection) {
			super("newRulesFile", selection);
		}

		@Override
		protected InputStream getInitialContents() {
			try {
				return RulesUiPlugin.getDefault().getBundle().getEntry(EXAMPLE_ENTRY).openStream();
			} catch (IOException e) {
				setErrorMessage(Messages.NewRulesFileWizard_exampleMissing);
				return null;
			}
		}
	}
}
