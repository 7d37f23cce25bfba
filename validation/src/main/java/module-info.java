/**
 * The rule catalogue of the report applied through Jakarta Bean Validation, run by Hibernate
 * Validator: {@link org.ogireport.validation.ReportValidator} and its results.
 *
 * <p>The two constraint validators of the catalogue are services of Jakarta Validation's
 * {@code ConstraintValidator}, which Hibernate Validator looks up with {@link
 * java.util.ServiceLoader}; it makes each one reflectively, hence the package opened to it alone.
 * The message bundles ({@code ContributorValidationMessages*.properties}) sit outside any package,
 * where every module's class loader finds them.
 */
module org.ogireport.validation {
  requires transitive org.ogireport.core;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires org.apache.commons.text;

  exports org.ogireport.validation;

  opens org.ogireport.validation.internal to org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator with
      org.ogireport.validation.internal.ReportRulesValidator,
      org.ogireport.validation.internal.SeriesRulesValidator;
}
