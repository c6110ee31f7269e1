/**
 * The search index: {@link versus.search.SearchIndexer} turns the site's pages into heading sections, tokenizes and
 * stems them exactly as the browser client ({@code themes/default/assets/search.js}) does, and writes the index as
 * small script files under {@code search/} that the client loads only for the words a query needs.
 */
package versus.search;
