package org.ogireport.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FixturesTest {

  @Test
  void publishedTextIsTheTextASeedOrARealReportWasPublishedAs() {
    String seed = Fixtures.publishedText("001_78cf330bb6c558ff");
    assertTrue(seed.contains("重庆市涪陵区人民政府"), seed.substring(0, 200));
    String real = Fixtures.publishedText("hongze-2023");
    // the PDF's text wraps the title: 洪泽区人民政府 / 2023 年政府信息公开工作年度报告
    assertTrue(real.replaceAll("\\s+", "").contains("洪泽区人民政府2023年政府信息公开工作年度报告"),
        real.substring(0, 200));
  }

  @Test
  void publishedTextOfAnUnknownNameSaysWhichNamesThereAre() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Fixtures.publishedText("hongze-2022"));
    assertTrue(e.getMessage().contains("hongze-2023"), e.getMessage());
    assertTrue(e.getMessage().contains("001_78cf330bb6c558ff"), e.getMessage());
  }
}
