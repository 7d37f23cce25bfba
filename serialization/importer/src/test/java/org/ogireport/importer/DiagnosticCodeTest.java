package org.ogireport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ogireport.core.diagnostic.Diagnostic;
import org.ogireport.core.diagnostic.Location;
import org.ogireport.core.diagnostic.Severity;

/** The catalogue of codes and the message bundles agree, in both languages. */
class DiagnosticCodeTest {

  private static final String BUNDLE = "org.ogireport.importer.Messages";
  private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

  @ParameterizedTest
  @EnumSource(DiagnosticCode.class)
  void everyCodeHasBothMessagesNamingExactlyItsParameters(DiagnosticCode code) {
    for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
      String template = ResourceBundle.getBundle(BUNDLE, locale).getString(code.name());
      Set<String> named = new TreeSet<>();
      Matcher m = PARAMETER.matcher(template);
      while (m.find()) {
        named.add(m.group(1));
      }
      assertEquals(new TreeSet<>(code.getParameters()), named, code + " " + locale);
    }
  }

  @Test
  void aDiagnosticCarriesTheCodeSeverityNamedArgumentsAndBothMessages() {
    Diagnostic d = Diagnostics.of(DiagnosticCode.EXTRA_NUMBER,
        Location.report().at(null, 78, 31), "行政复议、行政诉讼", 15, 16, "0");
    assertEquals("EXTRA_NUMBER", d.getCode());
    assertEquals(Severity.WARNING, d.getSeverity());
    assertEquals(Map.of("row", "行政复议、行政诉讼", "cells", 15, "printed", 16, "extra", "0"),
        d.getArguments());
    assertEquals("row '行政复议、行政诉讼' has 15 cells but prints 16 values: extra '0' ignored",
        d.getMessage(Locale.ENGLISH));
    assertEquals("行“行政复议、行政诉讼”应有 15 个单元格，却印有 16 个，多余的“0”未读取",
        d.getMessage(Locale.SIMPLIFIED_CHINESE));
    assertEquals("warning EXTRA_NUMBER line 78:31: row '行政复议、行政诉讼' has 15 cells but prints "
        + "16 values: extra '0' ignored", d.toString());
  }

  @Test
  void englishIsEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      ResourceBundle.clearCache();
      assertFalse(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH)
          .getString("MISSING_ROW").contains("未找到"));
    } finally {
      Locale.setDefault(before);
      ResourceBundle.clearCache();
    }
  }

  @Test
  void theWrongNumberOfArgumentsIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> Diagnostics.of(DiagnosticCode.MISSING_ROW, Location.report()));
  }
}
