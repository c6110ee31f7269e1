package versus.build;

/**
 * Told how far a build has got, from any thread: {@code done} of {@code total} items of a named phase. The command
 * line shows it on long builds; everyone else passes {@link #NONE}.
 */
@FunctionalInterface
public interface Progress {

  Progress NONE = (phase, done, total) -> {};

  void update(String phase, int done, int total);
}
