package org.ogireport.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Cell;
import org.ogireport.core.Edition;
import org.ogireport.core.TableLayout;
import org.ogireport.json.ReportJson;

/**
 * Ready reports for downstream tests: the seeds, real published reports, and the blank forms of
 * each edition. Random valid and broken
 * reports come from {@link ReportGenerator}.
 *
 * <pre>{@code
 * AnnualReport form = Fixtures.blankForm(Edition.V2021);   // every cell blank (null in JSON)
 * AnnualReport zeros = Fixtures.zeroForm(Edition.V2019);   // every cell 0, the fresh form
 * }</pre>
 *
 * <p>The five seed reports and six real published reports, as ready objects read once from the
 * JSON resources under {@code org/ogireport/testing/fixtures/}:
 * <pre>{@code
 * AnnualReport fuling = Fixtures.seed("001_78cf330bb6c558ff");    // 重庆市涪陵区人民政府机关 2020
 * Map<String, AnnualReport> all = Fixtures.seeds();               // by file stem, in file order
 * AnnualReport hongze = Fixtures.realWorld("hongze-2023");        // 淮安市洪泽区人民政府 2023
 * }</pre>
 */
public final class Fixtures {

  /** The organ of the blank forms. */
  public static final String BLANK_ORGAN = "（机关名称）";

  private Fixtures() {}

  /**
   * Makes the form of an edition with every cell left blank, for the edition's first report
   * year (2019 or 2021), organ {@link #BLANK_ORGAN}.
   *
   * @param edition the edition, not null
   * @return the report, with no sections and no publication date
   */
  public static AnnualReport blankForm(Edition edition) {
    return blankForm(edition, edition == Edition.V2019 ? 2019 : 2021);
  }

  /**
   * Makes the form of an edition with every cell left blank, for a report year, organ
   * {@link #BLANK_ORGAN}.
   *
   * @param edition the edition, not null
   * @param year the report year, any {@code int} (the edition is not checked against it)
   * @return the report, with no sections and no publication date
   */
  public static AnnualReport blankForm(Edition edition, int year) {
    List<List<Cell>> tables = new ArrayList<>();
    for (TableLayout<?, ?> layout : TableLayout.all(edition)) {
      tables.add(layout.getSlots().stream().map(slot -> slot.getKind().blank()).toList());
    }
    return AnnualReport.builder(edition).organ(BLANK_ORGAN).year(year).tables(tables).build();
  }

  /**
   * Makes the fresh form of an edition: every count 0, every amount 0 万元, for the edition's
   * first report year, organ {@link #BLANK_ORGAN}.
   *
   * @param edition the edition, not null
   * @return the report
   */
  public static AnnualReport zeroForm(Edition edition) {
    return AnnualReport.blank(edition, BLANK_ORGAN, edition == Edition.V2019 ? 2019 : 2021);
  }

  /**
   * {@return the five seed reports by file stem (e.g. {@code 001_78cf330bb6c558ff}), in file
   * order; unmodifiable} They are read once, on first use of any fixture report.
   */
  public static Map<String, AnnualReport> seeds() {
    return Loaded.SEEDS;
  }

  /**
   * Gets one seed report by file stem.
   *
   * @param stem the file stem, e.g. {@code 001_78cf330bb6c558ff}
   * @return the report
   * @throws IllegalArgumentException naming the known stems
   */
  public static AnnualReport seed(String stem) {
    return find(Loaded.SEEDS, stem, "seed");
  }

  /**
   * {@return the six real published reports by name ({@code hongze-2023}, {@code hongze-2024},
   * {@code huaian-2024}, {@code kewei-2024}, {@code pingtan-2019}, {@code pingtan-2022}), as
   * hand-checked; unmodifiable} Each is the whole published report, as importing its text
   * (shipped under {@code org/ogireport/testing/published/realworld/}) gives it where the importer
   * reads it right: every cell as printed, the narrative sections with the text's line breaks
   * (page footers left out), and the publication date where the page gives one.
   */
  public static Map<String, AnnualReport> realWorld() {
    return Loaded.REAL_WORLD;
  }

  /**
   * Gets one real published report by name.
   *
   * @param name the name, e.g. {@code hongze-2023}
   * @return the report
   * @throws IllegalArgumentException naming the known names
   */
  public static AnnualReport realWorld(String name) {
    return find(Loaded.REAL_WORLD, name, "real-world report");
  }

  /**
   * Gets the text a seed or real report was published as, the input its fixture was checked
   * against: for an importer's test, and for users on the module path, where the resources of
   * this module cannot be read from outside it.
   *
   * <pre>{@code
   * String text = Fixtures.publishedText("hongze-2023");        // the PDF's text, as extracted
   * ImportResult result = ReportImporter.builder().build().read(text, "hongze-2023.txt");
   * }</pre>
   *
   * @param name a seed's stem ({@code 001_78cf330bb6c558ff}) or a real report's name
   *     ({@code hongze-2023})
   * @return the text, UTF-8 decoded
   * @throws IllegalArgumentException naming the known names
   */
  public static String publishedText(String name) {
    String folder = Loaded.SEEDS.containsKey(name) ? "seeds"
        : Loaded.REAL_WORLD.containsKey(name) ? "realworld" : null;
    if (folder == null) {
      throw new IllegalArgumentException("no published report '" + name + "': the seeds are "
          + Loaded.SEEDS.keySet() + ", the real reports " + Loaded.REAL_WORLD.keySet());
    }
    String resource = "/org/ogireport/testing/published/" + folder + "/" + name + ".txt";
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("fixture resource missing: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  private static AnnualReport find(Map<String, AnnualReport> reports, String name, String what) {
    AnnualReport report = reports.get(name);
    if (report == null) {
      throw new IllegalArgumentException(
          "no " + what + " '" + name + "': known are " + reports.keySet());
    }
    return report;
  }

  /** The fixtures, read on first use. */
  private static final class Loaded {
    static final Map<String, AnnualReport> SEEDS = load("seeds", List.of(
        "000_b780817e18a3daa1", "001_78cf330bb6c558ff", "002_48a57cdf3499fdc3",
        "003_593a2a3db21939e1", "004_769736e4f7e1b172"));
    static final Map<String, AnnualReport> REAL_WORLD = load("realworld", List.of(
        "hongze-2023", "hongze-2024", "huaian-2024", "kewei-2024", "pingtan-2019",
        "pingtan-2022"));

    private static Map<String, AnnualReport> load(String folder, List<String> names) {
      ReportJson json = ReportJson.standard();
      Map<String, AnnualReport> reports = new LinkedHashMap<>();
      for (String name : names) {
        String resource = "/org/ogireport/testing/fixtures/" + folder + "/" + name + ".json";
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("fixture resource missing: " + resource);
          }
          reports.put(name, json.read(in));
        } catch (IOException e) {
          throw new UncheckedIOException(resource, e);
        }
      }
      return Collections.unmodifiableMap(reports);
    }
  }
}
