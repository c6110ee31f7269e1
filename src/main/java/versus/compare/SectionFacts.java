package versus.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import versus.compare.Outline.Scope;
import versus.compare.SubjectMatcher.Mention;
import versus.compare.Words.Word;
import versus.markdown.SectionBlock;

/**
 * Facts from a scope's paragraphs and list items:
 *
 * <ul>
 *   <li>under a subject and a feature ({@code ### ECS Auto Scaling}): every point, as section prose;
 *   <li>under a subject alone ({@code ### ECS (Elastic Container Service)}): points labelled in bold
 *       ({@code **Use cases**: …}) under their label, the rest as the subject's overview;
 *   <li>anywhere else: points that start with a subject ({@code **ECS**: …}, {@code ECS → …}, {@code **EKS** is …})
 *       under the scope's feature, or "Summary" when it names none.
 * </ul>
 */
final class SectionFacts {

  /** Where a subject's general points go; an alias of the definition group. */
  static final String OVERVIEW = "Overview";

  /** The feature of subject-labelled points under a heading that names no feature ("ECS vs EKS"). */
  static final String SUMMARY = "Summary";

  private static final List<String> SEPARATORS = List.of("->", ":", "=", "→", "⇒", "–", "—", "-", "|");

  private final SubjectMatcher matcher;

  SectionFacts(SubjectMatcher matcher) {
    this.matcher = matcher;
  }

  /** A fact without its source yet. */
  record Said(String subject, String feature, String text, Fact.Kind kind, SectionBlock block) {}

  List<Said> extract(Scope scope) {
    List<Said> out = new ArrayList<>();
    Outline.Context ctx = scope.context();
    for (Point p : Point.of(scope.blocks())) {
      SectionBlock head = p.head();
      if (ctx.single() && !ctx.feature().isEmpty()) {
        add(out, ctx.subjects().get(0), ctx.feature(), p.with(head.text()), Fact.Kind.SECTION, head);
      } else if (ctx.single()) {
        String subject = ctx.subjects().get(0);
        Optional<String> label = featureLabel(head);
        if (label.isPresent()) {
          String rest = afterLead(head).orElse("");
          if (rest.isEmpty() && !p.children().isEmpty()) {
            for (Point c : Point.of(p.children())) {
              add(out, subject, label.get(), c.with(c.head().text()), Fact.Kind.ITEM, c.head());
            }
          } else {
            add(out, subject, label.get(), p.with(rest), Fact.Kind.ITEM, head);
          }
        } else {
          add(out, subject, OVERVIEW, p.with(head.text()), Fact.Kind.SECTION, head);
        }
      } else {
        Optional<Labelled> l = subjectLabel(head);
        if (l.isEmpty()) {
          continue;
        }
        String feature = ctx.feature().isEmpty() ? SUMMARY : ctx.feature();
        if (l.get().text().isEmpty()) {
          for (Point c : Point.of(p.children())) {
            add(out, l.get().subject(), feature, c.with(c.head().text()), Fact.Kind.ITEM, c.head());
          }
        } else {
          add(out, l.get().subject(), feature, p.with(l.get().text()), Fact.Kind.ITEM, head);
        }
      }
    }
    return out;
  }

  private static void add(List<Said> out, String subject, String feature, String text, Fact.Kind kind, SectionBlock b) {
    String t = Words.stripBullet(text);
    if (!Words.of(t).isEmpty()) {
      out.add(new Said(subject, feature, t, kind, b));
    }
  }

