package org.ogireport.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The narrative sections of a report: 一、总体情况, 五、存在的主要问题及改进情况 and
 * 六、其他需要报告的事项, each optional, kept as published.
 *
 * <pre>{@code
 * Sections s = Sections.builder().overview("本年度共受理申请8件……").build();
 * s.get(SectionId.OVERVIEW);   // Optional[本年度共受理申请8件……]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Sections {

  Sections() {}

  /** {@return the text of 一、总体情况; empty when the report has none} */
  public abstract Optional<String> getOverview();

  /** {@return the text of 五、存在的主要问题及改进情况; empty when the report has none} */
  public abstract Optional<String> getProblems();

  /** {@return the text of 六、其他需要报告的事项; empty when the report has none} */
  public abstract Optional<String> getOtherMatters();

  /**
   * Gets the text of a section by its id.
   *
   * @param id the section, not null
   * @return the text as published, or empty
   */
  public final Optional<String> get(SectionId id) {
    return switch (id) {
      case OVERVIEW -> getOverview();
      case PROBLEMS -> getProblems();
      case OTHER_MATTERS -> getOtherMatters();
    };
  }

  /** {@return whether no section has a text} */
  public final boolean isEmpty() {
    return getOverview().isEmpty() && getProblems().isEmpty() && getOtherMatters().isEmpty();
  }

  /** {@return the sections with no texts, a shared instance} */
  public static Sections empty() {
    return Empty.SECTIONS;
  }

  /** {@return a new builder of section texts, every section empty until set} */
  public static ImmutableSections.Builder builder() {
    return ImmutableSections.builder();
  }

  private static final class Empty {
    static final Sections SECTIONS = ImmutableSections.builder().build();
  }
}
