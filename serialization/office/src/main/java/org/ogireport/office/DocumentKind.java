package org.ogireport.office;

/**
 * What kind of file a report comes in, told from its first bytes, never from its name: a
 * {@code .docx} renamed {@code .pdf} is still read as a .docx, and a {@code .doc} renamed
 * {@code .docx} is still refused as a {@code .doc}.
 *
 * <pre>{@code
 * DocumentKind.of(Files.readAllBytes(path));   // DOCX, PDF, LEGACY_DOC or TEXT
 * }</pre>
 */
public enum DocumentKind {
  /** A zip archive: an Office Open XML document (.docx), or some other zip, refused on reading. */
  DOCX,
  /** A PDF ({@code %PDF-} within its first kilobyte). */
  PDF,
  /**
   * A Word 97–2003 document or another OLE2 compound file (.doc, .wps, .xls): not read; the
   * error asks to save it as .docx.
   */
  LEGACY_DOC,
  /** Anything else: text or HTML, handed to the text importer. */
  TEXT;

  private static final int PDF_HEADER_WITHIN = 1024;

  /**
   * The kind of a file from its content.
   *
   * @param content the file's bytes (its first kilobyte is enough), not null
   * @return the kind; {@link #TEXT} for anything unrecognised
   */
  public static DocumentKind of(byte[] content) {
    if (startsWith(content, 0, 'P', 'K', 3, 4) || startsWith(content, 0, 'P', 'K', 5, 6)) {
      return DOCX;
    }
    if (startsWith(content, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return LEGACY_DOC;
    }
    for (int i = 0; i < Math.min(content.length, PDF_HEADER_WITHIN); i++) {
      if (startsWith(content, i, '%', 'P', 'D', 'F', '-')) {
        return PDF;
      }
    }
    return TEXT;
  }

  private static boolean startsWith(byte[] content, int at, int... signature) {
    if (content.length < at + signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((content[at + i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
