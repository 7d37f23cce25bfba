package org.ogireport.importer.variants;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ogireport.core.Amount;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.Applicant;
import org.ogireport.core.ApplicationRow;
import org.ogireport.core.Applications;
import org.ogireport.core.CellSlot;
import org.ogireport.core.CellState;
import org.ogireport.core.Column;
import org.ogireport.core.Count;
import org.ogireport.core.Disclosure2019Column;
import org.ogireport.core.Disclosure2019Row;
import org.ogireport.core.Edition;
import org.ogireport.core.ProactiveDisclosure2019;
import org.ogireport.core.ProactiveDisclosure2021;
import org.ogireport.core.Report2019;
import org.ogireport.core.Report2021;
import org.ogireport.core.ReviewAndLitigation;
import org.ogireport.core.Row;
import org.ogireport.core.Table;

/**
 * Makes published-looking reports from a report: {@link #published} is the report as the
 * variant publishes it (some cells blank or marked, a single （六） row, money in other units),
 * {@link #print} its text or HTML page in the variant's layout with the variant's quirks.
 *
 * <pre>{@code
 * Variant v = new Variant(Layout.TABS, EnumSet.of(Quirk.PAGE_FOOTERS), 7);
 * AnnualReport expected = VariantMaker.published(report, v);
 * String text = VariantMaker.print(expected, v);   // imports back to expected, cell for cell
 * }</pre>
 */
final class VariantMaker {

  private static final String[] FOOTERS = {"- %d -", "— %d —", "第 %d 页", "%d/7", "-%d-"};
  private static final String SIMPLIFIED =
      "开报规范总计结转维纠审复议诉讼请处数许罚强费采购额国护权属于类内务过执询无机关没现制补后确访举获缴纳经续办区组织业构会况问题进项条对减决废发万单与设门县镇员长实据标准稳这还录应统为级证论认话说读调达们来从个产华监质财资农学医药劳动气联电视闻号传图书馆党检页则当点兴边际随领严团场专层";
  private static final String TRADITIONAL =
      "開報規範總計結轉維糾審復議訴訟請處數許罰強費採購額國護權屬於類內務過執詢無機關沒現製補後確訪舉獲繳納經續辦區組織業構會況問題進項條對減決廢發萬單與設門縣鎮員長實據標準穩這還錄應統為級證論認話說讀調達們來從個產華監質財資農學醫藥勞動氣聯電視聞號傳圖書館黨檢頁則當點興邊際隨領嚴團場專層";

  private VariantMaker() {}

  /** The report as the variant publishes it: what an import must give back. */
  static AnnualReport published(AnnualReport report, Variant variant) {
    Random random = new Random(variant.seed() * 31 + 7);
    Table<?, ?> disclosure = report.getTables().get(0);
    Applications applications = (Applications) report.getTables().get(1);
    ReviewAndLitigation review = (ReviewAndLitigation) report.getTables().get(2);
    boolean blanks = variant.has(Quirk.BLANKS_AND_MARKERS) && variant.layout().showsBlanks();
    if (!variant.layout().showsBlanks()) {
      // PDF text loses blank cells without a trace: such a layout prints them as markers
      applications = blanksMarked(Applications.builder(applications.getEdition()).from(applications))
          .build();
      review = blanksMarked(ReviewAndLitigation.builder().from(review)).build();
    }
    if (report instanceof Report2019 r) {
      ProactiveDisclosure2019.Builder b = ProactiveDisclosure2019.builder()
          .from(r.getProactiveDisclosure());
      if (variant.has(Quirk.MONEY_STYLES)) {
        Amount amount = r.getProactiveDisclosure().getAmount(
            Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT);
        b.set(Disclosure2019Row.PROCUREMENT, Disclosure2019Column.AMOUNT,
            new Printer(variant, random).restyled(amount));
      }
      disclosure = blanks ? withBlanks(b, random).build() : b.build();
    } else if (blanks) {
      disclosure = withBlanks(ProactiveDisclosure2021.builder()
          .from(((Report2021) report).getProactiveDisclosure()), random).build();
    }
    if (blanks) {
      applications = withBlanks(
          Applications.builder(applications.getEdition()).from(applications), random).build();
      review = withBlanks(ReviewAndLitigation.builder().from(review), random).build();
    }
    if (variant.has(Quirk.SINGLE_OTHER_HANDLING) && report.getEdition() == Edition.V2021) {
      // one （六）其他处理 row printing what the form's three rows hold together
      Applications.Builder b = Applications.builder(Edition.V2021).from(applications);
      for (Applicant column : Applicant.values()) {
        Count other = applications.getCount(ApplicationRow.OTHER_OTHER, column);
        if (other.getState() == CellState.NUMBER) {
          b.set(ApplicationRow.OTHER_OTHER, column, other.getValue()
              + applications.getCount(ApplicationRow.OTHER_NO_CORRECTION, column).orZero()
              + applications.getCount(ApplicationRow.OTHER_UNPAID_FEE, column).orZero());
        }
      }
      for (ApplicationRow row : List.of(
          ApplicationRow.OTHER_NO_CORRECTION, ApplicationRow.OTHER_UNPAID_FEE)) {
        Applicant.parts().forEach(c -> b.setBlank(row, c));
        b.setBlank(row, Applicant.TOTAL);
      }
      applications = b.build();
    }
    String organ = variant.has(Quirk.TRADITIONAL) ? traditional(report.getOrgan()) : report.getOrgan();
    return switch (report.getEdition()) {
      case V2019 -> Report2019.builder().organ(organ).year(report.getYear())
          .proactiveDisclosure((ProactiveDisclosure2019) disclosure)
          .applications(applications).reviewAndLitigation(review).build();
      case V2021 -> Report2021.builder().organ(organ).year(report.getYear())
          .proactiveDisclosure((ProactiveDisclosure2021) disclosure)
          .applications(applications).reviewAndLitigation(review).build();
    };
  }

