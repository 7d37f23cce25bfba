/**
 * The checks of the rules, one class per {@link org.ogireport.core.rules.Rule} named after it
 * ({@code APP_ROW_TOTAL} is {@code AppRowTotalCheck}), and the two constraint validators that
 * run them, registered for Hibernate Validator through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}. Not an API: only the two
 * validators are public, because {@link java.util.ServiceLoader} makes them.
 */
package org.ogireport.validation.internal;
