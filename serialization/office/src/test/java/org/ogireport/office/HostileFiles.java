package org.ogireport.office;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.ogireport.testing.Fixtures;

/**
 * Files that hold no readable report or attack the reader, made on the spot: for the office
 * module's own tests and (through its test-jar) the command line's, which must give each one a
 * one-line error and exit 2.
 */
public final class HostileFiles {

  private HostileFiles() {}

  /** A PDF LibreOffice made of seed 001's .docx, as committed with the test resources. */
  public static byte[] producedPdf() {
    try (InputStream in = HostileFiles.class.getResourceAsStream(
        "produced/seed-001_78cf330bb6c558ff.lo.pdf")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Two thirds of seed 001's .docx. */
  public static byte[] truncatedDocx() {
    byte[] docx = DocxWriter.standard().write(Fixtures.seed("001_78cf330bb6c558ff"));
    return Arrays.copyOf(docx, docx.length * 2 / 3);
  }

  /** Half of a produced PDF. */
  public static byte[] truncatedPdf() {
    byte[] pdf = producedPdf();
    return Arrays.copyOf(pdf, pdf.length / 2);
  }

  /**
   * A produced PDF protected with an owner password and restricted permissions.
   *
   * @param userPassword the password needed to open it; empty for none (only copying forbidden)
   */
  public static byte[] protectedPdf(String userPassword) {
    try (PDDocument doc = Loader.loadPDF(producedPdf())) {
      AccessPermission permissions = new AccessPermission();
      permissions.setCanExtractContent(false);
      permissions.setCanModify(false);
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", userPassword, permissions);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF whose one page is an image: a scan, with no text layer. */
  public static byte[] scannedPdf() {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
      PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(image, 0, 0, 612, 792);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A .docx whose document.xml unpacks to 64 MiB of zeros. */
  public static byte[] zipBomb() {
    return Packages.minimal(Packages.WORD_MAIN, new byte[64 * 1024 * 1024]);
  }

  /** An OLE2 file with a WordDocument stream, as an old .doc is. */
  public static byte[] legacyDoc() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem ole = new POIFSFileSystem()) {
      ole.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
      ole.writeFilesystem(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
