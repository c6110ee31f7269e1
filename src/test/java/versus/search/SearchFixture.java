package versus.search;

import versus.testing.TestSite;

/** A small project exercising the search: a hostile title, tables, accents, synonyms, code. */
final class SearchFixture {

  private SearchFixture() {}

  /**
   * 60 notes of 25 sections each, every one with the word "common" at varied weights (so its list is split in
   * tiers), some with "word", "another" or "rare".
   */
  static TestSite tiered() {
    TestSite site = TestSite.with("versus.yml", "title: Tiered\n");
    java.util.Random random = new java.util.Random(7);
    for (int n = 0; n < 60; n++) {
      StringBuilder note = new StringBuilder("# Note " + n + (n % 7 == 0 ? " common" : "") + "\n\nIntro.\n\n");
      for (int s = 0; s < 25; s++) {
        note.append("## Section ").append(s).append(random.nextInt(9) == 0 ? " common" : "").append("\n\n");
        for (int w = 0, words = 3 + random.nextInt(40); w < words; w++) {
          int r = random.nextInt(100);
          note.append(r < 12 ? "common " : r < 16 ? "word " : r < 18 ? "another " : r == 18 ? "rare " : "filler ");
        }
        note.append("common.\n\n");
      }
      site.and("content/note-" + n + ".md", note.toString());
    }
    return site;
  }

  static TestSite site() {
    return TestSite.with(
            "content/alpha.md",
            """
            ---
            title: Alpha <img src=x onerror=alert(1)> notes
            ---
            Intro text about gateways and "quotes" & ampersands.

            ## Networking modes

            | Mode | Meaning |
            |---|---|
            | bridge | Default Docker networking |
            | awsvpc | Each task gets its own network interface |

            ### Crème brûlée

            Naïve résumé of the café.

            ## Scaling

            The Horizontal Pod Autoscaler adjusts pods. The control plane is managed.
            """)
        .and(
            "content/beta.md",
            """
            # Beta

            K8s is short for a container orchestrator.

            ```
            <script>alert("code")</script> kubectl get pods
            ```

            ## Control

            Plane control, not the control plane.
            """)
        .and(
            "versus.yml",
            """
            title: Fixture
            synonyms:
              - [k8s, kubernetes]
              - [hpa, horizontal pod autoscaler]
              - [lonely]
            """);
  }
}
