package org.ogireport.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.core.ReportFormatException;

class GroupingTest {

  @Test
  void regionIsTheNameUpToItsFirstAdministrativeDivision() {
    Grouping region = Grouping.byRegion();
    assertEquals("淮安市", region.groupOf("淮安市洪泽区人民政府", 2024));
    assertEquals("淮安市", region.groupOf(" 淮安市人民政府 ", 2024));
    assertEquals("重庆市", region.groupOf("重庆市涪陵区人民政府办公室", 2020));
    assertEquals("巫溪县", region.groupOf("巫溪县信访办公室", 2022));
    assertEquals("内蒙古自治区", region.groupOf("内蒙古自治区人民政府办公厅", 2022));
    assertEquals("延边朝鲜族自治州", region.groupOf("延边朝鲜族自治州人民政府", 2022));
    assertEquals(Grouping.UNMATCHED, region.groupOf("市场监督管理总局", 2022));
    assertEquals("region", region.getName());
  }

  @Test
  void patternsYearsAndCombinations() {
    Grouping suffix = Grouping.byOrganPattern(Pattern.compile("(局|委员会|办公室)$"));
    assertEquals("局", suffix.groupOf("固原市信访局", 2020));
    assertEquals(Grouping.UNMATCHED, suffix.groupOf("某县人民政府", 2020));
    assertEquals("2020 局", Grouping.byYear().and(suffix).groupOf("固原市信访局", 2020));
    assertEquals(Grouping.ALL, Grouping.none().groupOf("固原市信访局", 2020));
    assertEquals("year and pattern (局|委员会|办公室)$", Grouping.byYear().and(suffix).getName());
  }

  @Test
  void aMappingFileMapsOrgansAndSkipsHeaderCommentsAndBlankLines() {
    Grouping mapping = Grouping.readMapping(new StringReader(
        "\uFEFForgan,group\n# 区县政府\n淮安市洪泽区人民政府, 区县\n\n淮安市人民政府\t市级\n"
            + "淮安市洪泽区人民政府,区县\n"), "groups.csv");
    assertEquals("区县", mapping.groupOf("淮安市洪泽区人民政府", 2024));
    assertEquals("市级", mapping.groupOf("淮安市人民政府", 2024));
    assertEquals(Grouping.UNMATCHED, mapping.groupOf("南京市人民政府", 2024));
    assertEquals("mapping groups.csv", mapping.getName());
    assertEquals("甲", Grouping.byMapping(Map.of(" 某局 ", "甲")).groupOf("某局", 2024));
  }

  @Test
  void aBadLineIsAnErrorNamingItsLine() {
    ReportFormatException threeFields = assertThrows(ReportFormatException.class,
        () -> Grouping.readMapping(new StringReader("甲局,一组\n乙局,二组,多余\n"), "groups.csv"));
    assertEquals("groups.csv:2: expected 'organ,group' (two non-blank fields separated by a comma "
        + "or a tab), got '乙局,二组,多余'", threeFields.getMessage());
    assertEquals(2, threeFields.getLine());
    ReportFormatException blank = assertThrows(ReportFormatException.class,
        () -> Grouping.readMapping(new StringReader("甲局,\n"), "g.csv"));
    assertEquals("g.csv:1: expected 'organ,group' (two non-blank fields separated by a comma or a "
        + "tab), got '甲局,'", blank.getMessage());
    ReportFormatException twice = assertThrows(ReportFormatException.class,
        () -> Grouping.readMapping(new StringReader("甲局,一组\n\n甲局,二组\n"), "g.csv"));
    assertEquals("g.csv:3: '甲局' is mapped to '二组' here and to '一组' on line 1",
        twice.getMessage());
  }

  @Test
  void aMappingFileThatCannotBeReadSaysWhy(@TempDir Path dir) throws IOException {
    Path gbk = Files.write(dir.resolve("groups.csv"),
        "甲局,一组\n乙局,二组\n".getBytes(Charset.forName("GBK")));
    ReportFormatException notUtf8 =
        assertThrows(ReportFormatException.class, () -> Grouping.readMapping(gbk));
    assertEquals(gbk + ": not UTF-8 text: save the mapping as UTF-8 (Excel on Chinese Windows"
        + " saves CSV in GBK: choose \"CSV UTF-8\")", notUtf8.getMessage());
    Path missing = dir.resolve("missing.csv");
    assertEquals(missing + ": no such file", assertThrows(UncheckedIOException.class,
        () -> Grouping.readMapping(missing)).getMessage());
    assertEquals(dir + ": Is a directory", assertThrows(UncheckedIOException.class,
        () -> Grouping.readMapping(dir)).getMessage());
  }
}
