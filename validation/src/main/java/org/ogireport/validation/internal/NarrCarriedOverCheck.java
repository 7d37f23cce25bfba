package org.ogireport.validation.internal;

import org.ogireport.core.ApplicationRow;
import org.ogireport.core.analysis.NarrativeFigure;

/** {@code NARR-CARRIED-OVER}: 上年结转 N 件 in 一、总体情况 is 二、上年结转 总计, printed or summed. */
final class NarrCarriedOverCheck extends RowTotalFigureCheck {

  NarrCarriedOverCheck() {
    super(NarrativeFigure.CARRIED_OVER, ApplicationRow.CARRIED_OVER);
  }
}
