package org.ogireport.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ogireport.core.AnnualReport;
import org.ogireport.core.SectionId;
import org.ogireport.core.TableId;
import org.ogireport.core.diagnostic.Diagnostic;

/**
 * Two years of one organ's report compared: every table cell side by side with its change, the
 * section texts with their similarity and changed passages, and the series rules' findings, in
 * place on the cells and sections they concern. Made by {@link ReportComparator}; written as HTML,
 * Markdown or JSON by {@link ComparisonFormat}.
 *
 * <pre>{@code
 * YearComparison c = ReportComparator.create().compare(report2023, report2024);
 * c.getCell("applications.newReceived.total").orElseThrow().getDifference();   // Optional[74]
 * c.getSection(SectionId.PROBLEMS).getSimilarity();                             // Optional[0.2140]
 * c.count(Change.INCREASED);                                                    // 41
 * String page = ComparisonFormat.HTML.render(c);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class YearComparison {

  private final AnnualReport previous;
  private final AnnualReport current;
  private final List<CellComparison> cells;
  private final Map<SectionId, SectionComparison> sections;
  private final List<Diagnostic> findings;

  YearComparison(AnnualReport previous, AnnualReport current, List<CellComparison> cells,
      Map<SectionId, SectionComparison> sections, List<Diagnostic> findings) {
    this.previous = previous;
    this.current = current;
    this.cells = List.copyOf(cells);
    this.sections = new EnumMap<>(sections);
    this.findings = List.copyOf(findings);
  }

  /**
   * Last year's report.
   *
   * @return the report
   */
  public AnnualReport getPrevious() {
    return previous;
  }

  /**
   * This year's report.
   *
   * @return the report
   */
  public AnnualReport getCurrent() {
    return current;
  }

  /**
   * The organ, as this year's report prints it.
   *
   * @return the organ
   */
  public String getOrgan() {
    return current.getOrgan();
  }

  /**
   * Whether the two reports follow different editions of the form (the 2020→2021 change), so
   * that some cells cannot be compared.
   *
   * @return whether the editions differ
   */
  public boolean isEditionChange() {
    return previous.getEdition() != current.getEdition();
  }

  /**
   * Every cell of the three tables: per table, this year's cells in the form's order, then any
   * group compared by its sum, then last year's cells this year's form does not have.
   *
   * @return the cells
   */
  public List<CellComparison> getCells() {
    return cells;
  }

  /**
   * The cells of one table, in the order of {@link #getCells()}.
   *
   * @param table the table, not null
   * @return the cells
   */
  public List<CellComparison> getCells(TableId table) {
    return cells.stream().filter(c -> c.getTable() == table).toList();
  }

  /**
   * The comparison of one cell by its JSON path (this year's, or last year's for a cell only
   * last year's form has), e.g. {@code applications.newReceived.total}; a group compared by its
   * sum is found by {@link #getCells()}.
   *
   * @param path the JSON path
   * @return the comparison, or empty when neither form has the cell
   */
  public Optional<CellComparison> getCell(String path) {
    return cells.stream().filter(c -> c.getPath().equals(path) && !c.isGroup()).findFirst();
  }

  /**
   * The number of cells (and groups) with a change.
   *
   * @param change the change, not null
   * @return how many comparisons have it
   */
  public long count(Change change) {
    return cells.stream().filter(c -> c.getChange() == change).count();
  }

  /**
   * The comparison of one narrative section.
   *
   * @param section the section, not null
   * @return the comparison
   */
  public SectionComparison getSection(SectionId section) {
    return sections.get(section);
  }

  /**
   * The three narrative sections in report order (一, 五, 六).
   *
   * @return the comparisons
   */
  public List<SectionComparison> getSections() {
    return List.copyOf(sections.values());
  }

  /**
   * Every finding of the series rules (warnings), in year, catalogue and path order, then the
   * rules that did not apply to these two years (info, with the reason); the same findings are
   * also on the cells and sections they concern.
   *
   * @return the findings
   */
  public List<Diagnostic> getFindings() {
    return findings;
  }

  @Override
  public String toString() {
    return getOrgan() + " " + previous.getYear() + "→" + current.getYear() + ": "
        + count(Change.INCREASED) + " increased, " + count(Change.DECREASED) + " decreased, "
        + count(Change.UNCHANGED) + " unchanged, " + count(Change.NUMBER_MISSING)
        + " number missing, " + count(Change.NOT_COMPARABLE) + " not comparable, "
        + findings.size() + " findings";
  }
}
