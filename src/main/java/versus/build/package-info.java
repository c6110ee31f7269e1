/**
 * The build: {@link versus.build.SiteBuilder} wires the stages (source, note, markdown, html, model, theme) into a
 * pure function from a project folder to a {@link versus.build.BuildResult}.
 */
package versus.build;
