package no.saint.rules.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.osgi.framework.FrameworkUtil;

import no.saint.rules.ui.editor.RulesAnnotation;
import no.saint.rules.ui.wizards.NewRulesFileWizard;

/** Opens rules files in the workbench for UI tests, waits for the editor's background work and saves screenshots. */
final class EditorFixture {

	static final long TIMEOUT_MS = 20_000;

	private EditorFixture() {
	}

	/** Returns the example statuses that the New SAINT Rules File wizard writes. */
	static String exampleText() throws IOException {
		try (InputStream in = FrameworkUtil.getBundle(NewRulesFileWizard.class).getEntry(NewRulesFileWizard.EXAMPLE_ENTRY).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Creates (or overwrites) {@code name} in the test project with {@code text}. */
	static IFile createFile(String name, String text) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("rules-editor-tests");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(name);
		if (file.getParent() instanceof IFolder folder && !folder.exists()) {
			folder.create(true, true, null);
		}
		ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, true, false, null);
		} else {
			file.create(content, true, null);
		}
		return file;
	}

	/** Opens the file in its default editor and checks that the editor is a working text editor, not an error part. */
	static ITextEditor open(IFile file) throws CoreException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditor(page, file, true);
		return assertInstanceOf(ITextEditor.class, part, "the editor of " + file + " failed to open");
	}

	static void closeAll() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	static ISourceViewer viewer(ITextEditor editor) {
		return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** Returns the rules annotations of the editor with their positions. */
	static List<AnnotationAt> annotations(ITextEditor editor) {
		IAnnotationModel model = viewer(editor).getAnnotationModel();
		List<AnnotationAt> found = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(annotation -> {
			if (annotation instanceof RulesAnnotation) {
				found.add(new AnnotationAt((RulesAnnotation) annotation, model.getPosition(annotation)));
			}
		});
		return found;
	}

	record AnnotationAt(RulesAnnotation annotation, Position position) {

		boolean isError() {
			return RulesAnnotation.ERROR_TYPE.equals(annotation.getType());
		}

		@Override
		public String toString() {
			return annotation.getType() + " at " + position.getOffset() + "+" + position.getLength() + ": " + annotation.getText();
		}
	}

	/** Runs the event loop until {@code condition} holds; fails with {@code what} after {@link #TIMEOUT_MS}. */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("Timed out after " + TIMEOUT_MS + " ms waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				sleep(5);
			}
		}
	}

	/** Runs the event loop for {@code millis} milliseconds. */
	static void spin(long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				sleep(5);
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Saves the shell's area of the screen as {@code target/test-output/screenshots/NAME.png}. */
	static Path screenshot(Shell shell, String name) throws IOException {
		spin(200);
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			String output = System.getProperty("saint.test.output", "target/test-output");
			Path folder = Files.createDirectories(Path.of(output, "screenshots"));
			Path file = folder.resolve(name + ".png");
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	static Shell workbenchShell() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setSize(1280, 800);
		return shell;
	}
}
