package dev.atende.search;

/**
 * Names of the text analyzers every module's index mapping uses, so that a query is analyzed the
 * way the text was. Defined once for the Lucene and the Elasticsearch backend.
 */
public final class Analyzers {

    /**
     * Free text whose language is not known (tickets are written in Portuguese or English, often
     * both): case and accents ignored, Portuguese plurals and suffixes, English plurals. So
     * "configuracao", "Configuração" and "configurações" are the same word, as are "printers"
     * and "printer".
     */
    public static final String TEXT = "atende_text";

    /** Portuguese text (a help-center article in pt-BR). */
    public static final String PORTUGUESE = "atende_pt";

    /** English text (a help-center article in English). */
    public static final String ENGLISH = "atende_en";

    /** Names and addresses: case and accents ignored, no stemming ("joao" finds "João"). */
    public static final String NAME = "atende_name";

    /** Normalizer for keyword fields that are sorted or matched whole, ignoring case and accents. */
    public static final String KEYWORD = "atende_keyword";

    private Analyzers() {
    }
}
