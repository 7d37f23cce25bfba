/**
 * The report's JSON format without a JSON library, shared by the Jackson 2 and Jackson 3 modules:
 * its one package is exported to those two modules only, as it is no API of its own.
 */
@SuppressWarnings("module") // the two modules it is exported to are built after it
module org.ogireport.json.format {
  requires transitive org.ogireport.core;

  exports org.ogireport.json.format to org.ogireport.json, org.ogireport.json.jackson3;
}