  private static <B extends Table.Builder<?, R, C, B>, R extends Enum<R> & Row<C>,
      C extends Enum<C> & Column> B blanksMarked(B builder) {
    for (CellSlot<R, C> slot : builder.getLayout().getSlots()) {
      if (builder.get(slot.getRow(), slot.getColumn()).getState() == CellState.BLANK) {
        builder.setMarker(slot.getRow(), slot.getColumn());
      }
    }
    return builder;
  }

  /** About one cell in eight left blank or marked, anywhere in a row. */
  private static <B extends Table.Builder<?, R, C, B>, R extends Enum<R> & Row<C>,
      C extends Enum<C> & Column> B withBlanks(B builder, Random random) {
    for (CellSlot<R, C> slot : builder.getLayout().getSlots()) {
      int draw = random.nextInt(16);
      if (draw == 0) {
        builder.setBlank(slot.getRow(), slot.getColumn());
      } else if (draw == 1) {
        builder.setMarker(slot.getRow(), slot.getColumn());
      }
    }
    return builder;
  }

  /** The published report printed in the variant's layout. */
  static String print(AnnualReport published, Variant variant) {
    Random random = new Random(variant.seed());
    Printer printer = new Printer(variant, random);
    FormGrids grids = new FormGrids(printer);
    Applications applications = (Applications) published.getTables().get(1);
    boolean single = variant.has(Quirk.SINGLE_OTHER_HANDLING)
        && published.getEdition() == Edition.V2021;
    int subtotalAt = variant.has(Quirk.SUBTOTAL_COLUMN) ? (random.nextBoolean() ? 1 : 6) : -1;
    List<Grid> tables = List.of(
        grids.disclosure(published),
        grids.applications(applications, subtotalAt, single),
        grids.review((ReviewAndLitigation) published.getTables().get(2)));
    Document document = new Document(variant, random);
    String text = document.render(published, tables);
    return variant.has(Quirk.TRADITIONAL) ? traditional(text) : text;
  }

  private static String traditional(String text) {
    StringBuilder sb = new StringBuilder(text.replace("文件", "檔案"));
    for (int i = 0; i < sb.length(); i++) {
      int at = SIMPLIFIED.indexOf(sb.charAt(i));
      if (at >= 0) {
        sb.setCharAt(i, TRADITIONAL.charAt(at));
      }
    }
    return sb.toString();
  }

  /** A page footer line of a PDF page. */
  static String footer(Random random) {
    return String.format(FOOTERS[random.nextInt(FOOTERS.length)], 2 + random.nextInt(8));
  }

  /** Lines of text split at line breaks. */
  static List<String> lines(String text) {
    return new ArrayList<>(List.of(text.split("\n", -1)));
  }
}
