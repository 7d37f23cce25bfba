package org.ogireport.importer;

/**
 * A printed text with its matching key ({@link TextNormalizer#key}) and, for every character of
 * the key, the index of the printed character it comes from: a label found in the key (spaces,
 * quotes and punctuation variants ignored) is cut out of the printed text at the right place.
 */
final class KeyedText {

  private final String key;
  private final int[] origin;
  private final int length;

  private KeyedText(String key, int[] origin, int length) {
    this.key = key;
    this.origin = origin;
    this.length = length;
  }

  /** The key of a folded text ({@link SourceLine#folded()}), with the origins. */
  static KeyedText of(String folded) {
    StringBuilder sb = new StringBuilder(folded.length());
    int[] origin = new int[folded.length()];
    for (int i = 0; i < folded.length(); i++) {
      char k = TextNormalizer.keyChar(folded.charAt(i), sb);
      if (k != 0) {
        origin[sb.length()] = i;
        sb.append(k);
      }
    }
    return new KeyedText(sb.toString(), origin, folded.length());
  }

  /** The key. */
  String key() {
    return key;
  }

  /** The index in the printed text of the key character at {@code at}; the text's length at the end. */
  int origin(int at) {
    return at < key.length() ? origin[at] : length;
  }

  /** The index in the printed text just after the key character at {@code at - 1}. */
  int originEnd(int at) {
    return at == 0 ? 0 : origin[at - 1] + 1;
  }
}
