/**
 * Reports as Word documents and PDFs: {@link org.ogireport.office.DocxWriter} writes the
 * official tables as a .docx an office can publish;
 * {@link org.ogireport.office.DocumentImporter} reads the .docx files and text-layer PDFs organs
 * publish (and hands HTML and text to the text importer), telling the kind of file from its
 * content ({@link org.ogireport.office.DocumentKind}).
 *
 * <pre>{@code
 * byte[] docx = DocxWriter.standard().write(report);
 * ImportResult result = DocumentImporter.builder().build().read(Path.of("report.pdf"));
 * }</pre>
 *
 * <p>Built on Apache POI (the OOXML package, WordprocessingML) and Apache PDFBox (glyph
 * positions and drawn lines); no exception of theirs leaves this package.
 *
 * <p>{@code DocxWriter} and {@code DocumentImporter} are immutable and thread-safe; the importer's
 * builder is for one thread.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package org.ogireport.office;
