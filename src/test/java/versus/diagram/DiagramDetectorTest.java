package versus.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiagramDetectorTest {

  private static final String BOXES = """
      ┌───────┐     ┌───────┐
      │ Build │────▶│ Test  │
      └───────┘     └───────┘
      """;

  @ParameterizedTest
  @ValueSource(strings = {"diagram", "ascii", "svgbob", "text-diagram", "Diagram", " ascii ", "diagram {.wide}",
      "svgbob title=\"x\""})
  void diagramLanguagesAreDiagrams(String info) {
    assertThat(DiagramDetector.isDiagram(info, "plain words, no drawing at all")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "txt", "java", "mermaid", "plaintext", "console", "diagrams"})
  void anyOtherLanguageKeepsADrawingAsCode(String info) {
    assertThat(DiagramDetector.isDiagram(info, BOXES)).isFalse();
  }

  static String[] drawings() {
    return Gallery.names().stream().filter(n -> !n.startsWith("09-tree"))
        .map(n -> Gallery.read(Gallery.DIR.resolve("gallery").resolve(n + ".txt"))).toArray(String[]::new);
  }

  @ParameterizedTest
  @MethodSource("drawings")
  void unlabelledDrawingsAreDiagrams(String body) {
    assertThat(DiagramDetector.isDiagram(null, body)).isTrue();
    assertThat(DiagramDetector.isDiagram("", body)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "seed-000.txt"})
  void unlabelledSeedIsADiagram(String file) {
    assertThat(DiagramDetector.isDiagram("", Gallery.read(Gallery.DIR.resolve(file)))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // JSON
      "{\n  \"name\": \"versus\",\n  \"tags\": [\"a\", \"b\"],\n  \"nested\": {\"x\": 1, \"y\": -2}\n}\n",
      // YAML with a document marker and list items
      "---\nservices:\n  - name: web\n    ports: [\"80:80\"]\n  - name: db\n    image: postgres:16\n",
      // shell with pipes and flags
      "ls -la | grep '.md' | wc -l\nfind . -name '*.java' -exec wc -l {} + | sort -n\ncat a > b && echo ok\n",
      // a pipeline split over lines, pipes stacked in one column
      "cat access.log \\\n  | grep 500 \\\n  | cut -d' ' -f1 \\\n  | sort | uniq -c\n",
      // Java with lambdas, generics and comments
      "/** Doc. */\nclass A {\n  // comment\n  List<String> xs = ys.stream().map(y -> y + \"-\").toList();\n"
          + "  int f(int i) { return i++ + --i; }\n}\n",
      // SQL with comments
      "-- find users\nSELECT id, name\n  FROM users u\n  JOIN orders o ON o.user_id = u.id -- join\n"
          + " WHERE o.total > 100;\n",
      // a Markdown table
      "| Tool | Language |\n|------|----------|\n| svgbob | Rust |\n| goat | Go |\n",
      "| a | b |\n|:--|--:|\n| 1 | 2 |\n",
      // a directory listing without tree lines
      "drwxr-xr-x  5 me staff  160 Jan  1 12:00 src\n-rw-r--r--  1 me staff 2048 Jan  1 12:00 pom.xml\n"
          + "-rw-r--r--  1 me staff  512 Jan  1 12:00 README.md\n",
      // tree output: mostly names, kept as text unless labelled
      "project/\n├── src/\n│   └── Main.java\n└── README.md\n",
      // a unified diff
      "--- a/pom.xml\n+++ b/pom.xml\n@@ -1,3 +1,3 @@\n-<version>1</version>\n+<version>2</version>\n",
      // Python
      "def f(x):\n    # x -> y\n    return x ** 2 if x > 0 else -x\n",
      // prose with arrows
      "ECS → managed containers.\nEKS → Kubernetes.\n",
      // a single line of ASCII art is too little to tell
      "A --> B",
      "", "   \n  \n"})
  void ordinaryCodeIsNeverADiagram(String body) {
    assertThat(DiagramDetector.isDiagram(null, body)).isFalse();
    assertThat(DiagramDetector.isDiagram("", body)).isFalse();
  }
}
