package org.ogireport.importer.variants;

import java.util.List;
import java.util.Random;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.CellState;
import org.ogireport.core.Count;

/**
 * The narrative of a generated page, as real reports write it: numbers of their own, the
 * tables' labels in running text (规范性文件, 行政许可类信息, 收到和处理政府信息公开申请情况), numbered
 * sub-items, and sometimes the table's figures, not always the ones the tables print.
 */
final class Prose {

  /** The six section headings as the official form prints them. */
  static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

  private final AnnualReport report;
  private final Random random;

  Prose(AnnualReport report, Random random) {
    this.report = report;
    this.random = random;
  }

  /** The opening sentences before 一、总体情况. */
  String opening() {
    return "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，编制完成了本报告。本报告包括总体情况、"
        + "主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
        + "存在的主要问题及改进情况和其他需要报告的事项等六个部分。本报告所列数据的统计期限自"
        + report.getYear() + "年1月1日起至" + report.getYear() + "年12月31日止。如对本报告有任何疑问，"
        + "请与本机关办公室联系（电话：0591-2316" + (5000 + random.nextInt(4000)) + "）。";
  }

  /** The paragraphs of 一、总体情况. */
  List<String> overview() {
    int year = report.getYear();
    String applications = applications();
    return List.of(
        year + "年，在上级部门的关心和指导下，本机关认真贯彻落实《条例》，完善工作机制，拓宽公开渠道。",
        "（一）主动公开情况。全年共公布政府信息" + (100 + random.nextInt(3000)) + "条，其中规范性文件类信息"
            + random.nextInt(90) + "条，行政许可类信息" + random.nextInt(90) + "条，规划计划类信息"
            + random.nextInt(40) + "条。",
        "（二）依申请公开情况。" + applications + "均在法定期限内予以答复。",
        "1.加强组织领导，健全工作机制。2.把握工作重点，扎实推进信息公开。（1）加强政策解读，组织"
            + (1 + random.nextInt(30)) + "期在线访谈。",
        "（三）政府信息管理情况。严格执行“先审后发”程序，全年审核信息" + (200 + random.nextInt(900)) + "条。");
  }

  /** A sentence on applications: the table's figure, another figure, or none. */
  private String applications() {
    Count received = report.getApplications().getCount(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);
    return switch (random.nextInt(3)) {
      case 0 -> received.getState() == CellState.NUMBER
          ? "全年共受理政府信息公开申请" + received.getValue() + "件，" : "";
      case 1 -> "区政府办代表区政府受理政府信息公开申请" + (1 + random.nextInt(40)) + "件，";
      default -> "";
    };
  }

  /** The paragraphs of 五. */
  List<String> problems() {
    return List.of("一是个别部门对政府信息公开工作主动性仍待提高；二是公开的长效工作机制建设不够完善。",
        (report.getYear() + 1) + "年，我们将采取以下措施加以改进：（一）继续强化信息公开责任。（二）继续完善信息公开机制。");
  }

  /** The paragraph of 六. */
  String otherMatters() {
    return random.nextBoolean() ? "无其他需要报告的事项。"
        : report.getYear() + "年，未收取信息处理费。";
  }
}
