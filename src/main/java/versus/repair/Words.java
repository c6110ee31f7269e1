package versus.repair;

import java.util.HashSet;
import java.util.Set;

/**
 * Finds the words of a fixed vocabulary (the emoji keywords) in text: lower-case ASCII words of three letters or more,
 * without a plural {@code s}. Only vocabulary words are kept, since only they are ever looked up; each word of the text
 * is hashed as it is read and compared in place with the vocabulary word of the same hash, so reading a whole note
 * allocates nothing per word.
 *
 * <p>Immutable and thread-safe.
 */
final class Words {

  /** The vocabulary as an open-addressing table keyed by {@link String#hashCode}, at most a quarter full. */
  private final String[] table;

  /** The hash of each word of {@link #table}, so that a probe reads one array. */
  private final int[] hashes;

  Words(Set<String> vocabulary) {
    table = new String[Integer.highestOneBit(Math.max(1, vocabulary.size()) * 4) * 2];
    hashes = new int[table.length];
    for (String word : vocabulary) {
      int i = slot(word.hashCode());
      while (table[i] != null) {
        i = (i + 1) & (table.length - 1);
      }
      table[i] = word;
      hashes[i] = word.hashCode();
    }
  }

  /**
   * The vocabulary words among the words of {@code text} (membership only; never iterated into output). A word is a
   * run of ASCII letters, lower-cased, without a plural {@code s} ({@link EmojiTable#plural}).
   */
  Set<String> in(String text) {
    Set<String> found = new HashSet<>();
    int start = -1;
    int hash = 0; // String.hashCode of the lower-cased word read so far
    int hashBeforeLast = 0; // the same without its last letter, for a plural
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? lower(text.charAt(i)) : ' ';
      if (c >= 'a' && c <= 'z') {
        if (start < 0) {
          start = i;
          hash = 0;
        }
        hashBeforeLast = hash;
        hash = 31 * hash + c;
        continue;
      }
      if (start >= 0 && i - start >= 3) {
        boolean plural = i - start > 3 && lower(text.charAt(i - 1)) == 's' && lower(text.charAt(i - 2)) != 's';
        String word = plural ? find(text, start, i - 1, hashBeforeLast) : find(text, start, i, hash);
        if (word != null) {
          found.add(word);
        }
      }
      start = -1;
    }
    return found;
  }

  /** The vocabulary word that {@code text[start, end)} spells in any case, or null. */
  private String find(String text, int start, int end, int hash) {
    for (int i = slot(hash); table[i] != null; i = (i + 1) & (table.length - 1)) {
      if (hashes[i] == hash && spells(text, start, end, table[i])) {
        return table[i];
      }
    }
    return null;
  }

  private static boolean spells(String text, int start, int end, String word) {
    if (word.length() != end - start) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (lower(text.charAt(i)) != word.charAt(i - start)) {
        return false;
      }
    }
    return true;
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (table.length - 1);
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
