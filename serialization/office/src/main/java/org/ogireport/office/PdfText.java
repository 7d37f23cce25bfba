package org.ogireport.office;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.ogireport.core.ReportFormatException;

/**
 * Reads a PDF's text layer into {@link HtmlBlocks} with PDFBox: the characters with their
 * positions, and the lines drawn on each page ({@link PageGraphics}). Tables are rebuilt from
 * the drawn lines ({@link PdfTables}): each cell is the region the lines enclose, so a cell that
 * holds no character is a blank cell, and a region without a line between two neighbours is one
 * merged cell. Tables printed without lines are rebuilt from where their numbers stand
 * ({@link PdfStreamTables}). The other text becomes lines (characters on one baseline), joined
 * into paragraphs where a line runs to the right margin and the next continues it.
 *
 * <p>Page headers and footers are dropped: page numbers in the top or bottom band of a page,
 * and lines printed at the same place on most pages. A table that ends a page and one that
 * starts the next with the same columns are joined, without the header rows printed again.
 *
 * <p>A PDF that opens only with a password, is truncated or damaged, or holds no text (a scan)
 * gives a {@link ReportFormatException} saying so.
 */
final class PdfText {

  /** The scratch memory PDFBox may use for one document beyond its bytes. */
  private static final long SCRATCH_BYTES = 256L * 1024 * 1024;
  private static final int EOF_WITHIN = 2048;

  private PdfText() {}

  /**
   * The PDF as HTML for the importer.
   *
   * @throws ReportFormatException when the PDF cannot be read, holds no text, or breaks a limit
   */
  static String html(byte[] pdf, String source, Limits limits, Limits.Deadline deadline) {
    if (!endsWithEof(pdf)) {
      throw new ReportFormatException(source,
          "truncated PDF: the file does not end with %%EOF");
    }
    try (PDDocument doc = Loader.loadPDF(pdf, "", null, null,
        MemoryUsageSetting.setupMainMemoryOnly(SCRATCH_BYTES).streamCache)) {
      int pages = doc.getNumberOfPages();
      if (pages > limits.maxPages()) {
        throw new ReportFormatException(source,
            "too many pages: " + pages + ", the limit is " + limits.maxPages());
      }
      List<PdfPage> read = new ArrayList<>(pages);
      Collector collector = new Collector(read, deadline, limits.maxCharacters(), source);
      collector.setSortByPosition(false);
      collector.setShouldSeparateByBeads(false);
      collector.writeText(doc, Writer.nullWriter());
      int characters = 0;
      int images = 0;
      for (PdfPage page : read) {
        characters += page.glyphs().size();
        images += page.graphics().images();
      }
      if (characters == 0) {
        throw new ReportFormatException(source, images > 0
            ? "no text layer: the PDF's pages are images (a scan?); text in images is not"
                + " read (no OCR)"
            : "no text: the PDF's pages hold no characters");
      }
      HtmlBlocks html = new HtmlBlocks(source, limits.maxCharacters());
      PdfLayout.write(read, html);
      return html.toHtml();
    } catch (InvalidPasswordException e) {
      throw Errors.of(source,
          "encrypted PDF: it needs a password to open; save an unprotected copy", e);
    } catch (IOException e) {
      throw Errors.of(source,
          "not a readable PDF: " + Errors.oneLine(e), e);
    } catch (ReportFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      throw Errors.of(source,
          "not a readable PDF: " + Errors.oneLine(e), e);
    }
  }

  /** Whether {@code %%EOF} stands among the last bytes of the file. */
  private static boolean endsWithEof(byte[] pdf) {
    int from = Math.max(0, pdf.length - EOF_WITHIN);
    String tail = new String(pdf, from, pdf.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF");
  }

  /** A character where it is printed, in points from the top left of its page. */
  record Glyph(String text, float x, float baseline, float width, float height) {

    float right() {
      return x + width;
    }

    float centerX() {
      return x + width / 2;
    }

    float centerY() {
      return baseline - height / 2;
    }
  }

  /** One page: its size, its characters, and what is drawn on it. */
  record PdfPage(float width, float height, List<Glyph> glyphs, PageGraphics graphics) {}

  /** Collects each page's characters (PDFBox drops overlapping duplicates) and graphics. */
  private static final class Collector extends PDFTextStripper {

    private final List<PdfPage> pages;
    private final Limits.Deadline deadline;
    private final int maxCharacters;
    private final String source;
    private int characters;

    Collector(List<PdfPage> pages, Limits.Deadline deadline, int maxCharacters, String source) {
      this.pages = pages;
      this.deadline = deadline;
      this.maxCharacters = maxCharacters;
      this.source = source;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      if (++characters % 4096 == 0) {
        deadline.check();
      }
      if (characters > maxCharacters) {
        throw new ReportFormatException(source,
            "too much text: over " + maxCharacters + " characters");
      }
      super.processTextPosition(text);
    }

    @Override
    protected void writePage() throws IOException {
      deadline.check();
      PDPage page = getCurrentPage();
      PDRectangle box = page.getCropBox();
      List<Glyph> glyphs = new ArrayList<>();
      for (List<TextPosition> article : getCharactersByArticle()) {
        for (TextPosition t : article) {
          String s = t.getUnicode();
          if (s == null || s.isBlank()) {
            continue;
          }
          float height = Math.max(t.getHeightDir(), t.getFontSizeInPt() * 0.7f);
          glyphs.add(new Glyph(s, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), height));
        }
      }
      PageGraphics graphics = new PageGraphics(page, box, deadline);
      graphics.processPage(page);
      pages.add(new PdfPage(box.getWidth(), box.getHeight(), glyphs, graphics));
    }
  }
}
