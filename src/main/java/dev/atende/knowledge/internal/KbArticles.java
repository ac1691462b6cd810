package dev.atende.knowledge.internal;

import dev.atende.knowledge.KbArticle;
import dev.atende.knowledge.KbStatus;
import dev.atende.knowledge.KbVisibility;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;

public interface KbArticles extends JpaRepository<KbArticle, Long> {

    /**
     * Articles matching the optional filters (null: any); {@code publicOnly} keeps what customers
     * and visitors may read. {@code title} is a lower-case fragment of the title.
     */
    @Query("""
            select a from KbArticle a
            where (:publicOnly = false or (a.status = dev.atende.knowledge.KbStatus.PUBLISHED
                                           and a.visibility = dev.atende.knowledge.KbVisibility.PUBLIC))
              and (:status is null or a.status = :status)
              and (:visibility is null or a.visibility = :visibility)
              and (:locale is null or a.locale = :locale)
              and (:categoryId is null or a.categoryId = :categoryId)
              and (:title is null or lower(a.title) like concat('%', :title, '%'))
            order by a.updatedAt desc, a.id desc""")
    Page<KbArticle> find(@Param("publicOnly") boolean publicOnly, @Param("status") KbStatus status,
            @Param("visibility") KbVisibility visibility, @Param("locale") String locale,
            @Param("categoryId") Long categoryId, @Param("title") String title, Pageable page);

    List<KbArticle> findByTranslationGroup(long translationGroup);

    @Query("""
            select a from KbArticle a where a.status = dev.atende.knowledge.KbStatus.PUBLISHED
              and a.visibility = dev.atende.knowledge.KbVisibility.PUBLIC order by a.id""")
    List<KbArticle> findAllPublic();

    @Query("select a.categoryId from KbArticle a where a.categoryId is not null and (:all = true or "
            + "(a.status = dev.atende.knowledge.KbStatus.PUBLISHED and a.visibility = dev.atende.knowledge.KbVisibility.PUBLIC))")
    List<Long> categoriesInUse(@Param("all") boolean all);

    boolean existsByCategoryId(long categoryId);

    @Modifying
    @Query(value = "update kb_articles set views = views + 1 where id = :id", nativeQuery = true)
    int countView(@Param("id") long id);

    @Query("select a from KbArticle a where a.id in :ids")
    List<KbArticle> findByIds(@Param("ids") Collection<Long> ids);
}
