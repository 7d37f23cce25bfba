package org.ogireport.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.ReportFormatException;
import org.ogireport.testing.Fixtures;

/**
 * Text in the encodings organs' pages and files come in: UTF-16 with a byte order mark is read
 * as UTF-8 is; GBK and GB18030, whole or amid UTF-8, are refused saying so and where, never read
 * as mojibake. And text under the name of a PDF or .docx, as a failed download leaves it.
 */
class TextEncodingsTest {

  private static final DocumentImporter IMPORTER = DocumentImporter.builder().build();
  private static final String SEED = "001_78cf330bb6c558ff";
  private static final String TEXT = Fixtures.publishedText(SEED);
  private static final Charset GB18030 = Charset.forName("GB18030");

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  private static String error(byte[] content) {
    return assertThrows(ReportFormatException.class, () -> IMPORTER.read(content, "r.txt"))
        .getMessage();
  }

  @Test
  void utf16WithAByteOrderMarkReadsAsUtf8Does() {
    AnnualReport utf8 = IMPORTER.read(TEXT.getBytes(StandardCharsets.UTF_8), "r.txt").getReport();
    assertEquals(Fixtures.seed(SEED).getTables(), utf8.getTables());
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        TEXT.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(utf8, IMPORTER.read(le, "r.txt").getReport());
    assertEquals(utf8, IMPORTER.read(TEXT.getBytes(StandardCharsets.UTF_16), "r.txt").getReport());
  }

  @Test
  void gbkTextIsRecognisedAndRefusedSayingHowToConvertIt() {
    assertEquals("r.txt:1:1: GBK or GB18030 text, not UTF-8: convert it to UTF-8 first, e.g."
        + " iconv -f GB18030 -t UTF-8", error(TEXT.getBytes(GB18030)));
    assertEquals("r.txt:3:7: GBK or GB18030 text, not UTF-8: convert it to UTF-8 first, e.g."
        + " iconv -f GB18030 -t UTF-8", error("<p>\n<p>\n<html>政府信息公开".getBytes(GB18030)));
  }

  @Test
  void aGbkCharacterAmidUtf8IsLocated() {
    String[] lines = TEXT.split("\n", 3);
    byte[] mixed = concat((lines[0] + "\n2020年政府信息").getBytes(StandardCharsets.UTF_8),
        "公开".getBytes(GB18030), lines[1].substring(8).getBytes(StandardCharsets.UTF_8));
    assertEquals("r.txt:2:10: '公开' in GBK or GB18030 amid UTF-8 text: save the whole file as"
        + " UTF-8", error(mixed));
    byte[] paragraph = concat("第一行\n".getBytes(StandardCharsets.UTF_8),
        "本机关全年主动公开政府信息共计一百二十四条".getBytes(GB18030));
    // 全 is C8 AB in GBK, a character of UTF-8 too: the run quoted ends before it
    assertEquals("r.txt:2:1: '本机关' in GBK or GB18030 amid UTF-8 text: save the whole file as"
        + " UTF-8", error(paragraph));
    byte[] run = concat("第一行\n".getBytes(StandardCharsets.UTF_8), "公开".repeat(10).getBytes(GB18030));
    assertEquals("r.txt:2:1: '公开公开公开公开公开公开…' in GBK or GB18030 amid UTF-8 text: save the"
        + " whole file as UTF-8", error(run));
  }

  @Test
  void utf8WithADamagedByteIsNotTakenForGbk() {
    byte[] damaged = TEXT.getBytes(StandardCharsets.UTF_8);
    int at = (TEXT.substring(0, TEXT.indexOf('\n')) + "\n2020年政府信息")
        .getBytes(StandardCharsets.UTF_8).length;
    assertEquals((byte) 0xE5, damaged[at]);   // 公, E5 85 AC; B5 85 is a character of GBK
    damaged[at] = (byte) 0xB5;
    assertEquals("r.txt:2:10: neither a .docx, a PDF nor UTF-8 text: byte 0xB5 is not UTF-8",
        error(damaged));
    byte[] title = "2020年政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8);
    title[4] = (byte) 0xB5;
    assertEquals("r.txt:1:5: neither a .docx, a PDF nor UTF-8 text: byte 0xB5 is not UTF-8",
        error(title));
    byte[] cut = "政府信息公开".getBytes(StandardCharsets.UTF_8);
    cut[14] = 'x';   // 公 is E5 85 AC: E5 85 x, and GBK reads E5 85 as 鍏
    assertEquals("r.txt:1:5: neither a .docx, a PDF nor UTF-8 text: byte 0xE5 is not UTF-8",
        error(cut));
  }

  @Test
  void aByteOfNoTextAfterTextIsLocated() {
    byte[] content = concat("第一行\n第二".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF});
    assertEquals("r.txt:2:3: neither a .docx, a PDF nor UTF-8 text: byte 0xFF is not UTF-8",
        error(content));
  }

  @Test
  void aPageSavedUnderTheNameOfAPdfOrDocxSaysItIsNone(@TempDir Path dir) throws IOException {
    String page = "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1>"
        + "</body></html>";
    Path pdf = Files.writeString(dir.resolve("2023年报.pdf"), page);
    assertEquals(pdf + ": text or HTML, not a PDF (a web page saved in place of the file?): no"
        + " report year found: no title such as '某某机关2022年政府信息公开工作年度报告'",
        assertThrows(ReportFormatException.class, () -> IMPORTER.read(pdf)).getMessage());
    Path docx = Files.writeString(dir.resolve("report.DOCX"), page);
    assertTrue(assertThrows(ReportFormatException.class, () -> IMPORTER.read(docx)).getMessage()
        .startsWith(docx + ": text or HTML, not a Word document (a web page saved in place"));
    Path html = Files.writeString(dir.resolve("page.html"), page);
    assertTrue(assertThrows(ReportFormatException.class, () -> IMPORTER.read(html)).getMessage()
        .startsWith(html + ": no report year found"));
    Path text = Files.writeString(dir.resolve("report.pdf"), TEXT);
    assertEquals(Fixtures.seed(SEED).getTables(), IMPORTER.read(text).getReport().getTables());
  }
}
