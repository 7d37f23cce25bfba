package org.ogireport.office;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ogireport.core.AnnualReport;
import org.ogireport.render.HtmlRenderer;

/**
 * Writes the inputs of the independent producers (see {@code produced/make.sh}): each case as
 * {@code <name>.docx} (this module's writer), {@code <name>.html} (render's page) and
 * {@code <name>.bare.html} (render's fragment in a page without a stylesheet: tables without
 * lines, as a browser prints them).
 */
final class ProducerInputs {

  private ProducerInputs() {}

  /**
   * Writes the files.
   *
   * @param args the directory to write to, then optionally the names of the cases
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (Map.Entry<String, AnnualReport> e : Cases.all().entrySet()) {
      if (args.length > 1 && !java.util.Arrays.asList(args).contains(e.getKey())) {
        continue;
      }
      Files.write(dir.resolve(e.getKey() + ".docx"), DocxWriter.standard().write(e.getValue()));
      Files.writeString(dir.resolve(e.getKey() + ".html"),
          HtmlRenderer.page().render(e.getValue()), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(e.getKey() + ".bare.html"),
          "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"></head>\n<body>\n"
              + HtmlRenderer.fragment().render(e.getValue()) + "</body>\n</html>\n",
          StandardCharsets.UTF_8);
    }
  }
}
