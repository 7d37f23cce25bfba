package org.ogireport.core.diagnostic;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The Chinese and English message templates of one module, with named parameters written
 * {@code {name}} (the syntax of Jakarta Bean Validation messages, without expressions).
 *
 * <pre>{@code
 * MessageBundle messages = MessageBundle.of(
 *     ResourceBundle.getBundle("org.ogireport.importer.Messages", Locale.SIMPLIFIED_CHINESE),
 *     ResourceBundle.getBundle("org.ogireport.importer.Messages", Locale.ENGLISH));
 * messages.format("MISSING_ROW", Locale.ENGLISH, Map.of("row", "（七）总计"));
 * }</pre>
 *
 * <p>The module that owns the bundles loads them (so that a named module finds its own
 * resources) and hands them over. Immutable and thread-safe.
 */
public final class MessageBundle {

  private final ResourceBundle chinese;
  private final ResourceBundle english;

  private MessageBundle(ResourceBundle chinese, ResourceBundle english) {
    this.chinese = Objects.requireNonNull(chinese, "chinese");
    this.english = Objects.requireNonNull(english, "english");
  }

  /**
   * The templates of a module.
   *
   * @param chinese the bundle for Chinese, not null
   * @param english the bundle for every other language, not null
   * @return the message bundle
   */
  public static MessageBundle of(ResourceBundle chinese, ResourceBundle english) {
    return new MessageBundle(chinese, english);
  }

  /**
   * A message with its parameters filled in: {@code {name}} is replaced by the argument's
   * {@code String.valueOf}; braces around anything that is no argument stay as they are.
   *
   * @param key the template's key, not null
   * @param locale Chinese for any locale whose language is {@code zh}, English otherwise
   * @param arguments the named parameters, not null
   * @return the message
   * @throws MissingResourceException when the bundle has no such key
   */
  public String format(String key, Locale locale, Map<String, ?> arguments) {
    ResourceBundle bundle = isChinese(locale) ? chinese : english;
    return fill(bundle.getString(key), arguments);
  }

  static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * Fills {@code {name}} parameters of a template.
   *
   * @param template the template, not null
   * @param arguments the named parameters, not null
   * @return the filled template
   */
  public static String fill(String template, Map<String, ?> arguments) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close > 0 && arguments.containsKey(template.substring(i + 1, close))) {
        out.append(arguments.get(template.substring(i + 1, close)));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Text from an input made safe for a one-line message: line breaks, other control characters
   * and the line and paragraph separators become Java-style escapes ({@code \n}, {@code \u2028}),
   * so every error stays on one line whatever the field names and values.
   *
   * @param text the text
   * @return the text with every unsafe character escaped
   */
  public static String printable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
            ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return sb.toString();
  }
}
