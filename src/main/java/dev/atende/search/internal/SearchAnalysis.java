package dev.atende.search.internal;

import dev.atende.search.Analyzers;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of {@link Analyzers} for both backends, built from the same steps so that a
 * cluster on Elasticsearch finds what a single node on Lucene finds.
 *
 * <p>Accents are folded before stemming, and the folded Portuguese plurals "-oes"/"-aes" are
 * turned back into "-ao" first, so that "acoes", "ações" and "ação" meet although people type
 * them with and without accents.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    private static final String PLURAL_AO = "(?<=..)[oa]es$";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(Analyzers.TEXT).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("patternReplace").param("pattern", PLURAL_AO).param("replacement", "ao")
                .tokenFilter("portugueseLightStem")
                .tokenFilter("englishMinimalStem");
        context.analyzer(Analyzers.PORTUGUESE).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("patternReplace").param("pattern", PLURAL_AO).param("replacement", "ao")
                .tokenFilter("portugueseLightStem");
        context.analyzer(Analyzers.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("porterStem");
        context.analyzer(Analyzers.NAME).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer(Analyzers.KEYWORD).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("atende_plural_ao").type("pattern_replace")
                .param("pattern", PLURAL_AO).param("replacement", "ao");
        context.tokenFilter("atende_pt_light").type("stemmer").param("language", "light_portuguese");
        context.tokenFilter("atende_en_minimal").type("stemmer").param("language", "minimal_english");
        context.tokenFilter("atende_en_possessive").type("stemmer").param("language", "possessive_english");
        context.analyzer(Analyzers.TEXT).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "atende_plural_ao", "atende_pt_light", "atende_en_minimal");
        context.analyzer(Analyzers.PORTUGUESE).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "atende_plural_ao", "atende_pt_light");
        context.analyzer(Analyzers.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters("atende_en_possessive", "lowercase", "asciifolding", "porter_stem");
        context.analyzer(Analyzers.NAME).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.normalizer(Analyzers.KEYWORD).custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}
