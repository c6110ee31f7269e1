/**
 * The site model: {@link versus.model.Site} holds the {@link versus.model.SiteConfig} and every
 * {@link versus.model.Page} in reading order. Immutable; themes, search and the comparison read it.
 */
package versus.model;
