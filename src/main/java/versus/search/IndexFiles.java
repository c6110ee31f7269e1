package versus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import versus.html.PageLinks;
import versus.model.Page;
import versus.output.OutputFile;

/**
 * Writes the index as script files that register themselves with the client ({@code VersusSearch.add(name, data)}),
 * so they load with {@code <script src>} from {@code file://} as well as over http, where {@code fetch} of JSON would
 * fail. The client loads {@code index.js} first, then only what a query needs:
 *
 * <ul>
 *   <li>{@code index.js}: counts, the vocabulary keys (every term's first two letters) and how many keys each
 *       vocabulary file holds, sections per page, stop words and synonyms;
 *   <li>{@code v/N.js}: the vocabulary of a run of keys, about {@link #VOCABULARY_TARGET} characters a file: each
 *       term with its section count, the number of its postings file and its commonest spellings (for prefixes, typos
 *       and suggestions);
 *   <li>{@code p/N.js}: posting lists of a run of neighbouring terms, about {@link #POSTINGS_TARGET} characters a
 *       file: section-id gaps as variable-length digits, each followed by the term's weight in that section (1–63).
 *       A term in more than {@link SearchIndexer#FIRST_TIER} sections keeps only its heaviest postings here, with the
 *       largest weight of the next tier, which is in {@code p/N-K-1.js} (K: the term's place in the file), and so on;
 *   <li>{@code d/N.js}: page N's title, URL and sections (anchor, heading trail, text) for results and snippets.
 * </ul>
 */
final class IndexFiles {

  /** Format version, checked by the client. */
  static final int VERSION = 1;
  /** Spellings kept per term. */
  static final int MAX_FORMS = 3;
  /** Postings file size to aim for: large enough to need few requests, small enough to waste little. */
  static final int POSTINGS_TARGET = 8_000;
  /** Vocabulary file size to aim for. */
  static final int VOCABULARY_TARGET = 6_000;

  /**
   * One index term: its stem, the number of sections that have it, its postings in tiers (the heaviest first; one
   * tier for all but the commonest terms; each in section order, with weights), and its commonest spellings.
   */
  record Term(String stem, int df, List<int[]> tierSections, List<byte[]> tierLevels, List<String> forms) {

    /** The largest weight in tier {@code t}, which bounds what loading it could add; 0 past the last tier. */
    int maxLevel(int t) {
      int max = 0;
      if (t < tierLevels.size()) {
        for (byte b : tierLevels.get(t)) {
          max = Math.max(max, b);
        }
      }
      return max;
    }
  }

  private final int pageCount;
  /** How many sections each page has, in page order. */
  private final int[] sectionsPerPage;
  /** The bytes of all pages' documents ({@code d/N.js}), which {@link SearchIndexer} wrote as it read the pages. */
  private final long documentBytes;
  private final List<Term> terms;
  private final List<List<List<String>>> synonyms;
  private final int sectionCount;
  private final float avgLength;

  IndexFiles(
      int[] sectionsPerPage,
      long documentBytes,
      List<Term> terms,
      List<List<List<String>>> synonyms,
      int sections,
      float avgLength) {
    this.pageCount = sectionsPerPage.length;
    this.sectionsPerPage = sectionsPerPage.clone();
    this.documentBytes = documentBytes;
    this.avgLength = avgLength;
    this.terms = terms;
    this.synonyms = synonyms;
    this.sectionCount = sections;
  }

  /** Characters of encoded postings written, for the cost figures of index.js. */
  private long postingChars;

