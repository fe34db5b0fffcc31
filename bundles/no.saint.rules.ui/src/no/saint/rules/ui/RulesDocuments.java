package no.saint.rules.ui;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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

	private static final Map<IDocument, PendingParse> LAST_PARSE = new WeakHashMap<>();

	/** A parse of one text that is running or done; the reconcilers of one editor share it. */
	private record PendingParse(String text, CompletableFuture<ParsedRules> result) {
	}

	private RulesDocuments() {
	}

	/**
	 * Returns the parse of the document's current text. A parse of the same
	 * text that another thread has started is awaited instead of repeated.
	 */
	public static ParsedRules parse(IDocument document) {
		String text = document.get();
		PendingParse pending;
		boolean started = false;
		synchronized (LAST_PARSE) {
			pending = LAST_PARSE.get(document);
			if (pending == null || !pending.text().equals(text)) {
				pending = new PendingParse(text, new CompletableFuture<>());
				LAST_PARSE.put(document, pending);
				started = true;
			}
		}
		if (started) {
			try {
				pending.result().complete(ParsedRules.parse(text, uriOf(document)));
			} catch (RuntimeException e) {
				pending.result().completeExceptionally(e);
			}
		}
		try {
			return pending.result().join();
		} catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException cause ? cause : e;
		}
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

	/** Returns the URI of the document: its workspace file, or {@link ParsedRules#UNSAVED_URI}. */
	public static URI uriOf(IDocument document) {
		IFile file = fileOf(document);
		return file == null ? ParsedRules.UNSAVED_URI : uriOf(file);
	}
}
