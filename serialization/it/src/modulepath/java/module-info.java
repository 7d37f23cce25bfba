/**
 * A user's module on the module path, requiring every library artifact of ogi-report by its
 * module name; {@code ModulePathIT} compiles and runs it.
 */
module org.ogireport.it.modulepath {
  requires org.ogireport.json;
  requires org.ogireport.json.jackson3;
  requires org.ogireport.validation;
  requires org.ogireport.importer;
  requires org.ogireport.render;
  requires org.ogireport.office;
  requires org.ogireport.evaluation;
  requires org.ogireport.testing;
}
