package org.ogireport.cli;

import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options shared by the commands, each declared once and mixed in where it applies. */
final class Options {

  private Options() {}

  /** {@code -h, --help}: the command's usage on standard output, exit 0. */
  static final class Help {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean requested;
  }

  /** {@code --lang zh|en}: the language of the messages printed, Chinese by default. */
  static final class Language {
    @Option(names = "--lang", paramLabel = "zh|en", converter = LanguageConverter.class,
        description = "Language of the messages: zh (default) or en.")
    Locale locale = Locale.SIMPLIFIED_CHINESE;
  }

  /**
   * A converter of an option's value through a factory that throws
   * {@link IllegalArgumentException} with a message naming the value and what is expected, such
   * as {@code Edition.ofCode}: the message is what the user sees.
   *
   * @param <T> the option's type
   */
  abstract static class Parsed<T> implements ITypeConverter<T> {

    private final Function<String, T> factory;

    /**
     * A converter through a factory.
     *
     * @param factory makes the value, or throws saying what is expected
     */
    Parsed(Function<String, T> factory) {
      this.factory = factory;
    }

    @Override
    public final T convert(String value) {
      try {
        return factory.apply(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads {@code zh} or {@code en}. */
  static final class LanguageConverter extends Parsed<Locale> {
    LanguageConverter() {
      super(value -> switch (value) {
        case "zh" -> Locale.SIMPLIFIED_CHINESE;
        case "en" -> Locale.ENGLISH;
        default -> throw new IllegalArgumentException("expected zh or en, got '" + value + "'");
      });
    }
  }
}
