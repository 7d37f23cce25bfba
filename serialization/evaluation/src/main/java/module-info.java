/**
 * For evaluators: two years of one organ's report compared ({@link org.ogireport.compare}) and
 * organs ranked by their indicators ({@link org.ogireport.rank}).
 */
module org.ogireport.evaluation {
  requires transitive org.ogireport.core;
  requires transitive org.ogireport.validation; // ReportComparator.of(ReportValidator)
  requires org.ogireport.render;
  requires com.fasterxml.jackson.core;
  requires org.apache.commons.text;

  exports org.ogireport.compare;
  exports org.ogireport.rank;
}
