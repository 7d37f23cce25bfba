/**
 * Renderings of a report as the official tables: HTML ({@link org.ogireport.render.HtmlRenderer}),
 * Markdown ({@link org.ogireport.render.MarkdownRenderer}) and aligned plain text
 * ({@link org.ogireport.render.TextRenderer}).
 *
 * <pre>{@code
 * String html = HtmlRenderer.page().render(report);
 * String text = RenderFormat.TEXT.renderer().render(report);
 * }</pre>
 *
 * <p>Every format draws the same {@link org.ogireport.render.FormGrid}, laid out from the row
 * and column enums of the report's edition: the labels are the official ones with their
 * numbering, in the printed order, and each cell prints as the report has it
 * ({@link org.ogireport.render.CellText}). No format has code per row.
 *
 * <p>Every type here is immutable and thread-safe: the renderers hold no state and may be shared.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are
 * {@link java.util.Optional} (no mark on a cell) or empty strings (a blank cell's text, a section
 * without text).
 */
package org.ogireport.render;
