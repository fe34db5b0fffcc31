package no.saint.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import no.saint.evaluation.EntityType;

/**
 * The images of statuses and entities, loaded once per display and disposed
 * with it: status images in full size for watermarks, scaled to 16 x 16 for
 * the status column, and entity icons with the status as overlay.
 */
public final class StatusImages {

	/** The recommended size of status images; larger images are cropped at the bottom and right. */
	public static final int WIDTH = 130;
	public static final int HEIGHT = 180;

	/** The alpha of a watermark: 40 % of 255. */
	public static final int WATERMARK_ALPHA = 102;

	private static final Map<Display, StatusImages> INSTANCES = new HashMap<>();

	private final Display display;
	private final Map<String, Image> images = new HashMap<>();

	private StatusImages(Display display) {
		this.display = display;
		display.disposeExec(() -> {
			images.values().forEach(Image::dispose);
			INSTANCES.remove(display);
		});
	}

	public static synchronized StatusImages of(Display display) {
		return INSTANCES.computeIfAbsent(display, StatusImages::new);
	}

	/** Returns the status image cropped to 130 x 180, or null when it cannot be read. */
	public Image watermark(URL location) {
		if (location == null) {
			return null;
		}
		return images.computeIfAbsent("full:" + location, key -> {
			ImageData data = read(location);
			if (data == null) {
				return null;
			}
			Image full = new Image(display, data);
			if (data.width <= WIDTH && data.height <= HEIGHT) {
				return full;
			}
			Image cropped = new Image(display, Math.min(WIDTH, data.width), Math.min(HEIGHT, data.height));
			GC gc = new GC(cropped);
			gc.drawImage(full, 0, 0);
			gc.dispose();
			full.dispose();
			return cropped;
		});
	}

	/** Returns the status image scaled to {@code size} x {@code size}, or null when it cannot be read. */
	public Image icon(URL location, int size) {
		if (location == null) {
			return null;
		}
		return images.computeIfAbsent(size + ":" + location, key -> {
			ImageData data = read(location);
			if (data == null) {
				return null;
			}
			// Scale the longer side to the icon size and centre the image on a transparent square.
			double scale = (double) size / Math.max(data.width, data.height);
			ImageData scaled = data.scaledTo(Math.max(1, (int) (data.width * scale)), Math.max(1, (int) (data.height * scale)));
			ImageData square = new ImageData(size, size, 32, new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0xFF00, 0xFF));
			square.alphaData = new byte[size * size];
			int left = (size - scaled.width) / 2;
			int top = (size - scaled.height) / 2;
			for (int y = 0; y < scaled.height; y++) {
				for (int x = 0; x < scaled.width; x++) {
					org.eclipse.swt.graphics.RGB rgb = scaled.palette.getRGB(scaled.getPixel(x, y));
					square.setPixel(left + x, top + y, square.palette.getPixel(rgb));
					square.setAlpha(left + x, top + y, scaled.getAlpha(x, y));
				}
			}
			return new Image(display, square);
		});
	}

	/** Returns the icon of an entity type, with the 16-pixel status image as overlay when given. */
	public Image entityIcon(EntityType type, URL statusImage) {
		String base = "entity:" + type;
		Image icon = images.computeIfAbsent(base, key -> {
			ImageData data = read(StatusImages.class.getResource("/images/entity/" + type.name().toLowerCase(java.util.Locale.ROOT) + ".png"));
			return data == null ? null : new Image(display, data);
		});
		if (statusImage == null || icon == null) {
			return icon;
		}
		// Not computeIfAbsent: icon() adds to the same map, which HashMap rejects inside a mapping function.
		String key = base + ":" + statusImage;
		if (images.containsKey(key)) {
			return images.get(key);
		}
		Image overlay = icon(statusImage, 9);
		Image decorated = overlay == null ? null
				: new DecorationOverlayIcon(icon, ImageDescriptor.createFromImage(overlay), IDecoration.BOTTOM_RIGHT)
						.createImage(display);
		images.put(key, decorated);
		return decorated;
	}

	/** Returns the area a watermark of {@code image} covers at the right edge of {@code area}. */
	public static Rectangle watermarkBounds(Image image, Rectangle area) {
		Rectangle bounds = image.getBounds();
		return new Rectangle(area.x + area.width - bounds.width - 8, area.y + 8, bounds.width, bounds.height);
	}

	private static ImageData read(URL location) {
		if (location == null) {
			return null;
		}
		try (InputStream in = location.openStream()) {
			return new ImageData(in);
		} catch (IOException | org.eclipse.swt.SWTException e) {
			ILog.of(StatusImages.class).warn("Cannot read the status image " + location + ": " + e.getMessage());
			return null;
		}
	}
}
