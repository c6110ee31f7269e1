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
 *       file: section-id gaps as variable-length digits, each followed by the term's weight in that section (1–63);
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

  /** One index term: its stem, postings (section ids ascending, with weights) and commonest spellings. */
  record Term(String stem, int[] sections, byte[] levels, List<String> forms) {}

  private final List<Page> pages;
  private final List<PageTerms> analyzed;
  private final List<Term> terms;
  private final List<List<List<String>>> synonyms;
  private final int sectionCount;

  IndexFiles(
      List<Page> pages, List<PageTerms> analyzed, List<Term> terms, List<List<List<String>>> synonyms, int sections) {
    this.pages = pages;
    this.analyzed = analyzed;
    this.terms = terms;
    this.synonyms = synonyms;
    this.sectionCount = sections;
  }

  List<OutputFile> files() {
    List<OutputFile> out = new ArrayList<>();
    int[] postingsFile = new int[terms.size()];
    out.addAll(postings(postingsFile));
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
        out.add(script("v/" + keysPerFile.size(), "[" + file + "]"));
        keysPerFile.add(inFile);
        file.setLength(0);
        inFile = 0;
      }
      file.append(file.length() > 0 ? ",\n" : "").append(entries);
      inFile++;
    }
    if (inFile > 0) {
      out.add(script("v/" + keysPerFile.size(), "[" + file + "]"));
      keysPerFile.add(inFile);
    }
    for (int p = 0; p < pages.size(); p++) {
      out.add(document(p));
    }
    out.add(meta(keys, keysPerFile));
    out.sort(null);
    return out;
  }

  private List<OutputFile> postings(int[] fileOf) {
    List<OutputFile> out = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    int count = 0;
    for (int i = 0; i < terms.size(); i++) {
      StringBuilder entry = new StringBuilder();
      Codec.string(entry, terms.get(i).stem());
      entry.append(",\"");
      encodePostings(entry, terms.get(i));
      entry.append('"');
      if (chunk.length() > 0 && chunk.length() + entry.length() > POSTINGS_TARGET) {
        out.add(script("p/" + count, "[" + chunk + "]"));
        chunk.setLength(0);
        count++;
      }
      if (chunk.length() > 0) {
        chunk.append(",\n");
      }
      chunk.append(entry);
      fileOf[i] = count;
    }
    if (chunk.length() > 0) {
      out.add(script("p/" + count, "[" + chunk + "]"));
    }
    return out;
  }

  static void encodePostings(StringBuilder out, Term t) {
    int previous = -1;
    for (int i = 0; i < t.sections().length; i++) {
      Codec.varint(out, t.sections()[i] - previous - 1);
      Codec.digit(out, t.levels()[i]);
      previous = t.sections()[i];
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
      s.append(',').append(t.sections().length).append(',').append(postingsFile[i]).append(',');
      Codec.string(s, String.join(" ", t.forms()));
    }
    return s.toString();
  }

  private OutputFile document(int p) {
    Page page = pages.get(p);
    StringBuilder s = new StringBuilder("{\"t\":");
    Codec.string(s, page.title());
    s.append(",\"u\":");
    Codec.string(s, PageLinks.encodePath(page.url()));
    s.append(",\"s\":[");
    List<Section> sections = analyzed.get(p).sections();
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

  private OutputFile meta(List<String> keys, List<Integer> keysPerFile) {
    StringBuilder s = new StringBuilder("{\"v\":").append(VERSION);
    s.append(",\"sections\":").append(sectionCount);
    s.append(",\"pages\":").append(pages.size());
    s.append(",\"max\":").append(SearchIndexer.MAX_WEIGHT);
    s.append(",\"levels\":").append(SearchIndexer.LEVELS);
    s.append(",\n\"keys\":");
    stringArray(s, keys);
    s.append(",\n\"kf\":\"");
    for (int n : keysPerFile) {
      Codec.varint(s, n);
    }
    s.append('"');
    s.append(",\n\"ps\":\"");
    for (PageTerms p : analyzed) {
      Codec.varint(s, p.sections().size());
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