  /**
   * Hands the index's files to {@code out} one by one as they are made (in no particular order): at 10,000 notes they
   * are 60 MB, which a build need not hold at once.
   */
  void files(java.util.function.Consumer<OutputFile> out) {
    int[] postingsFile = new int[terms.size()];
    postings(postingsFile).forEach(out);
    Map<String, List<Integer>> byKey = new TreeMap<>();
    for (int i = 0; i < terms.size(); i++) {
      byKey.computeIfAbsent(Codec.vocabKey(terms.get(i).stem()), k -> new ArrayList<>()).add(i);
    }
    // Keys in order, packed into files of about VOCABULARY_TARGET characters; a key is never split across files.
    List<String> keys = new ArrayList<>(byKey.keySet());
    List<Integer> keysPerFile = new ArrayList<>();
    StringBuilder file = new StringBuilder();
    int inFile = 0;
    for (String key : keys) {
      String entries = vocabularyEntries(byKey.get(key), postingsFile);
      if (inFile > 0 && file.length() + entries.length() > VOCABULARY_TARGET) {
        out.accept(script("v/" + keysPerFile.size(), "[" + file + "]"));
        keysPerFile.add(inFile);
        file.setLength(0);
        inFile = 0;
      }
      file.append(file.length() > 0 ? ",\n" : "").append(entries);
      inFile++;
    }
    if (inFile > 0) {
      out.accept(script("v/" + keysPerFile.size(), "[" + file + "]"));
      keysPerFile.add(inFile);
    }
    long postingCount = 0;
    for (Term t : terms) {
      postingCount += t.df();
    }
    // What the client weighs when it chooses between reading a section's text and loading a further tier.
    String cost =
        "{\"doc\":" + (pageCount == 0 ? 0 : documentBytes / pageCount)
            + ",\"posting\":" + (postingCount == 0 ? 0 : Math.round(10.0 * postingChars / postingCount) / 10.0) + "}";
    out.accept(meta(keys, keysPerFile, cost));
  }

