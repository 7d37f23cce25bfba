package org.ogireport.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Properties;
import java.util.ResourceBundle;
import org.ogireport.core.diagnostic.MessageBundle;

/**
 * The messages of the rules, from the bundles Hibernate Validator reads too
 * ({@code ContributorValidationMessages.properties}, {@code _en}, {@code _zh_CN}, UTF-8): every
 * copy on the class path, merged as Hibernate Validator merges them, so another library's bundle
 * of the same name hides none of ours.
 */
final class Messages {

  private static final String NAME = "ContributorValidationMessages";

  /** Chinese and English. */
  static final MessageBundle BUNDLE = MessageBundle.of(load("_zh_CN"), load("_en"));

  private Messages() {}

  private static ResourceBundle load(String suffix) {
    Properties merged = new Properties();
    read(NAME + ".properties", merged);
    read(NAME + suffix + ".properties", merged);
    return new ResourceBundle() {
      @Override
      protected Object handleGetObject(String key) {
        return merged.getProperty(key);
      }

      @Override
      public Enumeration<String> getKeys() {
        return Collections.enumeration(merged.stringPropertyNames());
      }
    };
  }

  private static void read(String resource, Properties into) {
    try {
      ClassLoader loader = Messages.class.getClassLoader();
      for (URL url : Collections.list(loader.getResources(resource))) {
        try (InputStream in = url.openStream()) {
          into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the message bundle " + resource, e);
    }
  }
}
