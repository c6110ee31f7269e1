package versus.repair;

/** Clean texts shared by the round-trip and property tests. */
final class Samples {

  static final String EMOJI = "Deploy 🚀 with 🐳 and ☸️ — done ✅, failed ❌, note 🔹 here.";

  static final String DIAGRAM =
      String.join(
          "\n",
          "┌──────────┐   ┌──────────┐",
          "│  Source  │──▶│  Build   │",
          "└────┬─────┘   └────┬─────┘",
          "     │              │",
          "┌────▼──────────────▼─────┐",
          "│         Deploy          │",
          "└─────────────────────────┘");

  static final String TYPOGRAPHY = "“Quotes” and ‘single’ — dash – en … ellipsis, €5, 10™ and © 2024 → next.";

  static final String NOTE =
      String.join(
          "\n",
          "## ⚖️ Trade-offs",
          "",
          "- Scaling ⚖️ is easy — it’s managed.",
          "- The cluster ☸️ needs care…",
          "",
          "## 📑 Summary ✅");

  private Samples() {}
}
