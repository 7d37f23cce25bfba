package org.ogireport.importer;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folds the glyph variants of published reports onto one form so that labels can be compared:
 * full-width ASCII to half-width, traditional characters to simplified ones (with the Taiwan
 * words 檔案, 資訊, 程式 mapped back), curly quotes and dashes to one glyph each.
 *
 * <p>{@link #fold} keeps the length of the text (one character for one), so that a position
 * found in the folded text is the same position in the printed one. {@link #key} goes further
 * for label matching: it also drops spaces and punctuation.
 */
final class TextNormalizer {

  private static final String TRADITIONAL =
      "開報規範總計結轉維糾審復議訴訟請處數許罰強費採購額國護權屬於類內務過執詢無機關沒現製補後確訪舉複覆獲繳納紀經續辦區組織業構會體況問題進項條對減決廢發萬單時間係鉤與設達門網縣鄉鎮廳員長衛環監質財稅資農產貿學醫療藥勞動檔銀險災應氣聯絡廣電視聞實據標準穩東見齊號傳圖書館歷陽鐵運輸選黨檢蘇漢蘭滬慶遼陝貴雲濟寧龍話郵編頁則並佈當聲態歸節點讀導興邊兩個來們從為爲這還遠適週錄鏈閱隊階際隨雙離難順須預領頻風驗嚴團園圍場壓專層幣幫廠徵徹慮戰戶擇擔擴斷棄極樣樓歲殘測滿潔熱爭狀獨畫盡盤眾礎禮種稱競築簡紅約級紙細終給統絕綜緊線練績繼職聽臺藝裝親覺覽觀訂討訓記診評試該詳認誤說課調談論諮證識讓變貨責貧貫賓贊車軍較載輕輔連違遞遷遺錯鍵閉闡陳陸隱雜靈頒頭顧顯養餘鬆啟佔剛劃勵勸匯厲參叢嚮噸壞夠奮妝婦孫寫寶將尋屆崗嶺幾廈彙徑憑懲戲攜擊擬擾敗斂暫槍樁歡毀湯溫滾潛灑煉營犧獎獻瑣璽畢疊瘡癒盜瞭矯礙禍穀窩糧緒締緩縮繫罷義習聖肅脅膽臨舊艦莊葉蕭薦藍虛蟲術衝襲覈訊託詐詞誠誌誕諾謝謠譯譽讚豐貞負貢貸賀賠賣賦賬賽趙跡蹤躍軌軒輝輪轄辭遜遲鄭釋鑒鑑閣闆隸雖韋韻頂頓頸頹顆願飄飯飾駐駕騰驅髮鬧魯鮮鳳鴻麼齡";
  private static final String SIMPLIFIED =
      "开报规范总计结转维纠审复议诉讼请处数许罚强费采购额国护权属于类内务过执询无机关没现制补后确访举复复获缴纳纪经续办区组织业构会体况问题进项条对减决废发万单时间系钩与设达门网县乡镇厅员长卫环监质财税资农产贸学医疗药劳动档银险灾应气联络广电视闻实据标准稳东见齐号传图书馆历阳铁运输选党检苏汉兰沪庆辽陕贵云济宁龙话邮编页则并布当声态归节点读导兴边两个来们从为为这还远适周录链阅队阶际随双离难顺须预领频风验严团园围场压专层币帮厂征彻虑战户择担扩断弃极样楼岁残测满洁热争状独画尽盘众础礼种称竞筑简红约级纸细终给统绝综紧线练绩继职听台艺装亲觉览观订讨训记诊评试该详认误说课调谈论咨证识让变货责贫贯宾赞车军较载轻辅连违递迁遗错键闭阐陈陆隐杂灵颁头顾显养余松启占刚划励劝汇厉参丛向吨坏够奋妆妇孙写宝将寻届岗岭几厦汇径凭惩戏携击拟扰败敛暂枪桩欢毁汤温滚潜洒炼营牺奖献琐玺毕叠疮愈盗了矫碍祸谷窝粮绪缔缓缩系罢义习圣肃胁胆临旧舰庄叶萧荐蓝虚虫术冲袭核讯托诈词诚志诞诺谢谣译誉赞丰贞负贡贷贺赔卖赋账赛赵迹踪跃轨轩辉轮辖辞逊迟郑释鉴鉴阁板隶虽韦韵顶顿颈颓颗愿飘饭饰驻驾腾驱发闹鲁鲜凤鸿么龄";
  /**
   * The simplified radicals of the CJK radicals supplement that a PDF's font may give for
   * ordinary characters ({@code ⻓} U+2ED3 for {@code 长}), each followed by its character. The
   * Kangxi radicals ({@code ⼈} U+2F08 for {@code 人}) are mapped by their compatibility
   * decomposition. No report prints a radical on purpose.
   */
  private static final String SUPPLEMENT_RADICALS =
      "⻓长⻔门⻅见⻛风⻚页⻢马⻋车⻉贝⻜飞⻬齐⻩黄⻰龙⻄西⻘青⻝食⻥鱼⻦鸟⻨麦⻮齿⻳龟⺠民⺟母⻁虎";
  /** The first and last Kangxi radical. */
  private static final char KANGXI_FIRST = '\u2F00';
  private static final char KANGXI_LAST = '\u2FD5';
  private static final char[] TO_SIMPLIFIED = new char[0x10000];
  /** Each radical glyph's character, 0 for every other character. */
  private static final char[] RADICAL = new char[0x10000];
  private static final Pattern PINYIN =
      Pattern.compile("(?<=[\\u3400-\\u9fff])[(（]\\s*[a-zA-Zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüńň]{1,8}\\s*[)）]");

  /** Every character folded: widths, spaces, quotes, dashes, then the script. */
  private static final char[] FOLDED = new char[0x10000];

  static {
    for (int c = 0; c < TO_SIMPLIFIED.length; c++) {
      TO_SIMPLIFIED[c] = (char) c;
    }
    for (char c = KANGXI_FIRST; c <= KANGXI_LAST; c++) {
      String character = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      RADICAL[c] = character.length() == 1 ? character.charAt(0) : 0;
    }
    for (int i = 0; i < SUPPLEMENT_RADICALS.length(); i += 2) {
      RADICAL[SUPPLEMENT_RADICALS.charAt(i)] = SUPPLEMENT_RADICALS.charAt(i + 1);
    }
    for (int i = 0; i < TRADITIONAL.length(); i++) {
      TO_SIMPLIFIED[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
    }
    for (int c = 0; c < FOLDED.length; c++) {
      FOLDED[c] = foldChar((char) c);
    }
  }

  private static char foldChar(char c) {
    if (c >= 0xFF01 && c <= 0xFF5E) {
      return (char) (c - 0xFEE0);
    }
    if (c == 0x3000 || c == 0x00A0 || c == 0x2002 || c == 0x2003 || c == 0x2009) {
      return ' ';
    }
    if (c == '“' || c == '”' || c == '„' || c == '«' || c == '»') {
      return '"';
    }
    if (c == '‘' || c == '’') {
      return '\'';
    }
    if (c == '—' || c == '–' || c == '−' || c == '‐' || c == '―' || c == '─') {
      return '-';
    }
    if (c == '．') {
      return '.';
    }
    return TO_SIMPLIFIED[c];
  }

  private TextNormalizer() {}

  /** Whether a text holds any traditional character this normalizer folds. */
  static boolean hasTraditional(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (TO_SIMPLIFIED[c] != c && c > 0x2000 && c != '覆') {
        return true;
      }
    }
    return false;
  }

  /**
   * The text with full-width digits made half-width ({@code ８８} becomes {@code 88}) and
   * nothing else changed, for readers of prose that know only ASCII digits.
   */
  static String halfWidthDigits(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '０' && c <= '９') {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = (char) (c - '０' + '0');
      }
    }
    return out == null ? text : new String(out);
  }

  /**
   * The text with each radical glyph replaced by the character it stands for ({@code ⼈民政府}
   * becomes {@code 人民政府}), one character for one; the same instance when it holds none.
   */
  static String replaceRadicals(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char r = RADICAL[text.charAt(i)];
      if (r != 0) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = r;
      }
    }
    return out == null ? text : new String(out);
  }

  /** Removes pinyin injected after characters, as in {@code 公(gong)開(kai)}. */
  static String stripPinyin(String text) {
    return PINYIN.matcher(text).replaceAll("");
  }

  /** Whether a text has pinyin injected after characters. */
  static boolean hasPinyin(String text) {
    for (int i = 1; i < text.length() - 2; i++) {
      char c = text.charAt(i);
      if ((c == '(' || c == '（') && text.charAt(i - 1) >= 0x3400 && text.charAt(i - 1) <= 0x9fff
          && isLatin(text.charAt(i + 1)) && PINYIN.matcher(text).region(i - 1, text.length())
              .find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLatin(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 'À' && c <= 'ǜ' || c == ' ';
  }

  /** Folds widths, scripts, quotes and dashes, one character for one. */
  static String fold(String text) {
    char[] out = null;
    boolean word = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = FOLDED[c];
      if (f != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = f;
      }
      word |= f == '档' || f == '资' || f == '程';
    }
    String s = out == null ? text : new String(out);
    if (word) {
      for (String[] w : TAIWAN_WORDS) {
        if (s.contains(w[0])) {
          s = s.replace(w[0], w[1]);
        }
      }
    }
    return s;
  }

  /** Words a Taiwan-phrase conversion changes, with the words they stand for. */
  private static final String[][] TAIWAN_WORDS = {{"档案", "文件"}, {"资讯", "信息"}, {"程式", "程序"}};

  /**
   * The matching key of a label: folded, without spaces, quotes and the punctuation that
   * varies between reports; numbering separators ({@code 1、}, {@code 1．}, {@code 1,}) become
   * {@code 1.}.
   */
  static String key(String text) {
    return keyOfFolded(fold(text));
  }

  /** The matching key of a text already folded ({@link #fold}). */
  static String keyOfFolded(String s) {
    char[] out = new char[s.length()];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char k = KEY_OF[c];
      if (k == AFTER_DIGIT) {
        k = n > 0 && out[n - 1] >= '0' && out[n - 1] <= '9' ? '.' : c == '、' ? '、' : ',';
      }
      if (k != 0) {
        out[n++] = k;
      }
    }
    return n == s.length() ? s : new String(out, 0, n);
  }

  /**
   * The key character of one folded character after the key built so far, 0 when the
   * character has none (spaces, quotes, the place of a span).
   */
  static char keyChar(char c, CharSequence before) {
    char k = KEY_OF[c];
    if (k != AFTER_DIGIT) {
      return k;
    }
    int n = before.length();
    if (n > 0 && before.charAt(n - 1) >= '0' && before.charAt(n - 1) <= '9') {
      return '.';
    }
    return c == '、' ? '、' : ',';
  }

  /** The key of each character; {@link #AFTER_DIGIT} where it depends on the one before. */
  private static final char[] KEY_OF = new char[0x10000];
  /** A list comma: a numbering's full stop after a digit ({@code 1、}), else a comma. */
  private static final char AFTER_DIGIT = '\uFFFF';

  static {
    for (int i = 0; i < KEY_OF.length; i++) {
      char c = (char) i;
      char k = c;
      if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '·' || c == '|'
          || c == HtmlText.COVERED.charAt(0) || c == '\u00A0' || c == '\u3000') {
        k = 0;
      } else if (c == '、' || c == ',' || c == '，') {
        k = AFTER_DIGIT;
      } else if (c == '；' || c == ';') {
        k = ',';
      } else if (c == '【' || c == '[' || c == '〔') {
        k = '(';
      } else if (c == '】' || c == ']' || c == '〕') {
        k = ')';
      }
      KEY_OF[i] = k;
    }
  }
}
