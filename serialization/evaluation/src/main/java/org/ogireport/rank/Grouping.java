package org.ogireport.rank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogireport.core.ReportFormatException;

/**
 * How a {@link Ranking} splits reports into groups that are ranked separately: all together, by
 * year, by the region prefix of the organ's name, by a pattern, or by a mapping file; and any two
 * combined.
 *
 * <pre>{@code
 * Grouping.byYear().groupOf("淮安市洪泽区人民政府", 2024);                    // "2024"
 * Grouping.byRegion().groupOf("淮安市洪泽区人民政府", 2024);                  // "淮安市"
 * Grouping.byYear().and(Grouping.byRegion()).groupOf("淮安市洪泽区人民政府", 2024);   // "2024 淮安市"
 * Grouping.readMapping(Path.of("groups.csv"));   // lines "淮安市洪泽区人民政府,区县"
 * }</pre>
 *
 * <p>An organ a pattern does not match or a mapping does not list falls in the group
 * {@value #UNMATCHED}. Organs are compared as printed, without leading and trailing white space.
 * Immutable and thread-safe.
 */
public final class Grouping {

  /** The group of organs a pattern does not match or a mapping does not list. */
  public static final String UNMATCHED = "（未分组）";

  /** The one group of {@link #none()}. */
  public static final String ALL = "全部";

  /**
   * The organ's name up to its first administrative-division word, e.g. 淮安市 of
   * 淮安市洪泽区人民政府, 巫溪县 of 巫溪县信访办公室, 内蒙古自治区 of 内蒙古自治区人民政府办公厅.
   */
  private static final Pattern REGION =
      Pattern.compile("^.+?(?:自治区|自治州|自治县|自治旗|特别行政区|省|市|盟|州|地区|县|区|旗)");

  private final String name;
  private final BiFunction<String, Integer, String> group;

  private Grouping(String name, BiFunction<String, Integer, String> group) {
    this.name = name;
    this.group = group;
  }

  /**
   * No grouping: every report in the group {@value #ALL}.
   *
   * @return the grouping
   */
  public static Grouping none() {
    return new Grouping("none", (organ, year) -> ALL);
  }

  /**
   * One group per report year, named by the year, e.g. {@code 2024}.
   *
   * @return the grouping
   */
  public static Grouping byYear() {
    return new Grouping("year", (organ, year) -> Integer.toString(year));
  }

  /**
   * One group per region prefix of the organ's name: the name up to the first of 省, 自治区, 市,
   * 自治州, 州, 盟, 地区, 县, 自治县, 区, 旗 (and 特别行政区), after at least one character. So
   * 淮安市洪泽区人民政府 and 淮安市人民政府 are both in 淮安市; a name without such a word (a
   * ministry) is in {@value #UNMATCHED}.
   *
   * @return the grouping
   */
  public static Grouping byRegion() {
    return byOrganPattern(REGION).named("region");
  }

  /**
   * One group per match of a pattern in the organ's name: the first group of the pattern if it
   * has one, else the whole match, of the first match found.
   *
   * @param pattern the pattern, not null
   * @return the grouping
   */
  public static Grouping byOrganPattern(Pattern pattern) {
    Objects.requireNonNull(pattern, "pattern");
    return new Grouping("pattern " + pattern.pattern(), (organ, year) -> {
      Matcher m = pattern.matcher(organ);
      if (!m.find()) {
        return UNMATCHED;
      }
      String found = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
      return found.isEmpty() ? UNMATCHED : found;
    });
  }

  /**
   * One group per value of a mapping from organ to group.
   *
   * @param organToGroup the groups by organ, not null; copied
   * @return the grouping
   */
  public static Grouping byMapping(Map<String, String> organToGroup) {
    Map<String, String> copy = new HashMap<>();
    organToGroup.forEach((organ, group) -> copy.put(organ.strip(), Objects.requireNonNull(group)));
    return new Grouping("mapping", (organ, year) -> copy.getOrDefault(organ.strip(), UNMATCHED));
  }

