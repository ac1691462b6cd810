package dev.atende.automation.internal;

import dev.atende.automation.CannedResponse;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface CannedResponses extends ListCrudRepository<CannedResponse, Long> {

    /**
     * By name, those whose name or text contains {@code q} (lower case, LIKE wildcards escaped by
     * the caller with {@code \}), in {@code locale} or for every language when it is null.
     */
    @Query("select c from CannedResponse c where (:locale is null or c.locale is null or c.locale = :locale) "
            + "and (:q is null or lower(c.name) like :q escape '\\' or lower(c.body) like :q escape '\\') "
            + "order by lower(c.name), c.id")
    List<CannedResponse> search(@Param("q") String q, @Param("locale") String locale, Limit limit);
}
