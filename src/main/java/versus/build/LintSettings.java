package versus.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import versus.diag.Diagnostic;
import versus.diag.Severity;
import versus.lint.Rule;

/** Applies {@code versus.yml}'s {@code lint:} settings: a rule set to {@code off} is dropped, others re-graded. */
final class LintSettings {

  private LintSettings() {}

  static List<Diagnostic> apply(Map<String, String> settings, List<Diagnostic> diagnostics) {
    if (settings.isEmpty()) {
      return diagnostics;
    }
    List<Diagnostic> out = new ArrayList<>(diagnostics.size());
    for (Diagnostic d : diagnostics) {
      String level = Rule.of(d.rule()).map(r -> settings.getOrDefault(d.rule(), settings.get(r.id()))).orElse(null);
      if (level == null) {
        out.add(d);
      } else if (!level.equals("off")) {
        out.add(new Diagnostic(Severity.valueOf(level.toUpperCase(Locale.ROOT)), d.pos(), d.rule(), d.message()));
      }
    }
    out.sort(Diagnostic.ORDER);
    return List.copyOf(out);
  }
}
