package versus.model;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole site as the theme sees it: the configuration and the pages in reading order (front matter {@code order}
 * first, then title, then slug — a total order, so output never depends on file-system listing order).
 */
public record Site(SiteConfig config, List<Page> pages) {

  public Site {
    Objects.requireNonNull(config);
    List<Page> sorted = new ArrayList<>(pages);
    sorted.sort(readingOrder());
    pages = List.copyOf(sorted);
  }

  private static Comparator<Page> readingOrder() {
    Collator collator = Collator.getInstance(Locale.ROOT);
    collator.setStrength(Collator.SECONDARY);
    // Notes first, then the theme's documentation pages.
    return Comparator.<Page, Boolean>comparing(Page::documentation)
        .thenComparingInt(p -> p.front().order().orElse(Integer.MAX_VALUE))
        .thenComparing(Page::title, collator)
        .thenComparing(Page::title)
        .thenComparing(Page::slug);
  }

  public Optional<Page> previous(int index) {
    return index > 0 ? Optional.of(pages.get(index - 1)) : Optional.empty();
  }

  public Optional<Page> next(int index) {
    return index + 1 < pages.size() ? Optional.of(pages.get(index + 1)) : Optional.empty();
  }
}
