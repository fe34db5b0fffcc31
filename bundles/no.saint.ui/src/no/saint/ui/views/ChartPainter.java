package no.saint.ui.views;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import no.saint.ui.session.StatusAnalysis;

/**
 * Draws a bar chart or a line chart of labelled values with GC, on a canvas
 * or into an image for the PNG export. Bars and points are spread evenly; the
 * value axis starts at 0.
 */
public final class ChartPainter {

	/** The kinds of chart. */
	public enum Kind {
		BARS, LINE
	}

	private static final int MARGIN = 40;
	private static final int LABEL_HEIGHT = 60;

	private ChartPainter() {
	}

	/** Draws the chart of {@code points} with {@code title} into {@code area}. */
	public static void paint(GC gc, Rectangle area, String title, List<StatusAnalysis.Point> points, Kind kind) {
		Display display = gc.getDevice() instanceof Display device ? device : Display.getCurrent();
		gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(title, area.x + MARGIN, area.y + 8, true);
		if (points.isEmpty()) {
			return;
		}

		Rectangle plot = new Rectangle(area.x + MARGIN, area.y + MARGIN, Math.max(1, area.width - 2 * MARGIN),
				Math.max(1, area.height - MARGIN - LABEL_HEIGHT));
		int max = Math.max(1, points.stream().mapToInt(StatusAnalysis.Point::value).max().orElse(1));
		gc.drawLine(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
		gc.drawLine(plot.x, plot.y, plot.x, plot.y + plot.height);
		gc.drawText(String.valueOf(max), area.x + 4, plot.y - 6, true);
		gc.drawText("0", area.x + 4, plot.y + plot.height - 8, true);

		int slot = plot.width / points.size();
		Color bar = new Color(0x33, 0x66, 0x99);
		try {
			gc.setBackground(bar);
			gc.setForeground(bar);
			gc.setLineWidth(2);
			Point previous = null;
			for (int i = 0; i < points.size(); i++) {
				StatusAnalysis.Point point = points.get(i);
				int height = (int) Math.round((double) point.value() * plot.height / max);
				int x = plot.x + i * slot;
				int top = plot.y + plot.height - height;
				if (kind == Kind.BARS) {
					gc.fillRectangle(x + slot / 6, top, Math.max(1, slot * 2 / 3), height);
				} else {
					Point current = new Point(x + slot / 2, top);
					gc.fillOval(current.x - 3, current.y - 3, 6, 6);
					if (previous != null) {
						gc.drawLine(previous.x, previous.y, current.x, current.y);
					}
					previous = current;
				}
			}
			gc.setLineWidth(1);
			gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
			for (int i = 0; i < points.size(); i++) {
				StatusAnalysis.Point point = points.get(i);
				int x = plot.x + i * slot;
				int top = plot.y + plot.height - (int) Math.round((double) point.value() * plot.height / max);
				gc.drawText(String.valueOf(point.value()), x + slot / 6, Math.max(plot.y, top - 16), true);
				gc.drawText(shorten(gc, point.label(), slot - 2), x + 1, plot.y + plot.height + 4 + (i % 2) * 16,
						true);
			}
		} finally {
			bar.dispose();
		}
	}

	private static String shorten(GC gc, String label, int width) {
		String text = label;
		while (text.length() > 3 && gc.textExtent(text).x > width) {
			text = text.substring(0, text.length() - 2);
		}
		return text.equals(label) ? label : text + "\u2026";
	}

	/** Draws the chart into an image of the given size and returns its pixels, for a PNG file. */
	public static ImageData render(Display display, int width, int height, String title,
			List<StatusAnalysis.Point> points, Kind kind) {
		Image image = new Image(display, width, height);
		GC gc = new GC(image);
		try {
			paint(gc, new Rectangle(0, 0, width, height), title, points, kind);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