  private List<OutputFile> postings(int[] fileOf) {
    List<OutputFile> out = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    List<Term> inChunk = new ArrayList<>();
    int count = 0;
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      StringBuilder entry = new StringBuilder();
      Codec.string(entry, t.stem());
      entry.append(",\"");
      encodePostings(entry, t.tierSections().get(0), t.tierLevels().get(0));
      entry.append("\",").append(t.maxLevel(1));
      if (chunk.length() > 0 && chunk.length() + entry.length() > POSTINGS_TARGET) {
        out.addAll(postingsFile(count, chunk, inChunk));
        chunk.setLength(0);
        inChunk.clear();
        count++;
      }
      chunk.append(chunk.length() > 0 ? ",\n" : "").append(entry);
      inChunk.add(t);
      fileOf[i] = count;
    }
    if (!inChunk.isEmpty()) {
      out.addAll(postingsFile(count, chunk, inChunk));
    }
    return out;
  }

  /**
   * Postings file {@code p/N.js} with {@code [term, first tier, largest weight of the next tier]} triples, and the
   * further tiers of its terms: {@code p/N-K-T.js} holds {@code [tier T, largest weight of tier T + 1]}.
   */
  private List<OutputFile> postingsFile(int number, StringBuilder chunk, List<Term> terms) {
    List<OutputFile> out = new ArrayList<>();
    out.add(script("p/" + number, "[" + chunk + "]"));
    for (int k = 0; k < terms.size(); k++) {
      Term t = terms.get(k);
      for (int tier = 1; tier < t.tierSections().size(); tier++) {
        StringBuilder s = new StringBuilder("[\"");
        encodePostings(s, t.tierSections().get(tier), t.tierLevels().get(tier));
        s.append("\",").append(t.maxLevel(tier + 1)).append(']');
        out.add(script("p/" + number + "-" + k + "-" + tier, s.toString()));
      }
    }
    return out;
  }

  void encodePostings(StringBuilder out, int[] sections, byte[] levels) {
    int before = out.length();
    encode(out, sections, levels);
    postingChars += out.length() - before;
  }

  static void encode(StringBuilder out, int[] sections, byte[] levels) {
    int previous = -1;
    for (int i = 0; i < sections.length; i++) {
      Codec.varint(out, sections[i] - previous - 1);
      Codec.digit(out, levels[i]);
      previous = sections[i];
    }
  }

  private String vocabularyEntries(List<Integer> termIndexes, int[] postingsFile) {
    StringBuilder s = new StringBuilder();
    boolean first = true;
    for (int i : termIndexes) {
      Term t = terms.get(i);
      s.append(first ? "" : ",\n");
      first = false;
      Codec.string(s, t.stem());
      s.append(',').append(t.df()).append(',').append(postingsFile[i]).append(',');
      Codec.string(s, String.join(" ", t.forms()));
    }
    return s.toString();
  }

  /** Page {@code p}'s document, {@code d/p.js}: its title, URL and sections, for results and snippets. */
  static OutputFile document(int p, Page page, List<Section> sections) {
    StringBuilder s = new StringBuilder("{\"t\":");
    Codec.string(s, page.title());
    s.append(",\"u\":");
    Codec.string(s, PageLinks.encodePath(page.url()));
    s.append(",\"s\":[");
    for (int i = 0; i < sections.size(); i++) {
      Section sec = sections.get(i);
      s.append(i == 0 ? "\n[" : ",\n[");
      Codec.string(s, sec.anchor());
      s.append(",[");
      for (int j = 0; j < sec.trail().size(); j++) {
        if (j > 0) {
          s.append(',');
        }
        Codec.string(s, sec.trail().get(j));
      }
      s.append("],");
      Codec.string(s, sec.text());
      s.append(']');
    }
    s.append("]}");
    return script("d/" + p, s.toString());
  }

  private OutputFile meta(List<String> keys, List<Integer> keysPerFile, String cost) {
    StringBuilder s = new StringBuilder("{\"v\":").append(VERSION);
    s.append(",\"sections\":").append(sectionCount);
    s.append(",\"pages\":").append(pageCount);
    s.append(",\"tier\":").append(SearchIndexer.FIRST_TIER);
    // The weight formula's constants (Java floats, printed exactly), so the client can recompute a weight from text.
    s.append(",\"w\":{\"k1\":").append(SearchIndexer.K1);
    s.append(",\"b\":").append(SearchIndexer.B);
    s.append(",\"heading\":").append(SearchIndexer.HEADING);
    s.append(",\"title\":").append(SearchIndexer.TITLE);
    s.append(",\"trail\":").append(SearchIndexer.TRAIL);
    s.append(",\"max\":").append(SearchIndexer.MAX_WEIGHT);
    s.append(",\"avg\":").append(avgLength).append('}');
    s.append(",\"cost\":").append(cost);
    s.append(",\"levels\":").append(SearchIndexer.LEVELS);
    s.append(",\n\"keys\":");
    stringArray(s, keys);
    s.append(",\n\"kf\":\"");
    for (int n : keysPerFile) {
      Codec.varint(s, n);
    }
    s.append('"');
    s.append(",\n\"ps\":\"");
    for (int n : sectionsPerPage) {
      Codec.varint(s, n);
    }
    s.append("\",\n\"stop\":");
    stringArray(s, Tokenizer.STOP_WORDS);
    s.append(",\n\"syn\":[");
    for (int g = 0; g < synonyms.size(); g++) {
      s.append(g == 0 ? "" : ",");
      s.append('[');
      List<List<String>> members = synonyms.get(g);
      for (int m = 0; m < members.size(); m++) {
        s.append(m == 0 ? "" : ",");
        stringArray(s, members.get(m));
      }
      s.append(']');
    }
    s.append("]}");
    return script("index", s.toString());
  }

  private static void stringArray(StringBuilder s, List<String> values) {
    s.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      Codec.string(s, values.get(i));
    }
    s.append(']');
  }

  /** A file that hands {@code json} to the client under {@code name}. */
  private static OutputFile script(String name, String json) {
    StringBuilder s = new StringBuilder(json.length() + 40);
    s.append("VersusSearch.add(");
    Codec.string(s, name);
    s.append(',').append(json).append(");\n");
    return OutputFile.text(SearchIndexer.DIR + name + ".js", s.toString());
  }
}
