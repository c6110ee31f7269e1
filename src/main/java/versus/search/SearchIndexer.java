package versus.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;
import versus.cache.Recall;
import versus.model.Page;
import versus.model.Site;
import versus.output.OutputFile;

/**
 * Builds the site's search index from its rendered pages: one entry per heading section. Each posting carries the
 * term's weight in that section, computed here and stored quantized, so the client only multiplies by the term's
 * rarity (idf) and adds: BM25's saturated, length-normalised frequency in the text, plus fixed bonuses when the term
 * is in the section's heading, the page title or a heading above. (Bonuses outside the saturation make a heading
 * match count even in a section whose text repeats the word, where BM25F's weighted frequency would saturate.) The
 * output is a set of small script files under {@code search/} (see {@link IndexFiles}); it is a pure function of the
 * pages and the synonyms, byte for byte. Thread-safe: each call has its own state.
 */
public final class SearchIndexer {

  /** The folder of the index in the site. */
  public static final String DIR = "search/";

  /** BM25 saturation: how quickly more occurrences stop adding weight. */
  static final float K1 = 1.2f;
  /** BM25 length normalisation: 0 ignores section length, 1 divides by it fully. */
  static final float B = 0.75f;
  /** Bonus for a term in the section's own heading. */
  static final float HEADING = 1.5f;
  /** Bonus for a term in the page title. */
  static final float TITLE = 0.7f;
  /** Bonus for a term in a heading above the section. */
  static final float TRAIL = 0.5f;
  /** The largest possible weight. */
  static final float MAX_WEIGHT = K1 + 1 + HEADING + TITLE + TRAIL;
  /** Weights are stored as 1–63, a share of {@link #MAX_WEIGHT}. */
  static final int LEVELS = 63;
  /**
   * Posting lists longer than this are split in tiers by weight: the postings file holds the sections where the term
   * weighs most, and each further tier (4 times larger than the one before) is a file of its own that the client
   * loads only when it could change the top results. A word in most sections of a big site then costs a few
   * kilobytes, not a hundred.
   */
  static final int FIRST_TIER = 1000;

  private final List<List<String>> synonyms;

  /** @param synonyms groups of words or phrases that mean the same ({@code [k8s, kubernetes]}) */
  public SearchIndexer(List<List<String>> synonyms) {
    this.synonyms = synonyms.stream().map(List::copyOf).toList();
  }

  /**
   * Each page's words, kept between builds by {@code serve}: they depend on the page alone, so an unchanged page is
   * not read again. Thread-safe.
   */
  public static final class Memo {
    private record Entry(Page page, PageTerms terms) {}

    private record Document(int number, Page page, OutputFile file) {}

    private final Recall<String, Entry> pages = new Recall<>();
    private final Recall<String, Document> documents = new Recall<>();
    /** For the single-threaded merge: its cache of stems then outlives one build. */
    private final Tokenizer tokenizer = new Tokenizer();

    /** Page {@code number}'s document file, written again only when the page or its number changed. */
    OutputFile document(int number, Page page, java.util.function.Supplier<OutputFile> write) {
      return documents.get(page.outputPath(), kept -> kept.number() == number && kept.page().equals(page),
          () -> new Document(number, page, write.get())).file();
    }

    PageTerms terms(Page page, java.util.function.Supplier<PageTerms> read) {
      return pages.get(page.outputPath(), kept -> kept.page().equals(page), () -> new Entry(page, read.get())).terms();
    }

    /** Forgets the pages the last indexing did not read. */
    void endIndex() {
      pages.forgetUnused();
      documents.forgetUnused();
    }
  }

  /** The index files for {@code site}, paths below {@link #DIR}, sorted by path. */
  public List<OutputFile> index(Site site) {
    return index(site, null);
  }

  /** As {@link #index(Site)}, reusing what {@code memo} kept of unchanged pages. */
  public List<OutputFile> index(Site site, Memo memo) {
    List<OutputFile> files = new ArrayList<>();
    index(site, memo, files::add);
    files.sort(null);
    return files;
  }

