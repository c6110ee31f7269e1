/**
 * Themes: {@link versus.theme.Theme} loads mustache templates and assets from {@code themes/<name>/} with fallback to
 * the default theme, and renders {@link versus.theme.Views.PageView}s. Templates see view records only.
 */
package versus.theme;
