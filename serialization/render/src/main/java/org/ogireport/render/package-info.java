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
 */
package org.ogireport.render;