  /**
   * The mapping of a file; see {@link #readMapping(Reader, String)}.
   *
   * @param file a UTF-8 text file
   * @return the grouping
   * @throws ReportFormatException naming the file and line of a bad line, or the file when it is
   *     not UTF-8
   * @throws UncheckedIOException when the file cannot be read, its message naming the file and
   *     saying why: {@code no such file}, {@code permission denied}, {@code Is a directory}
   */
  public static Grouping readMapping(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readMapping(in, file.toString());
    } catch (IOException e) {
      String why = e instanceof NoSuchFileException ? "no such file"
          : e instanceof AccessDeniedException ? "permission denied"
          : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
          : e.getMessage();
      throw new UncheckedIOException(file + ": " + why, e);
    }
  }

  /**
   * A mapping from organ to group read from text: one {@code organ,group} (or
   * {@code organ<TAB>group}) per line, as a spreadsheet saves two columns as CSV. Blank lines and
   * lines starting with {@code #} are skipped, and so is a first line {@code organ,group}; a byte
   * order mark is ignored. Fields are stripped of white space; they cannot hold the separator
   * (no quoting).
   *
   * @param in the text, not null; not closed
   * @param source the name errors give for the input, e.g. a file name
   * @return the grouping
   * @throws ReportFormatException naming the source and line of a line without exactly two
   *     non-blank fields, or of an organ mapped a second time to another group (naming both lines);
   *     naming the source when the reader decodes bytes that are not UTF-8
   * @throws UncheckedIOException when the text cannot be read
   */
  public static Grouping readMapping(Reader in, String source) {
    Map<String, String> groups = new HashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    BufferedReader reader = new BufferedReader(in);
    int number = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        String[] fields = line.split(line.indexOf('\t') >= 0 ? "\t" : ",", -1);
        if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
          throw new ReportFormatException(source, number, 0, null,
              "expected 'organ,group' (two non-blank fields separated by a comma or a tab), got '"
                  + line + "'", null);
        }
        String organ = fields[0].strip();
        String group = fields[1].strip();
        if (number == 1 && organ.equalsIgnoreCase("organ") && group.equalsIgnoreCase("group")) {
          continue;
        }
        String before = groups.putIfAbsent(organ, group);
        if (before != null && !before.equals(group)) {
          throw new ReportFormatException(source, number, 0, null,
              "'" + organ + "' is mapped to '" + group + "' here and to '" + before + "' on line "
                  + lines.get(organ), null);
        }
        lines.putIfAbsent(organ, number);
      }
    } catch (CharacterCodingException e) {
      throw new ReportFormatException(source, 0, 0, null, "not UTF-8 text: save the mapping as"
          + " UTF-8 (Excel on Chinese Windows saves CSV in GBK: choose \"CSV UTF-8\")", e);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
    return byMapping(groups).named("mapping " + source);
  }

  /**
   * Both groupings: the group is this one's and the other's, separated by a space, e.g.
   * {@code 2024 淮安市}.
   *
   * @param other the grouping within each of this one's groups, not null
   * @return the combined grouping
   */
  public Grouping and(Grouping other) {
    Objects.requireNonNull(other, "other");
    return new Grouping(name + " and " + other.name,
        (organ, year) -> group.apply(organ, year) + " " + other.group.apply(organ, year));
  }

  /**
   * The group of an organ's report of a year.
   *
   * @param organ the organ as printed, not null
   * @param year the report year
   * @return the group's name, never empty
   */
  public String groupOf(String organ, int year) {
    return group.apply(organ.strip(), year);
  }

  /**
   * What the grouping is, e.g. {@code year and region}.
   *
   * @return the description
   */
  public String getName() {
    return name;
  }

  private Grouping named(String newName) {
    return new Grouping(newName, group);
  }

  @Override
  public String toString() {
    return name;
  }
}
