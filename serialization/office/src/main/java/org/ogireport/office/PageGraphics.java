package org.ogireport.office;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The horizontal and vertical lines drawn on a page, as table borders are drawn: stroked line
 * segments and rectangles, and thin filled rectangles (how browsers paint a border). Larger
 * filled areas (cell shading) are not lines. Also counts the images painted, to tell a scan.
 * Coordinates in points from the top left of the page.
 */
final class PageGraphics extends PDFGraphicsStreamEngine {

  /** A line across or down the page. */
  record Ruling(boolean horizontal, float position, float from, float to) {}

  /** The thickest filled rectangle still taken for a line, in points. */
  private static final float THIN = 3f;
  /** How far from straight a segment may be, in points. */
  private static final float STRAIGHT = 0.6f;
  /**
   * The most lines kept for a page; past it the page is taken to hold a drawing, not tables,
   * and no lines are kept (a table of the report has a few hundred).
   */
  static final int MAX_RULINGS = 20_000;
  /** The most points of one path; a longer one is no table border. */
  private static final int MAX_PATH = 100_000;

  private final float left;
  private final float top;
  private final Limits.Deadline deadline;
  private int operations;
  private boolean overflow;
  private final List<Ruling> rulings = new ArrayList<>();
  private final List<List<Point2D.Float>> path = new ArrayList<>();
  private Point2D.Float current = new Point2D.Float();
  private int images;

  PageGraphics(PDPage page, PDRectangle box, Limits.Deadline deadline) {
    super(page);
    this.left = box.getLowerLeftX();
    this.top = box.getUpperRightY();
    this.deadline = deadline;
  }

  /** The lines drawn; none when the page draws more than {@link #MAX_RULINGS}. */
  List<Ruling> rulings() {
    return overflow ? List.of() : rulings;
  }

  /** Checks the clock now and then, and bounds the path being built. */
  private void step() {
    if (++operations % 4096 == 0) {
      deadline.check();
    }
    if (operations % 1024 == 0 && path.stream().mapToInt(List::size).sum() > MAX_PATH) {
      path.clear();
    }
  }

  private void addRuling(Ruling r) {
    if (rulings.size() >= MAX_RULINGS) {
      overflow = true;
      return;
    }
    rulings.add(r);
  }

  /** The number of images painted. */
  int images() {
    return images;
  }

  private Point2D.Float toPage(double x, double y) {
    return new Point2D.Float((float) x - left, top - (float) y);
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    step();
    List<Point2D.Float> sub = new ArrayList<>();
    for (Point2D p : new Point2D[] {p0, p1, p2, p3, p0}) {
      sub.add(toPage(p.getX(), p.getY()));
    }
    path.add(sub);
    current = sub.get(0);
  }

  @Override
  public void drawImage(PDImage pdImage) {
    images++;
  }

  @Override
  public void clip(int windingRule) {
    // the clip path is ended by endPath, which clears it
  }

  @Override
  public void moveTo(float x, float y) {
    step();
    current = toPage(x, y);
    List<Point2D.Float> sub = new ArrayList<>();
    sub.add(current);
    path.add(sub);
  }

  @Override
  public void lineTo(float x, float y) {
    step();
    Point2D.Float p = toPage(x, y);
    if (path.isEmpty()) {
      List<Point2D.Float> sub = new ArrayList<>();
      sub.add(current);
      path.add(sub);
    }
    path.get(path.size() - 1).add(p);
    current = p;
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    // a curve is no border: start a new subpath at its end
    moveTo(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return new Point2D.Float(current.x + left, top - current.y);
  }

  @Override
  public void closePath() {
    if (!path.isEmpty()) {
      List<Point2D.Float> sub = path.get(path.size() - 1);
      if (!sub.isEmpty()) {
        sub.add(sub.get(0));
      }
    }
  }

  @Override
  public void endPath() {
    path.clear();
  }

  @Override
  public void strokePath() {
    for (List<Point2D.Float> sub : path) {
      for (int i = 1; i < sub.size(); i++) {
        segment(sub.get(i - 1), sub.get(i));
      }
    }
    path.clear();
  }

  @Override
  public void fillPath(int windingRule) {
    for (List<Point2D.Float> sub : path) {
      filled(sub);
    }
    path.clear();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    List<List<Point2D.Float>> copy = new ArrayList<>(path);
    fillPath(windingRule);
    path.addAll(copy);
    strokePath();
  }

  /**
   * Draws nothing for a glyph of a Type 3 font: its procedure paints the glyph's shape (Chromium
   * writes CJK text that way), which is text, not a line, and costly to walk.
   */
  @Override
  protected void showType3Glyph(Matrix textRenderingMatrix, PDType3Font font, int code,
      Vector displacement) {
    // not a border
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // shading is no line
  }

  private void segment(Point2D.Float a, Point2D.Float b) {
    if (Math.abs(a.y - b.y) <= STRAIGHT && Math.abs(a.x - b.x) > STRAIGHT) {
      addRuling(new Ruling(true, (a.y + b.y) / 2, Math.min(a.x, b.x), Math.max(a.x, b.x)));
    } else if (Math.abs(a.x - b.x) <= STRAIGHT && Math.abs(a.y - b.y) > STRAIGHT) {
      addRuling(new Ruling(false, (a.x + b.x) / 2, Math.min(a.y, b.y), Math.max(a.y, b.y)));
    }
  }

  /** A filled axis-aligned rectangle that is thin in one direction is a line. */
  private void filled(List<Point2D.Float> sub) {
    if (sub.size() < 4) {
      return;
    }
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;
    for (Point2D.Float p : sub) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
    for (int i = 1; i < sub.size(); i++) {
      Point2D.Float a = sub.get(i - 1);
      Point2D.Float b = sub.get(i);
      if (Math.abs(a.x - b.x) > STRAIGHT && Math.abs(a.y - b.y) > STRAIGHT) {
        return; // not axis-aligned
      }
    }
    float w = maxX - minX;
    float h = maxY - minY;
    if (h <= THIN && w > h) {
      addRuling(new Ruling(true, (minY + maxY) / 2, minX, maxX));
    } else if (w <= THIN && h > w) {
      addRuling(new Ruling(false, (minX + maxX) / 2, minY, maxY));
    }
  }
}
