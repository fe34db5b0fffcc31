import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the status images of the SAINT workbench (130 x 180 pixels) and the
 * entity icons of the navigator (16 x 16 pixels) as PNG files.
 * <p>
 * The status images use light, saturated colours on a transparent
 * background, so that they still read when the card draws them at 40 %
 * opacity behind its fields. Run from the bundle folder:
 * {@code java tools/StatusImages.java images}
 */
public class StatusImages {

	private static final int WIDTH = 130;
	private static final int HEIGHT = 180;

	public static void main(String[] arguments) throws IOException {
		Path folder = Path.of(arguments.length > 0 ? arguments[0] : "images");
		Path status = Files.createDirectories(folder.resolve("status"));
		Path entity = Files.createDirectories(folder.resolve("entity"));

		write(status.resolve("cobweb.png"), WIDTH, HEIGHT, StatusImages::cobweb);
		write(status.resolve("dollar.png"), WIDTH, HEIGHT, StatusImages::dollar);
		write(status.resolve("lifebuoy.png"), WIDTH, HEIGHT, StatusImages::lifebuoy);
		write(status.resolve("warning.png"), WIDTH, HEIGHT, StatusImages::warning);
		write(status.resolve("sleeping.png"), WIDTH, HEIGHT, StatusImages::sleeping);

		write(entity.resolve("company.png"), 16, 16, StatusImages::companyIcon);
		write(entity.resolve("person.png"), 16, 16, StatusImages::personIcon);
		write(entity.resolve("project.png"), 16, 16, StatusImages::projectIcon);
	}

