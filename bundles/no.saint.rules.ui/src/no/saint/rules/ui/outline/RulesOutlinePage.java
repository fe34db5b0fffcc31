package no.saint.rules.ui.outline;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import no.saint.rules.ui.Messages;
import no.saint.rules.ui.ParsedRules;
import no.saint.rules.ui.RulesDocuments;

/**
 * The outline of a rules file: its periods, amount classes and statuses.
 * Selecting a symbol reveals it in the editor, and moving the cursor in the
 * editor selects the symbol around it.
 */
public class RulesOutlinePage extends ContentOutlinePage {

	private static final long REFRESH_DELAY_MS = 400;

	private final ITextEditor editor;

	private final IDocumentListener documentListener = new IDocumentListener() {

		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// Only the change itself schedules a refresh.
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			refreshJob.schedule(REFRESH_DELAY_MS);
		}
	};

	private final ISelectionChangedListener editorSelectionListener = this::revealEditorSelection;

	private final Job refreshJob = Job.create(Messages.RulesOutlinePage_refreshJob, this::refresh);

	private String text;

	private boolean linking;

	public RulesOutlinePage(ITextEditor editor) {
		this.editor = editor;
		refreshJob.setSystem(true);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new SymbolContentProvider());
		viewer.setLabelProvider(LabelProvider.createTextProvider(element -> ((DocumentSymbol) element).getName()));
		viewer.setAutoExpandLevel(2);

		document().addDocumentListener(documentListener);
		if (editor.getSelectionProvider() instanceof org.eclipse.jface.viewers.IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(editorSelectionListener);
		}
		refreshJob.schedule();
	}

	@Override
	public void dispose() {
		refreshJob.cancel();
		IDocument document = document();
		if (document != null) {
			document.removeDocumentListener(documentListener);
		}
		if (editor.getSelectionProvider() instanceof org.eclipse.jface.viewers.IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(editorSelectionListener);
		}
		super.dispose();
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private IStatus refresh(IProgressMonitor monitor) {
		IDocument document = document();
		if (document == null) {
			return Status.OK_STATUS;
		}
		try {
			ParsedRules parsed = RulesDocuments.parse(document);
			List<DocumentSymbol> symbols = RulesSymbols.symbolsOf(parsed);
			Control control = getControl();
			if (control != null && !control.isDisposed()) {
				control.getDisplay().asyncExec(() -> show(parsed.text(), symbols));
			}
		} catch (RuntimeException e) {
			ILog.of(RulesOutlinePage.class).error("Computing the outline failed", e);
		}
		return Status.OK_STATUS;
	}

	private void show(String parsedText, List<DocumentSymbol> symbols) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		text = parsedText;
		viewer.setInput(symbols);
		viewer.expandToLevel(2);
	}

	/** Selects the symbol's name in the editor when the user selects it in the outline. */
	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (linking || text == null || !(event.getSelection() instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof DocumentSymbol symbol)) {
			return;
		}
		int start = RulesSymbols.offsetOf(text, symbol.getSelectionRange().getStart());
		int end = RulesSymbols.offsetOf(text, symbol.getSelectionRange().getEnd());
		linking = true;
		try {
			editor.selectAndReveal(start, end - start);
		} finally {
			linking = false;
		}
	}

	private void revealEditorSelection(SelectionChangedEvent event) {
		TreeViewer viewer = getTreeViewer();
		if (linking || text == null || viewer == null || !(event.getSelection() instanceof ITextSelection selection)
				|| !(viewer.getInput() instanceof List<?> symbols)) {
			return;
		}
		DocumentSymbol innermost = innermostAt(symbols, selection.getOffset());
		ISelection outlineSelection = innermost == null ? StructuredSelection.EMPTY : new StructuredSelection(innermost);
		linking = true;
		try {
			viewer.setSelection(outlineSelection, true);
		} finally {
			linking = false;
		}
	}

	private DocumentSymbol innermostAt(List<?> symbols, int offset) {
		for (Object element : symbols) {
			DocumentSymbol symbol = (DocumentSymbol) element;
			int start = RulesSymbols.offsetOf(text, symbol.getRange().getStart());
			int end = RulesSymbols.offsetOf(text, symbol.getRange().getEnd());
			if (start <= offset && offset <= end) {
				DocumentSymbol child = symbol.getChildren() == null ? null : innermostAt(symbol.getChildren(), offset);
				return child != null ? child : symbol;
			}
		}
		return null;
	}

	private static final class SymbolContentProvider implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
			return children == null ? new Object[0] : children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
			return children != null && !children.isEmpty();
		}
	}
}
