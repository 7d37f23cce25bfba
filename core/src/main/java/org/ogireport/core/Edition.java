package org.ogireport.core;

/**
 * An official edition of the report format.
 *
 * <p>{@code V2019} is 《中华人民共和国政府信息公开工作年度报告格式（试行）》 (国办公开办函〔2019〕60号),
 * used for report years 2019 and 2020; {@code V2021} is the format of 国办公开办函〔2021〕30号, used
 * from report year 2021. The edition decides the shape of the tables: a published report is read by
 * the shape it printed, which is not always the one its year calls for.
 */
public enum Edition {
  /** The 2019 trial edition: Article 20 items （一）（五）（六）（八）（九）, one （六）其他处理 row. */
  V2019("2019", "国办公开办函〔2019〕60号"),
  /** The 2021 edition: Article 20 items （一）（五）（六）（八）, （六）其他处理 split in three. */
  V2021("2021", "国办公开办函〔2021〕30号");

  private final String code;
  private final String notice;

  Edition(String code, String notice) {
    this.code = code;
    this.notice = notice;
  }

  /** {@return the code used in JSON, {@code "2019"} or {@code "2021"}} */
  public String getCode() {
    return code;
  }

  /** {@return the notice that issued the edition, e.g. {@code 国办公开办函〔2021〕30号}} */
  public String getNotice() {
    return notice;
  }

  /**
   * Obtains the edition by its JSON code.
   *
   * @param code the code, exactly {@code "2019"} or {@code "2021"}
   * @return the edition
   * @throws IllegalArgumentException naming the code and the allowed ones
   */
  public static Edition ofCode(String code) {
    for (Edition e : values()) {
      if (e.code.equals(code)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "unknown edition '" + code + "': expected \"2019\" or \"2021\"");
  }

  /**
   * Gets the edition the official notices prescribe for a report year. A published report may
   * still print the other edition's form: read it by the shape it has.
   *
   * @param reportYear the report year, any {@code int}
   * @return {@link #V2019} up to 2020, else {@link #V2021}
   */
  public static Edition forYear(int reportYear) {
    return reportYear <= 2020 ? V2019 : V2021;
  }
}
