package versus.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Site-wide settings from {@code versus.yml} and the command line.
 *
 * @param title the site's name, shown in the header and page titles
 * @param description one sentence for the home page and meta tags
 * @param baseUrl the published address with a trailing slash ({@code https://me.github.io/notes/}), for canonical and
 *     sitemap URLs; empty when unknown
 * @param theme the theme folder name
 * @param language the BCP 47 language of the content ({@code en})
 * @param repoUrl the repository's web address, for "Edit this page" links; empty when none
 * @param editBranch the branch those links point at
 * @param themeDocs publish the theme's documentation pages under {@code theme/}
 * @param lint lint rule settings by rule id: {@code off}, {@code info}, {@code warning} or {@code error}
 * @param synonyms groups of words or phrases that search treats as one ({@code [hpa, horizontal pod autoscaler]})
 */
public record SiteConfig(
    String title,
    String description,
    Optional<String> baseUrl,
    String theme,
    String language,
    Optional<String> repoUrl,
    String editBranch,
    boolean themeDocs,
    java.util.Map<String, String> lint,
    List<List<String>> synonyms) {

  public static final SiteConfig DEFAULTS =
      new SiteConfig("Versus", "", Optional.empty(), "default", "en", Optional.empty(), "main", false,
          java.util.Map.of(), List.of());

  public SiteConfig {
    Objects.requireNonNull(title);
    Objects.requireNonNull(description);
    baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
    Objects.requireNonNull(theme);
    Objects.requireNonNull(language);
    Objects.requireNonNull(repoUrl);
    Objects.requireNonNull(editBranch);
    lint = java.util.Map.copyOf(lint);
    synonyms = synonyms.stream().map(List::copyOf).toList();
  }

  public SiteConfig withTheme(String name) {
    return new SiteConfig(title, description, baseUrl, name, language, repoUrl, editBranch, themeDocs, lint, synonyms);
  }

  public SiteConfig withBaseUrl(String url) {
    return new SiteConfig(title, description, Optional.of(url), theme, language, repoUrl, editBranch, themeDocs, lint, synonyms);
  }

  /** The path part of the base URL ({@code /notes/}), or {@code /} when none is configured. */
  public String basePath() {
    return baseUrl.map(
            u -> {
              int scheme = u.indexOf("://");
              int slash = scheme < 0 ? u.indexOf('/') : u.indexOf('/', scheme + 3);
              return slash < 0 ? "/" : u.substring(slash);
            })
        .orElse("/");
  }
}
