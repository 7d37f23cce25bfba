/**
 * Reports as Word documents and PDFs: {@link org.ogireport.office.DocxWriter} and {@link
 * org.ogireport.office.DocumentImporter}.
 *
 * <p>Apache POI 5 is a named module ({@code org.apache.poi.ooxml}); Apache PDFBox 3 is two
 * automatic ones whose names, {@code org.apache.pdfbox} and {@code org.apache.pdfbox.io}, its
 * jars declare in their manifests ({@code Automatic-Module-Name}), so the names stay when the jars
 * change. POI itself requires {@code commons.math3}, a name derived from the file name of
 * {@code commons-math3-3.6.1.jar}, the last release of that library.
 */
@SuppressWarnings("requires-automatic") // PDFBox's names, declared and stable
module org.ogireport.office {
  requires transitive org.ogireport.core;
  requires transitive org.ogireport.importer;
  requires org.ogireport.render;
  requires org.apache.poi.ooxml;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  // PDFBox logs through Commons Logging, which as an automatic module it cannot require itself
  requires org.apache.commons.logging;
  requires java.desktop; // PDFBox hands out java.awt.geom points and shapes
  requires java.xml;

  exports org.ogireport.office;
}
