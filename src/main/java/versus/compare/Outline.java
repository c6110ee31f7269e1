package versus.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import versus.compare.SubjectMatcher.Mention;
import versus.compare.Words.Word;
import versus.markdown.NoteSection;
import versus.markdown.RenderedNote;
import versus.markdown.SectionBlock;
import versus.markdown.SectionBlock.Kind;

/**
 * A note read as scopes: each heading, and each bold line that works as a heading ({@code **ECS Key Terms**} before a
 * list), with the blocks under it and what they are about. A heading that names one subject makes its section (and
 * the sections below it) about that subject; what the heading says besides the subject names the feature:
 * {@code ### ECS Auto Scaling} is ECS × Auto Scaling, {@code ### When to Choose ECS} is ECS × When to Choose.
 */
final class Outline {

  /**
   * What a scope's statements are about.
   *
   * @param subjects the subjects its headings name: one for a section about a subject, several for a comparison,
   *     none for a neutral section
   * @param feature the feature its headings name; empty for a general section
   */
  record Context(List<String> subjects, String feature) {
    boolean single() {
      return subjects.size() == 1;
    }
  }

  /**
   * A heading or bold pseudo-heading with its blocks.
   *
   * @param anchor id of the real heading it is in, for source links
   * @param heading its text
   * @param line where it starts
   * @param context what it is about
   * @param blocks its paragraphs, items, code blocks and tables; lead-in lines ("ECS supports:") left out
   */
  record Scope(String anchor, String heading, int line, Context context, List<SectionBlock> blocks) {}

  private Outline() {}

  static List<Scope> of(RenderedNote note, SubjectMatcher matcher) {
    // The title says which subjects the note is about; what else it says ("notes", "guide") is no feature.
    Context titled = context(note.title(), new Context(List.of(), ""), matcher);
    Context root = new Context(titled.subjects(), "");
    List<Scope> out = new ArrayList<>();
    Deque<int[]> levels = new ArrayDeque<>();
    Deque<Context> contexts = new ArrayDeque<>();
    for (NoteSection s : note.sections()) {
      Context ctx;
      if (s.level() == 0) {
        ctx = root;
      } else {
        while (!levels.isEmpty() && levels.peek()[0] >= s.level()) {
          levels.pop();
          contexts.pop();
        }
        ctx = context(s.title(), contexts.isEmpty() ? root : contexts.peek(), matcher);
        levels.push(new int[] {s.level()});
        contexts.push(ctx);
      }
      split(s, ctx, matcher, out);
    }
    return out;
  }

  /** Splits a section at its pseudo-headings and drops lead-in lines. */
  private static void split(NoteSection s, Context ctx, SubjectMatcher matcher, List<Scope> out) {
    List<SectionBlock> blocks = s.blocks();
    String heading = s.title();
    int line = s.line();
    Context current = ctx;
    List<SectionBlock> kept = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      SectionBlock b = blocks.get(i);
      SectionBlock next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      if (pseudoHeading(b, next)) {
        out.add(new Scope(s.id(), heading, line, current, kept));
        kept = new ArrayList<>();
        heading = b.lead().isEmpty() ? b.text() : b.lead();
        line = b.line();
        current = context(heading, ctx, matcher);
      } else if (!leadIn(b, next)) {
        kept.add(b);
      }
    }
    out.add(new Scope(s.id(), heading, line, current, kept));
  }

  /**
   * A line that works as a heading: a bold line of at most eight words that is not a sentence and not the caption of
   * a code block ({@code ✅ **Best for:**}), or a short plain line without punctuation right before a list or table
   * ({@code EKS Key Terms}).
   */
  static boolean pseudoHeading(SectionBlock b, SectionBlock next) {
    if (b.kind() != Kind.PARAGRAPH || b.depth() > 0) {
      return false;
    }
    if (!b.lead().isEmpty()) {
      String rest = b.text().replace(b.lead(), "");
      boolean boldOnly = rest.codePoints().noneMatch(Character::isLetterOrDigit);
      return boldOnly && Words.of(b.lead()).size() <= 8 && !b.lead().endsWith(".")
          && (next == null || next.kind() != Kind.CODE);
    }
    return next != null && (next.kind() == Kind.ITEM || next.kind() == Kind.TABLE) && next.depth() == 0
        && Words.of(b.text()).size() <= 6 && b.text().chars().noneMatch(c -> ".:;!?,".indexOf(c) >= 0);
  }

  /** A line that only introduces what follows ("ECS supports:", "Example: …" above code). */
  static boolean leadIn(SectionBlock b, SectionBlock next) {
    if (b.kind() != Kind.PARAGRAPH || next == null) {
      return false;
    }
    String key = Words.key(b.text());
    return b.text().endsWith(":") || (next.kind() == Kind.CODE && (key.startsWith("example") || !b.lead().isEmpty()));
  }

  /** The context of a heading under a parent context. */
  static Context context(String heading, Context parent, SubjectMatcher matcher) {
    List<Word> words = Words.of(heading);
    List<Mention> mentions = matcher.mentions(words);
    List<String> subjects = mentions.stream().map(Mention::subject).distinct().toList();
    String feature = remainder(heading, words, mentions, subjects.size() == 1);
    if (FeatureNames.comparing(feature)) {
      feature = "";
    }
    if (subjects.size() == 1) {
      // "### ECS" under "## Scaling" is ECS × Scaling.
      return new Context(subjects, feature.isEmpty() ? parent.feature() : feature);
    }
    if (subjects.size() > 1) {
      return new Context(subjects, feature);
    }
    return new Context(parent.subjects(), feature.isEmpty() ? parent.feature() : feature);
  }

  /**
   * What a heading says besides the subjects it names: "When to Choose ECS" → "When to Choose"; a subject between
   * words becomes "it" ("How ECS Runs Containers" → "How it Runs Containers"); "vs", "or", "and" next to a subject
   * go with it ("Which is Better: ECS or EKS?" → "Which is Better").
   */
  static String remainder(String text, List<Word> words, List<Mention> mentions, boolean single) {
    boolean[] inMention = new boolean[words.size()];
    for (Mention m : mentions) {
      for (int i = m.from(); i < m.to(); i++) {
        inMention[i] = true;
      }
    }
    boolean[] keep = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      boolean connector = List.of("vs", "versus", "v", "or", "and").contains(words.get(i).folded());
      boolean nextToMention = (i > 0 && inMention[i - 1]) || (i + 1 < words.size() && inMention[i + 1]);
      keep[i] = !inMention[i] && !(connector && nextToMention);
    }
    StringBuilder out = new StringBuilder();
    int last = -1;
    for (int i = 0; i < words.size(); i++) {
      if (!keep[i]) {
        continue;
      }
      if (last >= 0) {
        boolean gapHasMention = false;
        for (int k = last + 1; k < i; k++) {
          gapHasMention |= inMention[k];
        }
        if (!gapHasMention && last == i - 1) {
          out.append(text, words.get(last).end(), words.get(i).start());
        } else {
          out.append(gapHasMention && single ? " it " : " ");
        }
      }
      out.append(words.get(i).surface());
      last = i;
    }
    return Words.cleanLabel(out.toString());
  }
}
