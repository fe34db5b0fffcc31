package no.saint.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves PNG screenshots of shells under the build's test output folder. */
public final class Screenshots {

	private Screenshots() {
	}

	/** Returns the folder for screenshots: {@code target/test-output/screenshots} in the build. */
	public static Path folder() throws IOException {
		String output = System.getProperty("saint.test.output", "target/test-output");
		return Files.createDirectories(Path.of(output, "screenshots"));
	}

	/** Paints pending events, then saves the shell's area of the screen as {@code name.png}. */
	public static Path save(Shell shell, String name) throws IOException {
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// Let the workbench paint before the capture.
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path file = folder().resolve(name + ".png");
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
