/**
 * Fixtures for tests of code that uses ogi-report: {@link org.ogireport.testing.Fixtures} and
 * {@link org.ogireport.testing.ReportGenerator}.
 *
 * <p>The fixture files are read by this module's own classes. The published texts beside them
 * ({@code org/ogireport/testing/published/}) are resources in packages of this module: on the
 * module path only this module reads them, on the class path anyone does.
 */
module org.ogireport.testing {
  requires transitive org.ogireport.core;
  requires org.ogireport.json;

  exports org.ogireport.testing;
}
