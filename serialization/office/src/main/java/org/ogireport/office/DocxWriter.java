package org.ogireport.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ogireport.core.AnnualReport;
import org.ogireport.render.FormCell;
import org.ogireport.render.FormGrid;
import org.ogireport.render.ReportOutline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes a report as a Word document (.docx) an office can publish as it is: the title, the six
 * sections with their official headings, the section texts, the three tables with the
 * official form's merged cells, and the date of publication when the report has one (right
 * aligned after 六, as {@code 2023年1月30日}), on A4 portrait pages.
 *
 * <pre>{@code
 * byte[] docx = DocxWriter.standard().write(report);
 * Files.write(Path.of("report.docx"), docx);
 * }</pre>
 *
 * <p>The parts come in the order of every rendering ({@link ReportOutline}); the tables are
 * the {@link FormGrid}s the HTML rendering draws, with the same labels and
 * spans: a {@code rowspan} becomes a vertical merge ({@code w:vMerge}), a {@code colspan} a
 * {@code w:gridSpan}. Cells print as the report has them: a number right-aligned, a blank cell
 * empty, a marker {@code /}. Header rows repeat on each page a table runs over, and no row is
 * split between pages. The footer prints the page number between dashes ({@code — 3 —}).
 *
 * <p>Fonts follow the layout of official documents (GB/T 9704): the body in 仿宋, headings in
 * 黑体, the title and the tables in 宋体, each named with its Latin name, its GB2312 character set
 * and its PANOSE class in the document's font table, so that Word or LibreOffice without the
 * font substitutes a Chinese font of the same kind.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocxWriter {

  private static final DocxWriter STANDARD = new DocxWriter();

  /** A4 portrait, in twentieths of a point. */
  private static final int PAGE_WIDTH = 11906;
  private static final int PAGE_HEIGHT = 16838;
  /** GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
  private static final int MARGIN_TOP = 2098;
  private static final int MARGIN_BOTTOM = 1984;
  private static final int MARGIN_LEFT = 1588;
  private static final int MARGIN_RIGHT = 1474;
  private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  /** The space between a table cell's border and its text, left and right. */
  private static final int CELL_MARGIN = 40;
  /** Table borders: single lines of half a point, black. */
  private static final int BORDER = 4;
  private static final String BLACK = "000000";

  private static final int TITLE_SIZE = 22;
  private static final int HEADING_SIZE = 16;
  private static final int BODY_SIZE = 16;
  private static final int TABLE_SIZE = 10;
  private static final int PAGE_NUMBER_SIZE = 14;
  /** Exact line spacing of the body (28 pt), first-line indent of two characters. */
  private static final int BODY_LINE = 560;
  private static final int BODY_INDENT = 2 * BODY_SIZE * 20;

  private DocxWriter() {}

  /**
   * The writer with the layout described above.
   *
   * @return the writer, shared
   */
  public static DocxWriter standard() {
    return STANDARD;
  }

  /**
   * The report as the bytes of a .docx file.
   *
   * @param report the report, not null
   * @return the document, a zip archive of a few kilobytes
   */
  public byte[] write(AnnualReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }

  /**
   * Writes the report as a .docx file to a stream, which stays open.
   *
   * @param report the report, not null
   * @param out where the document goes, not null
   * @throws IOException when the stream cannot be written
   */
  public void write(AnnualReport report, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    try (XWPFDocument doc = new XWPFDocument()) {
      ReportOutline.walk(report, new ReportOutline.Visitor() {
        @Override
        public void title(String title) {
          setUp(doc, title);
          DocxWriter.paragraph(doc, title, Font.TITLE, TITLE_SIZE, ParagraphAlignment.CENTER, 0);
        }

        @Override
        public void heading(String heading) {
          DocxWriter.paragraph(doc, heading, Font.HEADING, HEADING_SIZE, ParagraphAlignment.LEFT,
              BODY_INDENT);
        }

        @Override
        public void paragraph(String text) {
          DocxWriter.paragraph(doc, text, Font.BODY, BODY_SIZE, ParagraphAlignment.BOTH,
              BODY_INDENT);
        }

        @Override
        public void table(FormGrid grid) {
          DocxWriter.table(doc, grid);
        }
      });
      report.getPublishedOn().ifPresent(date -> paragraph(doc,
          date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日",
          Font.BODY, BODY_SIZE, ParagraphAlignment.RIGHT, 0));
      pageNumbers(doc);
      pageSetup(doc);
      doc.write(out);
    }
  }

  private static void paragraph(
      XWPFDocument doc, String text, Font font, int size, ParagraphAlignment alignment,
      int indent) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(alignment);
    p.setSpacingBetween(BODY_LINE / 20.0, LineSpacingRule.EXACT);
    if (indent > 0) {
      p.setIndentationFirstLine(indent);
    }
    run(p, text, font, size);
  }

  private static void run(XWPFParagraph p, String text, Font font, int size) {
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setFontFamily(font.chinese, XWPFRun.FontCharRange.eastAsia);
    run.setFontFamily(Font.LATIN, XWPFRun.FontCharRange.ascii);
    run.setFontFamily(Font.LATIN, XWPFRun.FontCharRange.hAnsi);
    run.setFontSize(size);
  }

  // ---- tables ----

  private static void table(XWPFDocument doc, FormGrid grid) {
    XWPFTable table = doc.createTable();
    CTTblPr pr = table.getCTTbl().getTblPr();
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    pr.addNewJc().setVal(STJcTable.CENTER);
    CTTblCellMar margins = pr.addNewTblCellMar();
    margins.addNewLeft().setW(BigInteger.valueOf(CELL_MARGIN));
    margins.getLeft().setType(STTblWidth.DXA);
    margins.addNewRight().setW(BigInteger.valueOf(CELL_MARGIN));
    margins.getRight().setType(STTblWidth.DXA);
    XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
    table.setTopBorder(single, BORDER, 0, BLACK);
    table.setBottomBorder(single, BORDER, 0, BLACK);
    table.setLeftBorder(single, BORDER, 0, BLACK);
    table.setRightBorder(single, BORDER, 0, BLACK);
    table.setInsideHBorder(single, BORDER, 0, BLACK);
    table.setInsideVBorder(single, BORDER, 0, BLACK);
    int[] widths = ColumnWidths.of(grid, TEXT_WIDTH);
    table.setWidth(sum(widths, 0, widths.length));
    CTTblGrid tblGrid = table.getCTTbl().getTblGrid() == null
        ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    while (tblGrid.sizeOfGridColArray() > 0) {
      tblGrid.removeGridCol(0);
    }
    for (int w : widths) {
      tblGrid.addNewGridCol().setW(BigInteger.valueOf(w));
    }

    FormCell[][] matrix = grid.toMatrix();
    boolean leading = true;
    for (int r = 0; r < matrix.length; r++) {
      XWPFTableRow row = table.insertNewTableRow(r + 1);
      row.setCantSplitRow(true);
      boolean header = true;
      for (int c = 0; c < grid.getWidth(); ) {
        FormCell cell = matrix[r][c];
        header &= cell.role() == FormCell.Role.HEADER;
        boolean below = r > 0 && matrix[r - 1][c] == cell;
        XWPFTableCell tc = row.addNewTableCell();
        CTTcPr tcPr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
        tcPr.addNewTcW().setW(BigInteger.valueOf(sum(widths, c, c + cell.colSpan())));
        tcPr.getTcW().setType(STTblWidth.DXA);
        if (cell.colSpan() > 1) {
          tcPr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
        }
        if (cell.rowSpan() > 1) {
          tcPr.addNewVMerge().setVal(below ? STMerge.CONTINUE : STMerge.RESTART);
        }
        tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);
        XWPFParagraph p = tc.getParagraphs().get(0);
        p.setAlignment(alignment(cell.role()));
        p.setSpacingAfter(0);
        if (!below && !cell.text().isEmpty()) {
          run(p, cell.text(), Font.TABLE, TABLE_SIZE);
        }
        c += cell.colSpan();
      }
      // the rows of headers the table starts with repeat on each page it runs over
      leading &= header;
      if (leading) {
        row.setRepeatHeader(true);
      }
    }
    table.removeRow(0);
  }

  private static ParagraphAlignment alignment(FormCell.Role role) {
    return switch (role) {
      case HEADER -> ParagraphAlignment.CENTER;
      case LABEL -> ParagraphAlignment.LEFT;
      case DATA -> ParagraphAlignment.RIGHT;
    };
  }

  private static int sum(int[] widths, int from, int to) {
    int s = 0;
    for (int i = from; i < to; i++) {
      s += widths[i];
    }
    return s;
  }

  // ---- document ----

  private static void setUp(XWPFDocument doc, String title) {
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(Font.LATIN);
    fonts.setHAnsi(Font.LATIN);
    fonts.setEastAsia(Font.BODY.chinese);
    doc.createStyles().setDefaultFonts(fonts);
    doc.getStyles().setEastAsia("zh-CN");
    doc.getProperties().getCoreProperties().setTitle(title);
    doc.getProperties().getCoreProperties().setCreator("ogi-report");
    try {
      PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
      PackagePart part = doc.getPackage().createPart(name,
          "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
      try (OutputStream out = part.getOutputStream()) {
        out.write(Font.table().getBytes(StandardCharsets.UTF_8));
      }
      doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
    } catch (InvalidFormatException | IOException e) {
      throw new IllegalStateException("cannot add the font table", e);
    }
  }

  /** The page number centred in the footer between dashes, as official documents print it. */
  private static void pageNumbers(XWPFDocument doc) {
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p = footer.getParagraphs().isEmpty()
        ? footer.createParagraph() : footer.getParagraphs().get(0);
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, "— ", Font.TABLE, PAGE_NUMBER_SIZE);
    CTSimpleField page = p.getCTP().addNewFldSimple();
    page.setInstr("PAGE");
    XWPFRun number = new XWPFRun(page.addNewR(), p);
    number.setText("1");
    number.setFontSize(PAGE_NUMBER_SIZE);
    run(p, " —", Font.TABLE, PAGE_NUMBER_SIZE);
  }

  private static void pageSetup(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar margins = sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN_TOP));
    margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    margins.setHeader(BigInteger.valueOf(851));
    margins.setFooter(BigInteger.valueOf(992));
  }

  /** The fonts of the document, each with what a word processor needs to substitute it. */
  private enum Font {
    TITLE("宋体", "SimSun", "02010600030101010101", "auto"),
    HEADING("黑体", "SimHei", "02010609060101010101", "modern"),
    BODY("仿宋", "FangSong", "02010609060101010101", "modern"),
    TABLE("宋体", "SimSun", "02010600030101010101", "auto");

    static final String LATIN = "Times New Roman";

    final String chinese;
    final String latinName;
    final String panose;
    final String family;

    Font(String chinese, String latinName, String panose, String family) {
      this.chinese = chinese;
      this.latinName = latinName;
      this.panose = panose;
      this.family = family;
    }

    /** The font table: each Chinese font once, with its alternative name and GB2312 charset. */
    static String table() {
      StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" "
          + "standalone=\"yes\"?>\n<w:fonts xmlns:w=\""
          + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
      Set<String> seen = new HashSet<>();
      for (Font f : values()) {
        if (seen.add(f.chinese)) {
          xml.append("<w:font w:name=\"").append(f.chinese).append("\"><w:altName w:val=\"")
              .append(f.latinName).append("\"/><w:panose1 w:val=\"").append(f.panose)
              .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"").append(f.family)
              .append("\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
      }
      xml.append("<w:font w:name=\"").append(LATIN).append("\"><w:panose1 w:val=\""
          + "02020603050405020304\"/><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>"
          + "<w:pitch w:val=\"variable\"/></w:font></w:fonts>");
      return xml.toString();
    }
  }
}
