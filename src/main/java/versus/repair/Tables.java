package versus.repair;

/** The immutable tables and scorers of the package, built once on first use and shared by every instance. */
final class Tables {

  static final Tables INSTANCE = new Tables();

  final Oddness oddness;
  final Round round;
  final Words words;

  private Tables() {
    CharStats stats = CharStats.load();
    EmojiTable emoji = EmojiTable.load();
    oddness = new Oddness(stats);
    words = new Words(emoji.vocabulary());
    LineEvaluator evaluator = new LineEvaluator(oddness, stats, emoji);
    round = new Round(evaluator, new LostBytes(evaluator, oddness, stats, emoji, words), oddness);
  }
}