  /**
   * Hands the index files for {@code site} to {@code out} as they are made, in no particular order, so that a build
   * writing to disk never holds them all. {@code memo} may be null.
   */
  public void index(Site site, Memo memo, java.util.function.Consumer<OutputFile> out) {
    List<Page> pages = site.pages();
    // One tokenizer (and its cache of folded words) per worker thread, for this call only.
    ThreadLocal<Tokenizer> tokenizers = ThreadLocal.withInitial(Tokenizer::new);
    Tokenizer tokenizer = memo == null ? new Tokenizer() : memo.tokenizer;
    Postings postings = new Postings();
    int[] sectionsPerPage = new int[pages.size()];
    long documentBytes = 0;
    // Pages are read in parallel a batch at a time, then merged in page order (section numbers are their order). A
    // batch's words and sections are dropped once merged and its documents written: at 10,000 notes, holding every
    // page's words until the end took about 250 MB.
    for (int from = 0; from < pages.size(); from += BATCH) {
      List<PageTerms> batch =
          IntStream.range(from, Math.min(pages.size(), from + BATCH))
              .parallel()
              .mapToObj(i -> memo == null
                  ? PageTerms.of(pages.get(i), tokenizers.get())
                  : memo.terms(pages.get(i), () -> PageTerms.of(pages.get(i), tokenizers.get())))
              .toList();
      for (int k = 0; k < batch.size(); k++) {
        int number = from + k;
        Page page = pages.get(number);
        List<Section> sections = batch.get(k).sections();
        OutputFile document = memo == null
            ? IndexFiles.document(number, page, sections)
            : memo.document(number, page, () -> IndexFiles.document(number, page, sections));
        documentBytes += document.bytes().length;
        out.accept(document);
        sectionsPerPage[number] = sections.size();
        for (PageTerms.SectionWords w : batch.get(k).words()) {
          postings.add(w, tokenizer);
        }
      }
    }
    for (Word w : postings.words.values()) {
      w.term.forms.add(w);
    }
    float avgLength = postings.averageLength();
    int[] lengths = postings.lengths();
    List<IndexFiles.Term> sorted = new ArrayList<>(postings.terms.size());
    for (Map.Entry<String, TermBuilder> e : new TreeMap<>(postings.terms).entrySet()) {
      sorted.add(e.getValue().build(e.getKey(), avgLength, lengths));
    }
    new IndexFiles(sectionsPerPage, documentBytes, sorted, synonymTerms(tokenizer), lengths.length, avgLength)
        .files(out);
    if (memo != null) {
      memo.endIndex();
    }
  }

  /** Pages read in parallel before their words are merged: enough to keep both cores busy, few enough to hold. */
  private static final int BATCH = 256;

  /** A distinct folded word: its term and how often it occurs in headings and text. */
  private static final class Word {
    final String text;
    final TermBuilder term;
    long count;

    Word(String text, TermBuilder term) {
      this.text = text;
      this.term = term;
    }
  }

  /**
   * Every section's postings, merged by term in section order. A posting keeps the term's frequency in the section's
   * text and the fields it is in; its weight needs the average section length, known only when all are merged.
   */
  private static final class Postings {
    /** One lookup per word occurrence: each distinct word is stemmed once and tied to its term's builder. */
    final Map<String, Word> words = new HashMap<>();
    final Map<String, TermBuilder> terms = new HashMap<>();
    private final List<TermBuilder> touched = new ArrayList<>();
    private int[] lengths = new int[1024];
    private int sections;
    private long totalLength;

    /** Adds the next section: its words merged by term (counts and fields gathered on the term's builder). */
    void add(PageTerms.SectionWords w, Tokenizer tokenizer) {
      int sid = sections++;
      if (sid == lengths.length) {
        lengths = java.util.Arrays.copyOf(lengths, sid * 2);
      }
      lengths[sid] = w.length();
      totalLength += w.length();
      for (int i = 0; i < w.words().length; i++) {
        String text = w.words()[i];
        String stem = w.stems()[i];
        if (stem == null) {
          continue;
        }
        Word word = words.get(text);
        if (word == null) {
          word = new Word(text, terms.computeIfAbsent(stem, k -> new TermBuilder()));
          words.put(text, word);
        }
        word.count += w.counts()[i];
        TermBuilder t = word.term;
        if (t.sectionTf < 0) {
          t.sectionTf = 0;
          touched.add(t);
        }
        t.sectionTf += w.textCounts()[i];
        t.sectionFields |= w.fields()[i];
      }
      // The order in which a section's terms are finished does not matter: each term's postings stay in section order.
      for (TermBuilder t : touched) {
        t.add(sid, t.sectionTf, t.sectionFields);
        t.sectionTf = -1;
        t.sectionFields = 0;
      }
      touched.clear();
    }

    float averageLength() {
      return sections == 0 ? 1f : Math.max(1f, (float) ((double) totalLength / sections));
    }

    /** Each section's length in words, by section number. */
    int[] lengths() {
      return java.util.Arrays.copyOf(lengths, sections);
    }
  }

