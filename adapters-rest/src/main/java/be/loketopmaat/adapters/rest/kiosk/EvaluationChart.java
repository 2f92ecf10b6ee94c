package be.loketopmaat.adapters.rest.kiosk;

import be.loketopmaat.domain.kiosk.KioskEvaluation;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The month's kiosk evaluation as a PNG, drawn with Java2D (JFreeChart does not resolve offline
 * here): a horizontal bar per site, its sessions, blue when the site is kept and orange when it is
 * to be retired, with the city's keep threshold as a dashed red line across. Headless: it draws on
 * an in-memory image only ({@code java.awt.headless=true} on the service).
 */
final class EvaluationChart {
  static final int WIDTH = 1200;
  static final Color KEEP = new Color(0x1f, 0x5f, 0xa8);
  static final Color RETIRE = new Color(0xd9, 0x66, 0x1f);
  static final Color THRESHOLD = new Color(0xc0, 0x10, 0x10);
  static final int TOP = 110;
  static final int ROW = 30;
  private static final int BOTTOM = 70;
  private static final int LABELS = 300;
  private static final int RIGHT = 140;

  private EvaluationChart() {}

  /** The chart's height for this many sites. */
  static int height(int sites) {
    return TOP + Math.max(sites, 1) * ROW + BOTTOM;
  }

  static byte[] png(YearMonth month, List<KioskEvaluation.SiteMonth> sites, long threshold) {
    int height = height(sites.size());
    BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, height);
      draw(g, month, sites, threshold, height);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void draw(
      Graphics2D g,
      YearMonth month,
      List<KioskEvaluation.SiteMonth> sites,
      long threshold,
      int height) {
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
    g.drawString("Kiosk sessions per site, " + month, 20, 36);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    legend(g, threshold);
    long most = threshold;
    for (KioskEvaluation.SiteMonth site : sites) {
      most = Math.max(most, site.sessions());
    }
    long step = step(most);
    long axis = Math.max(step, (most + step - 1) / step * step);
    int left = LABELS;
    int right = WIDTH - RIGHT;
    int bottom = height - BOTTOM;
    double perSession = (right - left) / (double) axis;
    FontMetrics metrics = g.getFontMetrics();
    g.setColor(new Color(0xdd, 0xdd, 0xdd));
    for (long tick = 0; tick <= axis; tick += step) {
      int x = left + (int) Math.round(tick * perSession);
      g.drawLine(x, TOP - 8, x, bottom);
    }
    g.setColor(Color.DARK_GRAY);
    for (long tick = 0; tick <= axis; tick += step) {
      int x = left + (int) Math.round(tick * perSession);
      String label = Long.toString(tick);
      g.drawString(label, x - metrics.stringWidth(label) / 2, bottom + 20);
    }
    g.drawString("sessions in the month", left, bottom + 44);
    if (sites.isEmpty()) {
      g.drawString("No kiosk sites.", left + 10, TOP + 20);
    }
    for (int i = 0; i < sites.size(); i++) {
      KioskEvaluation.SiteMonth site = sites.get(i);
      int y = TOP + i * ROW;
      g.setColor(Color.BLACK);
      String name = fit(metrics, site.site().value(), LABELS - 30);
      g.drawString(name, LABELS - 12 - metrics.stringWidth(name), y + ROW / 2 + 5);
      int length = (int) Math.round(site.sessions() * perSession);
      g.setColor(site.recommendation() == KioskEvaluation.Recommendation.KEEP ? KEEP : RETIRE);
      g.fillRect(left, y + 4, Math.max(length, site.sessions() > 0 ? 2 : 0), ROW - 8);
      g.setColor(Color.BLACK);
      g.drawString(
          site.sessions() + String.format(Locale.ROOT, " (%.0f%%)", site.share() * 100),
          left + length + 8,
          y + ROW / 2 + 5);
    }
    int x = left + (int) Math.round(threshold * perSession);
    g.setColor(THRESHOLD);
    g.setStroke(
        new BasicStroke(
            3, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {10, 6}, 0));
    g.drawLine(x, TOP - 8, x, bottom);
    g.setStroke(new BasicStroke(1));
    g.setColor(Color.DARK_GRAY);
    g.drawLine(left, bottom, right, bottom);
  }

  private static void legend(Graphics2D g, long threshold) {
    int y = 62;
    g.setColor(KEEP);
    g.fillRect(20, y, 18, 18);
    g.setColor(Color.BLACK);
    g.drawString("keep", 44, y + 15);
    g.setColor(RETIRE);
    g.fillRect(110, y, 18, 18);
    g.setColor(Color.BLACK);
    g.drawString("retire", 134, y + 15);
    g.setColor(THRESHOLD);
    g.setStroke(new BasicStroke(3));
    g.drawLine(210, y + 9, 240, y + 9);
    g.setStroke(new BasicStroke(1));
    g.setColor(Color.BLACK);
    g.drawString("keep threshold: " + threshold + " sessions a month", 248, y + 15);
  }

  /** A round step for the axis: 1, 2 or 5 times a power of ten, some five to ten ticks. */
  static long step(long most) {
    long step = 1;
    while (most / step > 10) {
      if (most / (step * 2) <= 10) {
        return step * 2;
      }
      if (most / (step * 5) <= 10) {
        return step * 5;
      }
      step *= 10;
    }
    return step;
  }

  private static String fit(FontMetrics metrics, String text, int width) {
    if (metrics.stringWidth(text) <= width) {
      return text;
    }
    String cut = text;
    while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + "…";
  }
}
