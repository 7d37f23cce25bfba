package org.ogireport.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Zip packages for tests: a .docx with its document.xml edited, or one made from parts. */
final class Packages {

  static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
      + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" ContentType=\"%s\"/></Types>";
  static final String WORD_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
  static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  private Packages() {}

  /** A .docx with its {@code word/document.xml} changed. */
  static byte[] edited(byte[] docx, UnaryOperator<String> edit) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String xml = new String(entries.get("word/document.xml"), StandardCharsets.UTF_8);
    entries.put("word/document.xml", edit.apply(xml).getBytes(StandardCharsets.UTF_8));
    return zip(entries);
  }

  /** The smallest package POI opens: content types, the package relationship, the main part. */
  static byte[] minimal(String mainContentType, byte[] documentXml) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("[Content_Types].xml",
        String.format(CONTENT_TYPES, mainContentType).getBytes(StandardCharsets.UTF_8));
    entries.put("_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
    entries.put("word/document.xml", documentXml);
    return zip(entries);
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
