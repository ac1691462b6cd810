package dev.atende.search.internal;

import java.nio.file.Path;
import java.util.Locale;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the search backend: a Lucene index under {@code <data-dir>/index} for one node, or an
 * Elasticsearch/OpenSearch cluster ({@code atende.search.backend=elasticsearch}) when several
 * nodes must share one index. The mapping and the analyzers are the same for both.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    HibernatePropertiesCustomizer searchBackend(@Value("${atende.data-dir}") Path dataDir,
            @Value("${atende.search.backend:lucene}") String backend,
            @Value("${atende.search.elasticsearch.uris:http://localhost:9200}") String uris,
            @Value("${atende.search.elasticsearch.username:}") String username,
            @Value("${atende.search.elasticsearch.password:}") String password) {
        return properties -> {
            var analysis = BeanReference.ofInstance(new SearchAnalysis());
            properties.put("hibernate.search.backend.analysis.configurer", analysis);
            switch (backend.trim().toLowerCase(Locale.ROOT)) {
                case "lucene" -> {
                    properties.put("hibernate.search.backend.type", "lucene");
                    // an index from another Lucene version is rebuilt (SearchIndexState's mapping version)
                    properties.put("hibernate.search.backend.lucene_version", "LATEST");
                    properties.put("hibernate.search.backend.directory.root",
                            SearchIndexState.indexDirectory(dataDir).toString());
                }
                case "elasticsearch", "opensearch" -> {
                    properties.put("hibernate.search.backend.type", "elasticsearch");
                    properties.put("hibernate.search.backend.uris", uris);
                    if (!username.isBlank()) {
                        properties.put("hibernate.search.backend.username", username);
                        properties.put("hibernate.search.backend.password", password);
                    }
                    // the cluster's version is read at start, so any supported Elasticsearch or OpenSearch works
                    properties.put("hibernate.search.backend.version_check.enabled", "true");
                }
                default -> throw new IllegalStateException(
                        "atende.search.backend must be lucene or elasticsearch, not " + backend);
            }
        };
    }
}
