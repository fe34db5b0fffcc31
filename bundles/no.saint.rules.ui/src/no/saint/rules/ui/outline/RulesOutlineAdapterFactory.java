package no.saint.rules.ui.outline;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import no.saint.rules.ui.RulesUiPlugin;

/** Gives text editors that show a {@code *.saint} file the rules outline page. */
public class RulesOutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor && isRulesFile(editor)) {
			return adapterType.cast(new RulesOutlinePage(editor));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}

	private static boolean isRulesFile(ITextEditor editor) {
		if (!(editor.getEditorInput() instanceof IFileEditorInput input)) {
			return false;
		}
		IFile file = input.getFile();
		try {
			IContentDescription description = file.getContentDescription();
			return description != null && description.getContentType().isKindOf(
					org.eclipse.core.runtime.Platform.getContentTypeManager().getContentType(RulesUiPlugin.CONTENT_TYPE_ID));
		} catch (CoreException e) {
			return "saint".equals(file.getFileExtension());
		}
	}
}
