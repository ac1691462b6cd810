/**
 * The knowledge base: help-center articles in categories, with translations, versions, files,
 * "was this helpful?" votes and comments; the public help center at {@code /help}; article
 * search and live suggestions for new requests; and the deflection count (new requests that a
 * suggested article answered), which reports read through the reporting module's
 * {@link dev.atende.reporting.DeflectionSource}.
 */
package dev.atende.knowledge;
