package versus.repair;

import java.util.HashSet;
import java.util.Set;

/** Splits text into stemmed lower-case ASCII words, the vocabulary emoji keywords are matched against. */
final class Words {

  private Words() {}

  /** The distinct words of {@code text} of three letters or more (membership only; never iterated into output). */
  static Set<String> of(CharSequence text) {
    Set<String> words = new HashSet<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c >= 'a' && c <= 'z') {
        word.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        word.append((char) (c + ('a' - 'A')));
      } else if (word.length() > 0) {
        if (word.length() >= 3) {
          words.add(EmojiTable.plural(word.toString()));
        }
        word.setLength(0);
      }
    }
    return words;
  }
}
