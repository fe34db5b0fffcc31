package no.saint.rules.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;

import no.saint.rules.ui.ParsedRules;
import no.saint.rules.ui.RulesLanguage;

/**
 * Colours names by their meaning, as the language's semantic highlighting
 * calculator reports them, on top of the lexical colours. The coloured
 * ranges are document positions, so they move with the text while the user
 * types and the next reconcile is pending.
 */
class SemanticHighlighter implements ITextPresentationListener {

	private static final String CATEGORY = "no.saint.rules.ui.semanticHighlighting";

	private final ISourceViewer viewer;

	private final ISemanticHighlightingCalculator calculator = RulesLanguage.get(ISemanticHighlightingCalculator.class);

	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);

	private IDocument document;

	SemanticHighlighter(ISourceViewer viewer) {
		this.viewer = viewer;
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
	}

	void uninstall() {
		if (viewer instanceof ITextViewerExtension4 extension) {
			Display.getDefault().asyncExec(() -> extension.removeTextPresentationListener(this));
		}
	}

	/** Computes the semantic colours of a parse and repaints the editor when the document still has that text. */
	void update(ParsedRules parsed, CancelIndicator cancelIndicator) {
		List<StyledPosition> positions = new ArrayList<>();
		calculator.provideHighlightingFor(parsed.resource(), (offset, length, styleIds) -> {
			if (styleIds.length > 0 && RulesTextAttributes.attribute(styleIds[styleIds.length - 1]) != null) {
				positions.add(new StyledPosition(offset, length, styleIds[styleIds.length - 1]));
			}
		}, cancelIndicator);

		Display display = viewer.getTextWidget() == null ? null : viewer.getTextWidget().getDisplay();
		if (display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> apply(parsed.text(), positions));
	}

	private void apply(String text, List<StyledPosition> positions) {
		IDocument current = viewer.getDocument();
		if (current == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed() || !current.get().equals(text)) {
			return;
		}
		if (current != document) {
			if (document != null) {
				removeCategory(document);
			}
			document = current;
			document.addPositionCategory(CATEGORY);
			document.addPositionUpdater(updater);
		}
		try {
			document.removePositionCategory(CATEGORY);
			document.addPositionCategory(CATEGORY);
			for (StyledPosition position : positions) {
				document.addPosition(CATEGORY, position);
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			return;
		}
		viewer.invalidateTextPresentation();
	}

	private void removeCategory(IDocument old) {
		try {
			old.removePositionUpdater(updater);
			old.removePositionCategory(CATEGORY);
		} catch (BadPositionCategoryException e) {
			// The category was never added to this document.
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (document == null || !document.containsPositionCategory(CATEGORY)) {
			return;
		}
		try {
			IRegion extent = presentation.getExtent();
			int extentEnd = extent.getOffset() + extent.getLength();
			List<StyleRange> ranges = new ArrayList<>();
			int previousEnd = extent.getOffset();
			for (Position position : document.getPositions(CATEGORY)) {
				if (position.isDeleted() || !(position instanceof StyledPosition styled)) {
					continue;
				}
				// Style ranges must not overlap, so a range nested in the previous one is cut.
				int start = Math.max(styled.offset, previousEnd);
				int end = Math.min(styled.offset + styled.length, extentEnd);
				if (start < end) {
					TextAttribute attribute = RulesTextAttributes.attribute(styled.styleId);
					ranges.add(new StyleRange(start, end - start, attribute.getForeground(), attribute.getBackground(), attribute.getStyle()));
					previousEnd = end;
				}
			}
			presentation.mergeStyleRanges(ranges.toArray(StyleRange[]::new));
		} catch (BadPositionCategoryException e) {
			// The document was replaced while the presentation was computed.
		}
	}

	private static final class StyledPosition extends Position {

		private final String styleId;

		StyledPosition(int offset, int length, String styleId) {
			super(offset, length);
			this.styleId = styleId;
		}
	}
}
