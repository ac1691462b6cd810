package dev.atende.search.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jsoup.Jsoup;

/** A reply or note of an {@link IndexedTicket}: only what the index needs, read-only. */
@Entity(name = "IndexedArticle")
@Table(name = "articles")
@Immutable
public class IndexedArticle {

    @Id
    private Long id;

    private boolean internal;

    @Column(name = "content_type")
    private String contentType;

    private String body;

    protected IndexedArticle() {
    }

    boolean isInternal() {
        return internal;
    }

    /** The words of the article: HTML bodies without their markup. */
    String plainText() {
        if (body == null) {
            return "";
        }
        return "text/html".equalsIgnoreCase(contentType) ? Jsoup.parse(body).text() : body;
    }
}
