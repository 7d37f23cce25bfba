package org.ogireport.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.ogireport.core.ReportFormatException;

/**
 * Reads the main part of a .docx into {@link HtmlBlocks}: paragraphs, and tables as real cells
 * (a blank cell stays a blank cell) with Word's merges turned into spans ({@code w:gridSpan},
 * {@code w:vMerge}, the older {@code w:hMerge}, rows indented by {@code w:gridBefore}).
 *
 * <p>Tracked changes are read as accepted: inserted text is read, deleted text is not. Field
 * codes are not read, their results are. Text boxes are read after the paragraph that anchors
 * them, once (the fallback copy Word keeps for old readers is skipped). A table whose cells hold
 * tables only lays out the page, and its cells are read as paragraphs and tables in order.
 * Headers, footers, footnotes and comments are not read.
 *
 * <p>Apache POI opens the package (content types, relationships, the main part wherever it is);
 * the part itself is streamed with the JDK's StAX parser, DTDs and external entities off, so
 * that nesting depth and text size stay bounded.
 */
final class DocxText {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  /**
   * WordprocessingML elements whose content is never text of the document: deleted and moved-away
   * text, field codes, properties, references, and the phonetic guide over ruby text.
   */
  private static final Set<String> SKIPPED = Set.of(
      "del", "moveFrom", "delText", "instrText", "pPr", "rPr", "sectPr", "tblPr",
      "tblGrid", "footnoteReference", "endnoteReference", "commentReference", "sym",
      "fldData", "tblPrEx", "rt");
  private static final int MAX_ENTRIES = 10_000;
  /** The most paragraphs and table cells read: a report has a few thousand. */
  static final int MAX_PARTS = 200_000;
  private static final int CLOCK_EVERY = 4096;

  private final String source;
  private final Limits limits;
  private final Limits.Deadline deadline;

  private DocxText(String source, Limits limits, Limits.Deadline deadline) {
    this.source = source;
    this.limits = limits;
    this.deadline = deadline;
  }

