package versus.cache;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Results of a pure step kept from one build to the next, by key. A value carries the input it was made from, so the
 * caller can tell whether it still holds ({@code valid}); {@link #forgetUnused} drops what was not asked for since its
 * last call, so the memo holds one site, not a history. Thread-safe.
 *
 * @param <K> what a value is kept under (a path, an id)
 * @param <V> the kept value, with its input
 */
public final class Recall<K, V> {

  private final Map<K, V> kept = new ConcurrentHashMap<>();
  private final Set<K> used = ConcurrentHashMap.newKeySet();

  /** The value kept under {@code key} when {@code valid} says it still holds; otherwise one {@code make} makes. */
  public V get(K key, Predicate<V> valid, Supplier<V> make) {
    used.add(key);
    V v = kept.get(key);
    if (v == null || !valid.test(v)) {
      v = make.get();
      kept.put(key, v);
    }
    return v;
  }

  /** Keeps the value under {@code key} past the next {@link #forgetUnused} without asking for it. */
  public void keep(K key) {
    used.add(key);
  }

  /** Forgets every value not asked for (or kept) since the last call. */
  public void forgetUnused() {
    kept.keySet().retainAll(used);
    used.clear();
  }
}
