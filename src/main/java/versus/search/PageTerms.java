package versus.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import versus.model.Page;

/**
 * A page cut into sections, with each section's words counted by where they stand: the section's text, its own
 * heading, the headings above it, and the page title. Computed per page, in parallel; words are folded but not yet
 * stemmed, so stemming runs once per distinct word for the whole site.
 *
 * @param sections the page's sections in document order
 * @param words for each section, its distinct folded words (stop words included, for lengths and spellings)
 */
record PageTerms(List<Section> sections, List<SectionWords> words) {

  /** Field flag: the word is in the section's heading (for the text before the first heading: the page title). */
  static final int IN_HEADING = 1;
  /** Field flag: the word is in the page title (on every section of the page: the "fargate gpu" case). */
  static final int IN_TITLE = 2;
  /** Field flag: the word is in a heading above the section. */
  static final int IN_TRAIL = 4;

  /**
   * The words of one section.
   *
   * @param words distinct folded words
   * @param textCounts how often each word occurs in the section's text
   * @param counts how often each word occurs in the heading and text (for choosing display spellings)
   * @param fields for each word, the {@code IN_*} flags of the fields it occurs in
   * @param length the number of words in the text, for length normalisation
   * @param stems each word's stem; null for a word that is not indexed (a stop word, or too long). Worked out here,
   *     once per page, so that merging the pages (which {@code serve} does on every edit) looks up nothing per word
   */
  record SectionWords(String[] words, int[] textCounts, int[] counts, int[] fields, int length, String[] stems) {}

  static PageTerms of(Page page, Tokenizer tokenizer) {
    List<Section> sections = SectionExtractor.sections(page);
    List<String> title = tokenizer.words(page.title());
    List<SectionWords> out = new ArrayList<>(sections.size());
    // The words of each section come in no particular order: every consumer sums or sorts them.
    for (Section s : sections) {
      Map<String, int[]> acc = new HashMap<>();
      boolean top = s.trail().isEmpty();
      add(acc, title, top ? IN_TITLE | IN_HEADING : IN_TITLE, false, false);
      add(acc, tokenizer.words(s.heading()), IN_HEADING, true, false);
      for (int i = 0; i < s.trail().size() - 1; i++) {
        add(acc, tokenizer.words(s.trail().get(i)), IN_TRAIL, false, false);
      }
      List<String> body = tokenizer.words(s.text());
      add(acc, body, 0, true, true);
      int n = acc.size();
      String[] words = new String[n];
      int[] textCounts = new int[n];
      int[] counts = new int[n];
      int[] fields = new int[n];
      String[] stems = new String[n];
      int i = 0;
      for (Map.Entry<String, int[]> e : acc.entrySet()) {
        words[i] = e.getKey();
        stems[i] = Tokenizer.unindexed(e.getKey()) ? null : tokenizer.stem(e.getKey());
        textCounts[i] = e.getValue()[0];
        counts[i] = e.getValue()[1];
        fields[i] = e.getValue()[2];
        i++;
      }
      out.add(new SectionWords(words, textCounts, counts, fields, body.size(), stems));
    }
    return new PageTerms(sections, out);
  }

  private static void add(Map<String, int[]> acc, List<String> words, int field, boolean counted, boolean text) {
    for (String w : words) {
      int[] v = acc.computeIfAbsent(w, k -> new int[3]);
      if (text) {
        v[0]++;
      }
      if (counted) {
        v[1]++;
      }
      v[2] |= field;
    }
  }
}