  /**
   * A posting's weight as a level from 1 to {@link #LEVELS}: BM25's saturated, length-normalised text frequency plus
   * the bonuses of the fields the term is in.
   */
  static int level(int tf, int fields, int length, float avgLength) {
    float norm = 1 - B + B * length / avgLength;
    float weight = tf * (K1 + 1) / (tf + K1 * norm);
    weight += (fields & PageTerms.IN_HEADING) != 0 ? HEADING : 0;
    weight += (fields & PageTerms.IN_TITLE) != 0 ? TITLE : 0;
    weight += (fields & PageTerms.IN_TRAIL) != 0 ? TRAIL : 0;
    int level = Math.round(weight / MAX_WEIGHT * LEVELS);
    return Math.max(1, Math.min(LEVELS, level));
  }

  /** The synonym groups as the client matches them: each member a list of stems, stop words kept. */
  private List<List<List<String>>> synonymTerms(Tokenizer tokenizer) {
    List<List<List<String>>> out = new ArrayList<>();
    for (List<String> group : synonyms) {
      List<List<String>> members = new ArrayList<>();
      for (String member : group) {
        List<String> stems = tokenizer.words(member).stream().map(tokenizer::stem).toList();
        if (!stems.isEmpty() && !members.contains(stems)) {
          members.add(stems);
        }
      }
      if (members.size() > 1) {
        out.add(members);
      }
    }
    return out;
  }

  /** Collects one term's postings (in section order) and the words that stem to it. */
  private static final class TermBuilder {
    private int[] sections = new int[4];
    /** Per posting: the term's frequency in the section's text, and the fields ({@code PageTerms.IN_*}) it is in. */
    private int[] frequencies = new int[4];
    private byte[] fields = new byte[4];
    private int size;
    /** The words that stem to this term. */
    private final List<Word> forms = new ArrayList<>();
    /** The current section's text frequency (-1: the term is not in it yet) and field flags. */
    private int sectionTf = -1;
    private int sectionFields;

    void add(int sid, int frequency, int fieldFlags) {
      if (size == sections.length) {
        sections = java.util.Arrays.copyOf(sections, size * 2);
        frequencies = java.util.Arrays.copyOf(frequencies, size * 2);
        fields = java.util.Arrays.copyOf(fields, size * 2);
      }
      sections[size] = sid;
      frequencies[size] = frequency;
      fields[size] = (byte) fieldFlags;
      size++;
    }

    /** The finished term; {@code lengths} holds each section's length in words. */
    IndexFiles.Term build(String stem, float avgLength, int[] lengths) {
      // The most frequent spellings (ties: alphabetical), for prefix matching and "did you mean" suggestions.
      List<String> forms =
          this.forms.stream()
              .filter(w -> w.count > 0)
              .sorted(Comparator.<Word>comparingLong(w -> -w.count).thenComparing(w -> w.text))
              .limit(IndexFiles.MAX_FORMS)
              .map(w -> w.text)
              .sorted(Comparator.naturalOrder())
              .toList();
      int[] ids = java.util.Arrays.copyOf(sections, size);
      byte[] weights = new byte[size];
      for (int i = 0; i < size; i++) {
        weights[i] = (byte) level(frequencies[i], fields[i], lengths[ids[i]], avgLength);
      }
      if (size <= FIRST_TIER) {
        return new IndexFiles.Term(Objects.requireNonNull(stem), size, List.of(ids), List.of(weights), forms);
      }
      // Postings heaviest first (ties: reading order), by counting per weight level; cut into tiers of 1000, 4000,
      // 16000… postings; each tier back in section order.
      int[] perLevel = new int[LEVELS + 2];
      for (int i = 0; i < size; i++) {
        perLevel[weights[i]]++;
      }
      int[] startOf = new int[LEVELS + 2];
      for (int level = LEVELS - 1; level >= 0; level--) {
        startOf[level] = startOf[level + 1] + perLevel[level + 1];
      }
      int[] rank = new int[size];
      for (int i = 0; i < size; i++) {
        rank[i] = startOf[weights[i]]++;
      }
      List<int[]> tierIds = new ArrayList<>();
      List<byte[]> tierLevels = new ArrayList<>();
      for (int from = 0, length = FIRST_TIER; from < size; from += length, length *= 4) {
        int to = Math.min(size, from + length);
        int[] tIds = new int[to - from];
        byte[] tLevels = new byte[to - from];
        int k = 0;
        for (int i = 0; i < size; i++) {
          if (rank[i] >= from && rank[i] < to) {
            tIds[k] = ids[i];
            tLevels[k++] = weights[i];
          }
        }
        tierIds.add(tIds);
        tierLevels.add(tLevels);
      }
      return new IndexFiles.Term(stem, size, tierIds, tierLevels, forms);
    }
  }
}
