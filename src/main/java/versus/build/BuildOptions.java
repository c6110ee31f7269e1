package versus.build;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build.
 *
 * @param sourceRoot the project folder holding content/, themes/ and versus.yml
 * @param theme overrides the theme of versus.yml
 * @param baseUrl overrides the base URL of versus.yml
 * @param drafts include notes marked {@code draft: true}
 */
public record BuildOptions(Path sourceRoot, Optional<String> theme, Optional<String> baseUrl, boolean drafts) {

  /** Builds with {@code drafts} included or not. */
  public BuildOptions withDrafts(boolean include) {
    return new BuildOptions(sourceRoot, theme, baseUrl, include);
  }

  public BuildOptions {
    Objects.requireNonNull(sourceRoot);
    Objects.requireNonNull(theme);
    Objects.requireNonNull(baseUrl);
  }

  public static BuildOptions of(Path sourceRoot) {
    return new BuildOptions(sourceRoot, Optional.empty(), Optional.empty(), false);
  }
}
