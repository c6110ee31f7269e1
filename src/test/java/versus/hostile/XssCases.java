package versus.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import versus.testing.TestSite;

/** The cases of {@code hostile/xss-cases.tsv}, and the project that places each one where it says. */
final class XssCases {

  record Case(String id, String place, String payload) {}

  private XssCases() {}

  static List<Case> all() {
    try (InputStream in = XssCases.class.getResourceAsStream("/hostile/xss-cases.tsv")) {
      List<Case> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", 3);
        out.add(new Case(f[0], f[1], f[2].replace("\\n", "\n").replace("\\t", "\t")));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One note per case, so a failure names its case. */
  static TestSite project(List<Case> cases) {
    TestSite site = TestSite.with("versus.yml", "title: XSS corpus\n");
    for (Case c : cases) {
      String file = "content/" + c.id() + ".md";
      String p = c.payload();
      switch (c.place()) {
        case "body" -> site.and(file, "# Case " + c.id() + "\n\nBefore.\n\n" + p + "\n\nAfter.\n");
        case "heading" -> site.and(file, "# Case " + c.id() + "\n\n## " + p + "\n\nText.\n\n[top](#" + c.id() + ")\n");
        case "title" -> site.and(file, "---\ntitle: " + yaml(p) + "\n---\nBody of " + c.id() + ".\n");
        case "description" -> site.and(file, "---\ndescription: " + yaml(p) + "\n---\n# Case " + c.id() + "\n");
        case "tags" -> site.and(file, "---\ntags: [" + yaml(p) + "]\n---\n# Case " + c.id() + "\n");
        case "table" -> site.and(file, "# Case " + c.id() + "\n\n| Feature | ECS |\n|---|---|\n| " + p + " | x |\n");
        case "diagram" -> {
          String label = p + " ".repeat(Math.max(1, 40 - p.length()));
          String rule = "-".repeat(label.length() + 2);
          site.and(file, "# Case " + c.id() + "\n\n```diagram\n+" + rule + "+\n| " + label + " |\n+" + rule + "+\n```\n");
        }
        case "filename" -> site.and("content/" + p + ".md", "Note whose file name is hostile.\n");
        default -> throw new IllegalArgumentException("unknown place " + c.place() + " in case " + c.id());
      }
    }
    return site;
  }

  private static String yaml(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
