/**
 * The shared UI shell: the page layout and navigation ({@code templates/web/layout.html}), the
 * static assets, the home redirect and the error page. Each module keeps its own page
 * controllers and templates and includes the layout.
 */
package dev.atende.web;