  /** The bold label of a point that names a feature ({@code **Use cases**: …}), when it names no subject. */
  private Optional<String> featureLabel(SectionBlock b) {
    if (b.lead().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> rest = afterLead(b);
    boolean colon = b.lead().endsWith(":") || rest.isPresent() && restStartsWithColon(b);
    String label = Words.cleanLabel(b.lead());
    if (!colon || label.isEmpty() || Words.of(label).size() > 5 || !matcher.subjectsIn(label).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(label);
  }

  private static boolean restStartsWithColon(SectionBlock b) {
    int at = b.text().indexOf(b.lead());
    return at >= 0 && b.text().substring(at + b.lead().length()).stripLeading().startsWith(":");
  }

  /** The text after a point's bold lead and the separator that follows it ("Use cases: Good for…" → "Good for…"). */
  private static Optional<String> afterLead(SectionBlock b) {
    int at = b.text().indexOf(b.lead());
    if (at < 0) {
      return Optional.empty();
    }
    String rest = b.text().substring(at + b.lead().length()).strip();
    return Optional.of(dropSeparator(rest).orElse(rest));
  }

  private static Optional<String> dropSeparator(String rest) {
    for (String sep : SEPARATORS) {
      if (rest.startsWith(sep) && (!sep.equals("-") || rest.length() == 1 || rest.charAt(1) == ' ')) {
        return Optional.of(rest.substring(sep.length()).strip());
      }
    }
    return Optional.empty();
  }

  /** A point that starts with a subject, and what it says about it. */
  record Labelled(String subject, String text) {}

  /**
   * A point that starts with one subject: {@code **ECS**: …} or {@code **Using ECS**: …} (a bold label naming one
   * subject, at most five words), {@code ECS → …} or {@code ECS = …} (the name then a separator), or
   * {@code ECS is …} (the name then "is"/"are": the whole sentence is kept).
   */
  Optional<Labelled> subjectLabel(SectionBlock b) {
    String text = b.text();
    if (!b.lead().isEmpty()) {
      String lead = Words.cleanLabel(b.lead());
      List<String> subjects = matcher.subjectsIn(lead);
      int at = text.indexOf(b.lead());
      if (subjects.size() != 1 || Words.of(lead).size() > 5 || at < 0) {
        return Optional.empty();
      }
      String rest = text.substring(at + b.lead().length()).strip();
      String said = b.lead().endsWith(":") || rest.isEmpty() ? rest : dropSeparator(rest).orElse(body(text));
      return Optional.of(new Labelled(subjects.get(0), withoutOwnName(said, subjects.get(0))));
    }
    List<Word> words = Words.of(text);
    int first = 0;
    while (first < words.size() && Words.numbering(words.get(first).folded())) {
      first++;
    }
    List<Mention> mentions = matcher.mentions(words);
    if (mentions.isEmpty() || mentions.get(0).from() != first) {
      return Optional.empty();
    }
    Mention m = mentions.get(0);
    int end = words.get(m.to() - 1).end();
    String rest = text.substring(end).strip();
    // "Kubernetes (K8s): …": a second name of the same subject in parentheses belongs to the label.
    if (rest.startsWith("(") && rest.indexOf(')') > 0) {
      String inner = rest.substring(1, rest.indexOf(')'));
      if (matcher.subjectsIn(inner).equals(List.of(m.subject()))) {
        rest = rest.substring(rest.indexOf(')') + 1).strip();
      }
    }
    Optional<String> after = dropSeparator(rest);
    if (after.isPresent()) {
      return Optional.of(new Labelled(m.subject(), withoutOwnName(after.get(), m.subject())));
    }
    String next = Words.key(rest);
    if (next.startsWith("is ") || next.startsWith("are ")) {
      return Optional.of(new Labelled(m.subject(), body(text)));
    }
    return Optional.empty();
  }

  /** "Elastic Container Service → AWS's own…" after "ECS =": a second name of the subject and its separator go. */
  private String withoutOwnName(String said, String subject) {
    List<Word> words = Words.of(said);
    List<Mention> mentions = matcher.mentions(words);
    if (mentions.isEmpty() || mentions.get(0).from() != 0 || !mentions.get(0).subject().equals(subject)) {
      return said;
    }
    String rest = said.substring(words.get(mentions.get(0).to() - 1).end()).strip();
    return dropSeparator(rest).filter(r -> !r.isEmpty()).orElse(said);
  }

  /** The text from its first word that is not numbering: "1. ECS is…" → "ECS is…". */
  static String body(String text) {
    for (Word w : Words.of(text)) {
      if (!Words.numbering(w.folded())) {
        return text.substring(w.start()).strip();
      }
    }
    return text.strip();
  }
}
