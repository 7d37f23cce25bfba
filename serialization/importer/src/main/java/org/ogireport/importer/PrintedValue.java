package org.ogireport.importer;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogireport.core.Amount;
import org.ogireport.core.Count;
import org.ogireport.core.MoneyUnit;
import org.ogireport.core.diagnostic.Location;

/**
 * Tells printed cell values from label text, and reads a value into a {@link Count} or an
 * {@link Amount}: numbers with a sign, thousands separators or a unit, and the markers
 * {@code /}, {@code -}, {@code —}, {@code 无}.
 */
final class PrintedValue {

  private static final Pattern MARKER = Pattern.compile("[-/×]+|无");
  private static final Pattern NUMBER = Pattern.compile(
      "([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(万元|元|件|个|项|条|次|宗)?");
  /** Cells run together, markers among them: {@code 0/00}, {@code 100-18153}. */
  private static final Pattern RUN = Pattern.compile("[+\\-/×]*\\d[\\d+\\-/×]*(?:\\.\\d+)?(?:万元|元)?");

  private PrintedValue() {}

  /** Whether a printed text (folded) is a cell value, or cells run together, not label text. */
  static boolean isValue(String folded) {
    String s = SourceLine.trim(folded);
    if (s.isEmpty() || VALUE_START.indexOf(s.charAt(0)) < 0 && !isDigit(s.charAt(0))) {
      return false; // label text: no value starts so
    }
    if (isDigits(s)) {
      return true;
    }
    return MARKER.matcher(s).matches() || NUMBER.matcher(s).matches() || RUN.matcher(s).matches();
  }

  /** Whether a printed text (folded, trimmed) is a marker: {@code /}, {@code -}, {@code 无}. */
  static boolean isMarker(String text) {
    return MARKER.matcher(text).matches();
  }

  /** The characters a value may start with, besides a digit. */
  private static final String VALUE_START = "+-/×无";

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Reads a count. A blank token gives {@link Count#blank()}, a marker {@link Count#marker()};
   * anything else that is no whole number gives a blank cell and a {@code NOT_A_NUMBER}
   * diagnostic at the cell.
   */
  static Count count(Token token, Location cell, Diagnostics diagnostics) {
    Count count = countOrNull(token);
    if (count == null) {
      diagnostics.add(DiagnosticCode.NOT_A_NUMBER, cell, token.line(), token.column(),
          token.text());
      return Count.blank();
    }
    return count;
  }

  /** Reads a count as {@link #count(Token, Location, Diagnostics)}, saying nothing. */
  static Count count(Token token) {
    Count count = countOrNull(token);
    return count == null ? Count.blank() : count;
  }

  /** The count a token prints, blank or a marker; null when it is no whole number. */
  private static Count countOrNull(Token token) {
    String s = SourceLine.trim(TextNormalizer.fold(token.text()));
    if (s.isEmpty()) {
      return Count.blank();
    }
    if (s.length() <= 18 && isDigits(s) && (s.length() == 1 || s.charAt(0) != '0')) {
      return Count.of(Long.parseLong(s));
    }
    if (MARKER.matcher(s).matches()) {
      return Count.marker();
    }
    Matcher m = NUMBER.matcher(s);
    if (m.matches() && m.group(1).indexOf('.') < 0
        && (m.group(2) == null || !m.group(2).endsWith("元"))) {
      String digits = m.group(1).replace(",", "").replace("+", "");
      try {
        return Count.of(Long.parseLong(digits));
      } catch (NumberFormatException e) {
        // more digits than a long holds: fall through to the diagnostic
      }
    }
    return null;
  }

  /**
   * Reads an amount. The unit is the printed one; where none is printed it is
   * {@code formUnit} when the form fixes one (2021 fees, 万元), else unknown with a
   * {@code UNIT_UNKNOWN} diagnostic at the cell.
   */
  static Amount amount(Token token, MoneyUnit formUnit, Location cell, Diagnostics diagnostics) {
    String s = SourceLine.trim(TextNormalizer.fold(token.text())).replace(" ", "");
    if (s.isEmpty()) {
      return Amount.blank();
    }
    if (MARKER.matcher(s).matches()) {
      return Amount.marker();
    }
    Matcher m = NUMBER.matcher(s);
    if (!m.matches() || (m.group(2) != null && !m.group(2).endsWith("元"))) {
      diagnostics.add(DiagnosticCode.NOT_A_NUMBER, cell, token.line(), token.column(),
          token.text());
      return Amount.blank();
    }
    BigDecimal value = new BigDecimal(m.group(1).replace(",", "").replace("+", ""));
    if (m.group(2) != null) {
      MoneyUnit unit = MoneyUnit.ofLabel(m.group(2));
      if (formUnit != null && unit != formUnit) {
        diagnostics.add(DiagnosticCode.UNIT_NOT_FORM, cell, token.line(), token.column(),
            token.text(), formUnit.getLabel());
      }
      return Amount.of(value, unit);
    }
    if (formUnit != null) {
      return Amount.of(value, formUnit);
    }
    diagnostics.add(DiagnosticCode.UNIT_UNKNOWN, cell, token.line(), token.column(),
        token.text());
    return Amount.ofUnknownUnit(value);
  }
}
