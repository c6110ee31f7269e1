/**
 * What one build hands the next: {@link versus.cache.Recall}, a map of results of pure steps that forgets what a build
 * no longer asks for. Used by the stages' memos, which only {@code serve} keeps. Depends on nothing else in Versus.
 */
package versus.cache;
