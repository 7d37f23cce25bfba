package org.ogireport.office;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.ogireport.core.ReportFormatException;

/**
 * The text of a file that is neither a .docx nor a PDF: UTF-8 (with or without a byte order
 * mark), or UTF-16 with its byte order mark, as Windows Notepad saves "Unicode" text. Anything
 * else is refused, never read as mojibake: text in GBK or GB18030, the legacy encoding of many
 * Chinese government sites, is recognised and the error says so and how to convert it; a run of
 * it amid UTF-8 text (two characters or more: the bytes between two characters of UTF-8,
 * decoding whole as GB18030) is named and located by line and column; UTF-8 with a damaged byte
 * is neither, but located too.
 */
final class TextBytes {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String NOT_TEXT = "neither a .docx, a PDF nor UTF-8 text";
  /** The most characters of GBK an error quotes. */
  private static final int QUOTE_LIMIT = 12;

  private TextBytes() {}

  /**
   * The text the bytes hold.
   *
   * @param content the bytes
   * @param source the name errors give
   * @return the text
   * @throws ReportFormatException when they are no text in UTF-8 or UTF-16 with a byte order
   *     mark, located at the first byte that is not UTF-8 when some text comes before it
   */
  static String decode(byte[] content, String source) {
    Charset utf16 = content.length < 2 ? null
        : content[0] == (byte) 0xFF && content[1] == (byte) 0xFE ? StandardCharsets.UTF_16LE
        : content[0] == (byte) 0xFE && content[1] == (byte) 0xFF ? StandardCharsets.UTF_16BE
        : null;
    String text = utf16 == null ? null : decoded(content, 2, utf16, content.length);
    text = text != null ? text : decoded(content, 0, StandardCharsets.UTF_8, content.length);
    if (text != null) {
      return text;
    }
    int bad = firstMalformed(content, 0, StandardCharsets.UTF_8, content.length);
    String before = decoded(content, 0, StandardCharsets.UTF_8, bad);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
    boolean asciiBefore = before.chars().allMatch(c -> c < 0x80);
    String gbk = asciiBefore && !mostlyUtf8(content, 0, content.length)
        ? decoded(content, 0, GB18030, content.length) : null;
    if (gbk != null && hasHan(gbk)) {
      throw new ReportFormatException(source, line, column, null, "GBK or GB18030 text, not"
          + " UTF-8: convert it to UTF-8 first, e.g. iconv -f GB18030 -t UTF-8", null);
    }
    int end = bad;
    while (end < content.length && !utf8At(content, end)) {
      end++;
    }
    // two characters at least: one byte damaged in UTF-8 leaves two or three bytes that are not
    // UTF-8, such as E5 85 of 公 (E5 85 AC) cut short, which GBK would read as 鍏
    String gb = end - bad >= 4 ? decoded(content, bad, GB18030, end) : null;
    if (gb != null && hasHan(gb)) {
      gb = gb.length() > QUOTE_LIMIT ? gb.substring(0, QUOTE_LIMIT) + "…" : gb;
      throw new ReportFormatException(source, line, column, null, "'" + gb + "' in GBK or"
          + " GB18030 amid UTF-8 text: save the whole file as UTF-8", null);
    }
    if (bad == 0) {
      throw new ReportFormatException(source, 0, 0, null, NOT_TEXT, null);
    }
    throw new ReportFormatException(source, line, column, null, String.format(
        "%s: byte 0x%02X is not UTF-8", NOT_TEXT, content[bad] & 0xFF), null);
  }

  /**
   * Whether bytes hold at least as many characters of UTF-8 beyond ASCII as bytes that are not
   * UTF-8: UTF-8 with a byte damaged, not to be taken for GBK (as GBK, most pairs of bytes of
   * UTF-8 spell some character).
   */
  private static boolean mostlyUtf8(byte[] content, int from, int to) {
    String text = new String(content, from, to - from, StandardCharsets.UTF_8);
    long broken = text.chars().filter(c -> c == 0xFFFD).count();
    return text.chars().filter(c -> c >= 0x80 && c != 0xFFFD).count() >= broken;
  }

  /** Whether a character of UTF-8 starts at a byte. */
  private static boolean utf8At(byte[] content, int at) {
    int lead = content[at] & 0xFF;
    int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2
        : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    return length > 0 && at + length <= content.length
        && firstMalformed(content, at, StandardCharsets.UTF_8, length) < 0;
  }

  private static boolean hasHan(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.HAN);
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The offset of the first byte not of the charset in a range, or -1 when there is none. */
  private static int firstMalformed(byte[] content, int from, Charset charset, int length) {
    CharsetDecoder decoder = decoder(charset);
    ByteBuffer in = ByteBuffer.wrap(content, from, length);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        result = decoder.flush(out);
        return result.isError() ? in.position() : -1;
      }
      out.clear();
    }
  }

  /** The text of the bytes from one offset to another in a charset, or null when not of it. */
  private static String decoded(byte[] content, int from, Charset charset, int to) {
    try {
      return decoder(charset).decode(ByteBuffer.wrap(content, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
