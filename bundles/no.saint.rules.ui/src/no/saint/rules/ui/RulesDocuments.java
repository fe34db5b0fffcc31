package no.saint.rules.ui;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;

/**
 * Finds the file behind an editor document and keeps the last parse of each
 * open document, so that content assist, hover and the outline reuse the
 * reconciler's work while the text is unchanged.
 */
public final class RulesDocuments {

	private static final Map<IDocument, ParsedRules> LAST_PARSE = new WeakHashMap<>();

	private RulesDocuments() {
	}

	/** Returns the parse of the document's current text, parsing it when the cached one is outdated. */
	public static ParsedRules parse(IDocument document) {
		String text = document.get();
		synchronized (LAST_PARSE) {
			ParsedRules cached = LAST_PARSE.get(document);
			if (cached != null && cached.text().equals(text)) {
				return cached;
			}
		}
		ParsedRules parsed = ParsedRules.parse(text, uriOf(document));
		synchronized (LAST_PARSE) {
			LAST_PARSE.put(document, parsed);
		}
		return parsed;
	}

	/** Returns the workspace file shown in the document, or {@code null} for other documents. */
	public static IFile fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null) {
			return null;
		}
		IPath location = buffer.getLocation();
		if (location == null || location.segmentCount() < 2) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(location);
	}

	/** Returns the platform URI of a workspace file. */
	public static URI uriOf(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	private static URI uriOf(IDocument document) {
		IFile file = fileOf(document);
		return file == null ? ParsedRules.UNSAVED_URI : uriOf(file);
	}
}