	private static void write(Path file, int width, int height, Consumer<Graphics2D> painter) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		painter.accept(g);
		g.dispose();
		ImageIO.write(image, "png", file.toFile());
		System.out.println("wrote " + file);
	}

	/** A web in the top right corner with a spider hanging from it, for neglected customers. */
	private static void cobweb(Graphics2D g) {
		Color thread = new Color(110, 120, 140);
		g.setColor(thread);
		g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		double cx = 128;
		double cy = 2;
		int spokes = 7;
		double[] angles = new double[spokes];
		for (int i = 0; i < spokes; i++) {
			angles[i] = Math.toRadians(90 + i * 90.0 / (spokes - 1));
			g.draw(new Line2D.Double(cx, cy, cx + 150 * Math.cos(angles[i]), cy + 150 * Math.sin(angles[i])));
		}
		g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (int ring = 1; ring <= 6; ring++) {
			double radius = ring * 20;
			Path2D.Double path = new Path2D.Double();
			for (int i = 0; i < spokes; i++) {
				double x = cx + radius * Math.cos(angles[i]);
				double y = cy + radius * Math.sin(angles[i]);
				if (i == 0) {
					path.moveTo(x, y);
				} else {
					// The threads sag towards the centre between two spokes.
					double mid = (angles[i - 1] + angles[i]) / 2;
					double sag = radius * 0.82;
					path.quadTo(cx + sag * Math.cos(mid), cy + sag * Math.sin(mid), x, y);
				}
			}
			g.draw(path);
		}
		g.setStroke(new BasicStroke(1.4f));
		g.draw(new Line2D.Double(40, 60, 40, 128));
		g.setColor(new Color(70, 70, 85));
		g.fill(new Ellipse2D.Double(32, 126, 16, 18));
		g.fill(new Ellipse2D.Double(35, 140, 10, 9));
		g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (int leg = 0; leg < 4; leg++) {
			double y = 129 + leg * 4;
			g.draw(new Line2D.Double(33, y, 22, y - 6 + leg * 4));
			g.draw(new Line2D.Double(47, y, 58, y - 6 + leg * 4));
		}
	}

	/** A green coin with a dollar sign, for overdue sales. */
	private static void dollar(Graphics2D g) {
		g.setColor(new Color(90, 185, 95));
		g.fill(new Ellipse2D.Double(8, 33, 114, 114));
		g.setColor(new Color(50, 140, 60));
		g.setStroke(new BasicStroke(5f));
		g.draw(new Ellipse2D.Double(14, 39, 102, 102));
		g.setColor(Color.WHITE);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 92));
		int width = g.getFontMetrics().stringWidth("$");
		g.drawString("$", 65 - width / 2, 122);
	}

	/** A red and white lifebuoy, for entities with many requests. */
	private static void lifebuoy(Graphics2D g) {
		double cx = 65;
		double cy = 90;
		double outer = 58;
		double inner = 30;
		for (int quarter = 0; quarter < 4; quarter++) {
			g.setColor(quarter % 2 == 0 ? new Color(230, 70, 60) : new Color(250, 250, 250));
			g.fill(new Arc2D.Double(cx - outer, cy - outer, 2 * outer, 2 * outer, 45 + quarter * 90, 90, Arc2D.PIE));
		}
		g.setComposite(java.awt.AlphaComposite.Clear);
		g.fill(new Ellipse2D.Double(cx - inner, cy - inner, 2 * inner, 2 * inner));
		g.setComposite(java.awt.AlphaComposite.SrcOver);
		g.setColor(new Color(150, 60, 50));
		g.setStroke(new BasicStroke(3f));
		g.draw(new Ellipse2D.Double(cx - outer, cy - outer, 2 * outer, 2 * outer));
		g.draw(new Ellipse2D.Double(cx - inner, cy - inner, 2 * inner, 2 * inner));
		g.setColor(new Color(200, 170, 120));
		g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Ellipse2D.Double(cx - (outer + inner) / 2, cy - (outer + inner) / 2, outer + inner, outer + inner));
	}

	/** A yellow warning triangle with an exclamation mark. */
	private static void warning(Graphics2D g) {
		Path2D.Double triangle = new Path2D.Double();
		triangle.moveTo(65, 30);
		triangle.lineTo(124, 140);
		triangle.lineTo(6, 140);
		triangle.closePath();
		g.setColor(new Color(250, 200, 40));
		g.fill(triangle);
		g.setColor(new Color(200, 130, 20));
		g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(triangle);
		g.setColor(new Color(90, 60, 20));
		g.fill(new RoundRectangle2D.Double(59, 62, 12, 48, 8, 8));
		g.fill(new Ellipse2D.Double(58, 116, 14, 14));
	}

	/** A sleeping face with closed eyes and rising Zs, for dormant customers. */
	private static void sleeping(Graphics2D g) {
		g.setColor(new Color(255, 215, 90));
		g.fill(new Ellipse2D.Double(8, 60, 110, 110));
		g.setColor(new Color(190, 140, 40));
		g.setStroke(new BasicStroke(3f));
		g.draw(new Ellipse2D.Double(8, 60, 110, 110));
		g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.setColor(new Color(110, 80, 30));
		g.draw(new Arc2D.Double(30, 95, 24, 16, 180, 180, Arc2D.OPEN));
		g.draw(new Arc2D.Double(72, 95, 24, 16, 180, 180, Arc2D.OPEN));
		g.draw(new Ellipse2D.Double(56, 132, 14, 10));
		g.setColor(new Color(90, 120, 200));
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
		g.drawString("Z", 84, 52);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
		g.drawString("z", 104, 30);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
		g.drawString("z", 118, 14);
	}

	private static void companyIcon(Graphics2D g) {
		g.setColor(new Color(70, 110, 170));
		g.fillRect(2, 3, 8, 12);
		g.fillRect(10, 7, 5, 8);
		g.setColor(Color.WHITE);
		for (int row = 0; row < 3; row++) {
			g.fillRect(4, 5 + row * 3, 1, 1);
			g.fillRect(7, 5 + row * 3, 1, 1);
		}
	}

	private static void personIcon(Graphics2D g) {
		g.setColor(new Color(60, 140, 90));
		g.fill(new Ellipse2D.Double(5, 1, 6, 6));
		g.fill(new Arc2D.Double(2, 8, 12, 14, 0, 180, Arc2D.CHORD));
	}

	private static void projectIcon(Graphics2D g) {
		g.setColor(new Color(170, 110, 50));
		g.fillRect(1, 5, 14, 9);
		g.fillRect(5, 2, 6, 3);
		g.setColor(Color.WHITE);
		g.fillRect(6, 3, 4, 2);
		g.fillRect(1, 8, 14, 1);
	}
}
