package org.ogireport.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ogireport.core.SectionId;
import org.ogireport.core.diagnostic.Diagnostic;

/**
 * One narrative section (一, 五 or 六) of the two years compared: how similar the texts are and
 * which passages changed.
 *
 * <pre>{@code
 * SectionComparison five = comparison.getSection(SectionId.PROBLEMS);
 * five.getSimilarity();   // Optional[0.4127]
 * five.getPassages();     // [Passage[removed=…, added=…], …]
 * }</pre>
 *
 * <p>The similarity is 1 − d / n, where d is the Levenshtein distance between the two texts with
 * white space removed and n the longer one's length: the share of characters that need no edit,
 * as the rule {@code SERIES-COPIED-PROBLEMS} measures it (its 90% threshold is on this figure).
 * Its cost grows with the product of the two lengths. Immutable and thread-safe.
 */
public final class SectionComparison {

  private final SectionId section;
  private final String previous;
  private final String current;
  private final BigDecimal similarity;
  private final List<Passage> passages;
  private final List<Diagnostic> findings;

  SectionComparison(SectionId section, String previous, String current, BigDecimal similarity,
      List<Passage> passages, List<Diagnostic> findings) {
    this.section = section;
    this.previous = previous;
    this.current = current;
    this.similarity = similarity;
    this.passages = List.copyOf(passages);
    this.findings = List.copyOf(findings);
  }

  /**
   * The section.
   *
   * @return the section
   */
  public SectionId getSection() {
    return section;
  }

  /**
   * Last year's text as published.
   *
   * @return the text, or empty when last year's report has no such section
   */
  public Optional<String> getPrevious() {
    return Optional.ofNullable(previous);
  }

  /**
   * This year's text as published.
   *
   * @return the text, or empty when this year's report has no such section
   */
  public Optional<String> getCurrent() {
    return Optional.ofNullable(current);
  }

  /**
   * The similarity, from 0 (nothing in common) to 1 (identical but for white space), rounded down
   * to four decimals (so 0.9 is reached only by texts at least 90% identical).
   *
   * @return the similarity, or empty unless both years have the section
   */
  public Optional<BigDecimal> getSimilarity() {
    return Optional.ofNullable(similarity);
  }

  /**
   * The changed passages in text order; empty when the texts are the same sentence for sentence
   * or a year lacks the section.
   *
   * @return the passages
   */
  public List<Passage> getPassages() {
    return passages;
  }

  /**
   * The findings of the series rules on this section (e.g. {@code SERIES-COPIED-PROBLEMS}).
   *
   * @return the findings, possibly empty
   */
  public List<Diagnostic> getFindings() {
    return findings;
  }

  @Override
  public String toString() {
    return section.getJsonName() + " similarity "
        + (similarity == null ? "—" : similarity.toPlainString()) + ", " + passages.size()
        + " changed passages";
  }
}