  /**
   * The document as HTML for the importer.
   *
   * @throws ReportFormatException when the file is no readable Word document or breaks a limit
   */
  static String html(byte[] docx, String source, Limits limits, Limits.Deadline deadline) {
    DocxText reader = new DocxText(source, limits, deadline);
    reader.checkArchive(docx);
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
      PackagePart main = reader.mainPart(pkg);
      List<Block> blocks;
      try (InputStream in = main.getInputStream()) {
        blocks = reader.read(in);
      }
      HtmlBlocks html = new HtmlBlocks(source, limits.maxCharacters());
      write(blocks, html);
      return html.toHtml();
    } catch (InvalidFormatException e) {
      throw Errors.of(source, "not a readable .docx: " + Errors.oneLine(e), e);
    } catch (IOException e) {
      throw Errors.of(source, "not a readable .docx: " + Errors.oneLine(e), e);
    } catch (XMLStreamException e) {
      throw new ReportFormatException(source, e.getLocation() == null ? 0
          : e.getLocation().getLineNumber(), e.getLocation() == null ? 0
          : e.getLocation().getColumnNumber(), null, "damaged document.xml: " + reason(e), e);
    } catch (ReportFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      // POI's own unchecked exceptions (POIXMLException, RecordFormatException, ...)
      throw Errors.of(source, "not a readable .docx: " + Errors.oneLine(e), e);
    }
  }

  /** What the StAX parser says is wrong, without the position it prints before it. */
  private static String reason(XMLStreamException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int at = m.indexOf("Message: ");
    return at >= 0 ? Errors.oneLine(new XMLStreamException(m.substring(at + 9)))
        : Errors.oneLine(e);
  }

  // ---- the package ----

  /**
   * Walks the zip archive once before POI reads it into memory: the archive must be complete
   * (its central directory at the end) and unpack to no more than the limit.
   */
  private void checkArchive(byte[] docx) {
    if (!hasEndOfCentralDirectory(docx)) {
      throw new ReportFormatException(source,
          "truncated or damaged .docx: the zip archive has no central directory at its end");
    }
    long unpacked = 0;
    int entries = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw new ReportFormatException(source,
              "not a .docx: the zip archive holds over " + MAX_ENTRIES + " entries");
        }
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          unpacked += n;
          if (unpacked > limits.maxUnpackedBytes()) {
            throw new ReportFormatException(source, "the .docx unpacks to over "
                + limits.maxUnpackedBytes() + " bytes (a zip bomb?), the limit");
          }
        }
        deadline.check();
      }
    } catch (ZipException | java.io.EOFException e) {
      throw Errors.of(source,
          "truncated or damaged .docx: " + Errors.oneLine(e), e);
    } catch (IOException e) {
      throw Errors.of(source, "cannot read the .docx: " + Errors.oneLine(e), e);
    }
  }

  /** Whether the last 64 KiB hold the signature of a zip archive's end record. */
  static boolean hasEndOfCentralDirectory(byte[] b) {
    for (int i = b.length - 22; i >= 0 && i >= b.length - 65_557; i--) {
      if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
        return true;
      }
    }
    return false;
  }

  private PackagePart mainPart(OPCPackage pkg) throws InvalidFormatException {
    for (String type : List.of(
        PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
      PackageRelationshipCollection rels = pkg.getRelationshipsByType(type);
      if (rels.size() > 0) {
        PackageRelationship rel = rels.getRelationship(0);
        PackagePart part = pkg.getPart(rel);
        if (part == null) {
          break;
        }
        String contentType = part.getContentType();
        if (!contentType.contains("wordprocessingml") && !contentType.contains("ms-word")) {
          throw new ReportFormatException(source, "not a Word document: the package's main part"
              + " is " + contentType + " (a spreadsheet or a presentation?)");
        }
        return part;
      }
    }
    throw new ReportFormatException(source,
        "not a Word document: a zip archive without word/document.xml");
  }

  // ---- the main part ----

  /** A paragraph or a table of the document. */
  private sealed interface Block permits Para, Tbl {}

  /** A paragraph's text; {@code \n} where Word breaks the line. */
  private record Para(String text) implements Block {}

  /** A table's rows, each listing its cells; {@code gridBefore} of each row. */
  private record Tbl(List<List<Tc>> rows, List<Integer> gridBefore) implements Block {}

  private enum Merge { NONE, RESTART, CONTINUE }

  /** A table cell as Word writes it, before merges are turned into spans. */
  private static final class Tc {
    int gridSpan = 1;
    Merge vMerge = Merge.NONE;
    boolean hMergeContinue;
    final List<Block> content = new ArrayList<>();
  }

  /** A paragraph being read, with the blocks of its text boxes. */
  private static final class ParaBuilder {
    final StringBuilder text = new StringBuilder();
    final List<Block> textBoxes = new ArrayList<>();
  }

  private List<Block> read(InputStream in) throws XMLStreamException {
    // a factory per read: the JDK does not promise that one is safe to share between threads
    XMLStreamReader xml = xmlFactory(limits.maxDepth()).createXMLStreamReader(in);
    try {
      return walk(xml);
    } finally {
      xml.close();
    }
  }

  private List<Block> walk(XMLStreamReader xml) throws XMLStreamException {
    List<Block> body = new ArrayList<>();
    Deque<List<Block>> containers = new ArrayDeque<>();
    containers.push(body);
    Deque<ParaBuilder> paragraphs = new ArrayDeque<>();
    Deque<Tbl> tables = new ArrayDeque<>();
    Deque<Tc> cells = new ArrayDeque<>();
    /* the depths of the mc:AlternateContent elements whose first choice has been read */
    Map<Integer, Boolean> alternates = new HashMap<>();
    int depth = 0;
    int events = 0;
    int parts = 0;
    boolean inText = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (++events % CLOCK_EVERY == 0) {
        deadline.check();
      }
      if (event == XMLStreamConstants.DTD) {
        throw new ReportFormatException(source, xml.getLocation().getLineNumber(),
            xml.getLocation().getColumnNumber(), null,
            "document.xml declares a DTD, which no Word document does: not read", null);
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        checkDepth(depth, xml);
        String ns = xml.getNamespaceURI();
        String name = xml.getLocalName();
        if (MC.equals(ns)) {
          if (name.equals("AlternateContent")) {
            alternates.put(depth, false);
          } else if (name.equals("Choice") && !alternates.getOrDefault(depth - 1, true)) {
            alternates.put(depth - 1, true);
          } else {
            depth = skip(xml, depth); // Fallback, or a second Choice
          }
          continue;
        }
        if (!W.equals(ns) && !W_STRICT.equals(ns)) {
          continue; // drawing and VML wrappers: their text boxes are read inside them
        }
        if (SKIPPED.contains(name)) {
          depth = skip(xml, depth);
          continue;
        }
        if ((name.equals("p") || name.equals("tc")) && ++parts > MAX_PARTS) {
          throw new ReportFormatException(source, xml.getLocation().getLineNumber(),
              xml.getLocation().getColumnNumber(), null,
              "document too large: over " + MAX_PARTS + " paragraphs and table cells", null);
        }
        switch (name) {
          case "p" -> paragraphs.push(new ParaBuilder());
          case "t" -> inText = true;
          case "tab", "ptab" -> append(paragraphs, "\t");
          case "br", "cr" -> append(paragraphs, "\n");
          case "noBreakHyphen" -> append(paragraphs, "-");
          case "txbxContent" -> containers.push(new ArrayList<>());
          case "tbl" -> tables.push(new Tbl(new ArrayList<>(), new ArrayList<>()));
          case "tr" -> {
            if (!tables.isEmpty()) {
              tables.peek().rows().add(new ArrayList<>());
              tables.peek().gridBefore().add(0);
            }
          }
          case "tc" -> {
            Tc tc = new Tc();
            cells.push(tc);
            containers.push(tc.content);
          }
          case "gridBefore" -> {
            if (!tables.isEmpty() && !tables.peek().gridBefore().isEmpty()) {
              List<Integer> before = tables.peek().gridBefore();
              before.set(before.size() - 1, Math.max(0, Math.min(64, intValue(xml))));
            }
          }
          case "gridSpan" -> {
            if (!cells.isEmpty()) {
              cells.peek().gridSpan = Math.max(1, Math.min(64, intValue(xml)));
            }
          }
          case "vMerge" -> {
            if (!cells.isEmpty()) {
              cells.peek().vMerge =
                  "restart".equals(value(xml)) ? Merge.RESTART : Merge.CONTINUE;
            }
          }
          case "hMerge" -> {
            if (!cells.isEmpty()) {
              cells.peek().hMergeContinue = !"restart".equals(value(xml));
            }
          }
          default -> { }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        String ns = xml.getNamespaceURI();
        String name = xml.getLocalName();
        if (MC.equals(ns) && name.equals("AlternateContent")) {
          alternates.remove(depth + 1);
        }
        if (!W.equals(ns) && !W_STRICT.equals(ns)) {
          continue;
        }
        switch (name) {
          case "t" -> inText = false;
          case "p" -> {
            ParaBuilder p = paragraphs.pop();
            List<Block> into = containers.peek();
            into.add(new Para(p.text.toString()));
            into.addAll(p.textBoxes);
          }
          case "txbxContent" -> {
            List<Block> box = containers.pop();
            if (!paragraphs.isEmpty()) {
              paragraphs.peek().textBoxes.addAll(box);
            } else {
              containers.peek().addAll(box);
            }
          }
          case "tc" -> {
            containers.pop();
            Tc tc = cells.pop();
            if (!tables.isEmpty() && !tables.peek().rows().isEmpty()) {
              List<List<Tc>> rows = tables.peek().rows();
              rows.get(rows.size() - 1).add(tc);
            }
          }
          case "tbl" -> containers.peek().add(tables.pop());
          default -> { }
        }
      } else if (inText && (event == XMLStreamConstants.CHARACTERS
          || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
        append(paragraphs, xml.getText());
      }
    }
    return body;
  }

  private void append(Deque<ParaBuilder> paragraphs, String text) {
    if (!paragraphs.isEmpty()) {
      StringBuilder sb = paragraphs.peek().text;
      if (sb.length() + text.length() > limits.maxCharacters()) {
        throw new ReportFormatException(source,
            "too much text: over " + limits.maxCharacters() + " characters in one paragraph");
      }
      sb.append(text);
    }
  }

  private void checkDepth(int depth, XMLStreamReader xml) {
    if (depth > limits.maxDepth()) {
      throw new ReportFormatException(source, xml.getLocation().getLineNumber(),
          xml.getLocation().getColumnNumber(), null,
          "document.xml nests elements deeper than " + limits.maxDepth() + " levels", null);
    }
  }

  /** Skips the current element's subtree; returns the depth after it. */
  private int skip(XMLStreamReader xml, int depth) throws XMLStreamException {
    int level = 1;
    int events = 0;
    while (level > 0 && xml.hasNext()) {
      int event = xml.next();
      if (++events % CLOCK_EVERY == 0) {
        deadline.check();
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        level++;
        checkDepth(depth + level - 1, xml);
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
      }
    }
    return depth - 1;
  }

  private static String value(XMLStreamReader xml) {
    String v = xml.getAttributeValue(xml.getNamespaceURI(), "val");
    return v == null ? xml.getAttributeValue(null, "val") : v;
  }

  private static int intValue(XMLStreamReader xml) {
    try {
      String v = value(xml);
      return v == null ? 1 : Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  // ---- to HTML ----

  private static void write(List<Block> blocks, HtmlBlocks html) {
    for (Block block : blocks) {
      if (block instanceof Para p) {
        for (String line : p.text().split("\n")) {
          html.paragraph(line);
        }
      } else if (block instanceof Tbl t) {
        if (isLayout(t)) {
          for (List<Tc> row : t.rows()) {
            for (Tc tc : row) {
              write(tc.content, html);
            }
          }
        } else {
          html.table(grid(t));
        }
      }
    }
  }

  /** Whether a table only lays out the page: some cell holds a table. */
  private static boolean isLayout(Tbl table) {
    for (List<Tc> row : table.rows()) {
      for (Tc tc : row) {
        for (Block b : tc.content) {
          if (b instanceof Tbl) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A cell of the HTML table being built, where it starts. */
  private static final class Span {
    final String text;
    int rowSpan = 1;
    int colSpan;

    Span(String text, int colSpan) {
      this.text = text;
      this.colSpan = colSpan;
    }
  }

  /** Word's rows of cells as HTML rows with spans. */
  private static List<List<HtmlBlocks.Cell>> grid(Tbl table) {
    List<List<Span>> rows = new ArrayList<>();
    Map<Integer, Span> restartedAt = new HashMap<>();
    for (int r = 0; r < table.rows().size(); r++) {
      List<Span> out = new ArrayList<>();
      int column = table.gridBefore().get(r);
      if (column > 0) {
        out.add(new Span("", column));
      }
      for (Tc tc : table.rows().get(r)) {
        Span above = restartedAt.get(column);
        if (tc.hMergeContinue && !out.isEmpty()) {
          out.get(out.size() - 1).colSpan += tc.gridSpan;
        } else if (tc.vMerge == Merge.CONTINUE && above != null
            && above.colSpan == tc.gridSpan) {
          above.rowSpan++;
        } else {
          Span span = new Span(text(tc.content), tc.gridSpan);
          out.add(span);
          if (tc.vMerge == Merge.RESTART) {
            restartedAt.put(column, span);
          } else {
            restartedAt.remove(column);
          }
        }
        column += tc.gridSpan;
      }
      rows.add(out);
    }
    List<List<HtmlBlocks.Cell>> cells = new ArrayList<>();
    for (List<Span> row : rows) {
      List<HtmlBlocks.Cell> out = new ArrayList<>();
      for (Span s : row) {
        out.add(new HtmlBlocks.Cell(s.text, s.rowSpan, s.colSpan));
      }
      cells.add(out);
    }
    return cells;
  }

  /** The text of a cell: its paragraphs joined by spaces. */
  private static String text(List<Block> content) {
    StringBuilder sb = new StringBuilder();
    for (Block b : content) {
      if (b instanceof Para p) {
        String t = p.text().replace('\n', ' ').replace('\t', ' ').strip();
        if (!t.isEmpty()) {
          sb.append(sb.length() > 0 ? " " : "").append(t);
        }
      }
    }
    return sb.toString();
  }

  private static XMLInputFactory xmlFactory(int maxDepth) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    try {
      // the JDK's own bound (100 from JDK 24 on) past ours, so that ours decides on every JDK
      f.setProperty("jdk.xml.maxElementDepth", Integer.toString(maxDepth + 16));
    } catch (IllegalArgumentException e) {
      // a JDK without the property: our count alone bounds the depth
    }
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }
}
