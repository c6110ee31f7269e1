package versus.search;

import versus.testing.TestSite;

/** A small project exercising the search: a hostile title, tables, accents, synonyms, code. */
final class SearchFixture {

  private SearchFixture() {}

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
