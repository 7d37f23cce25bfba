/**
 * Import of published annual reports (text and saved HTML pages) into the model: {@link
 * org.ogireport.importer.ReportImporter}.
 */
module org.ogireport.importer {
  requires transitive org.ogireport.core;
  requires org.jsoup;

  exports org.ogireport.importer;
}
