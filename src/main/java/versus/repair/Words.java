package versus.repair;

import java.util.HashSet;
import java.util.Set;

/** Splits text into stemmed lower-case ASCII words, the vocabulary emoji keywords are matched against. */
final class Words {

  private Words() {}

  /** The distinct words of {@code text} of three letters or more (membership only; never iterated into output). */
  static Set<String> of(CharSequence text) {
    Set<String> words = new HashSet<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (i - start >= 3) {
          words.add(EmojiTable.stem(text.subSequence(start, i).toString()));
        }
        start = -1;
      }
    }
    return words;
  }
}
