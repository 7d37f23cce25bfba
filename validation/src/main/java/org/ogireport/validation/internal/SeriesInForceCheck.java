package org.ogireport.validation.internal;

import static org.ogireport.core.Disclosure2021Column.IN_FORCE;
import static org.ogireport.core.Disclosure2021Column.ISSUED;
import static org.ogireport.core.Disclosure2021Column.REPEALED;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.ogireport.core.Cell;
import org.ogireport.core.Disclosure2021Row;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.analysis.YearStep;

/**
 * {@code SERIES-IN-FORCE}: edition 2021 both years, for every row with a 现行有效件数 column:
 * last year's 现行有效件数 + this year's 本年制发件数 − 本年废止件数 = this year's 现行有效件数,
 * reported on this year's 现行有效件数.
 */
final class SeriesInForceCheck extends SeriesCheck {

  @Override
  boolean check(YearStep step, int index, ConstraintValidatorContext context) {
    boolean valid = true;
    ProactiveDisclosure2021 last =
        (ProactiveDisclosure2021) step.getPrevious().getProactiveDisclosure();
    ProactiveDisclosure2021 now =
        (ProactiveDisclosure2021) step.getCurrent().getProactiveDisclosure();
    for (Disclosure2021Row row : Disclosure2021Row.values()) {
      if (!row.getColumns().contains(IN_FORCE)) {
        continue;
      }
      long expected = last.getCount(row, IN_FORCE).orZero() + now.getCount(row, ISSUED).orZero()
          - now.getCount(row, REPEALED).orZero();
      if (now.getCount(row, IN_FORCE).orZero() != expected) {
        valid = false;
        Finding finding = finding(step, index, now.getLayout().getSlot(row, IN_FORCE));
        read(finding, step.getPrevious(), last, row, List.of(IN_FORCE));
        read(finding, step.getCurrent(), now, row, List.of(ISSUED, REPEALED, IN_FORCE));
        report(finding, step, now.get(row, IN_FORCE), expected, context);
      }
    }
    return valid;
  }
}
