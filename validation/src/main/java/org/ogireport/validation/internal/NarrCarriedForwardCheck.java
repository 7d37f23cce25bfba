package org.ogireport.validation.internal;

import org.ogireport.core.ApplicationRow;
import org.ogireport.core.analysis.NarrativeFigure;

/**
 * {@code NARR-CARRIED-FORWARD}: 结转下年度 N 件 in 一、总体情况 is 四、结转下年度继续办理 总计, printed or
 * summed.
 */
final class NarrCarriedForwardCheck extends RowTotalFigureCheck {

  NarrCarriedForwardCheck() {
    super(NarrativeFigure.CARRIED_FORWARD, ApplicationRow.CARRIED_FORWARD);
  }
}
