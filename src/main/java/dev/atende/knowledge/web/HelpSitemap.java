package dev.atende.knowledge.web;

import dev.atende.knowledge.KbArticle;
import dev.atende.knowledge.KbArticleManagement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/** {@code /help/sitemap.xml}: the help center's home and its published public articles, for search engines. */
@Controller
class HelpSitemap {

    private final KbArticleManagement articles;
    private final String baseUrl;

    HelpSitemap(KbArticleManagement articles, @Value("${atende.base-url}") String baseUrl) {
        this.articles = articles;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping(path = "/help/sitemap.xml")
    ResponseEntity<String> sitemap() {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(baseUrl + "/help")).append("</loc></url>\n");
        for (KbArticle article : articles.publicArticles()) {
            xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(baseUrl + article.helpPath())).append("</loc>")
                    .append("<lastmod>").append(DateTimeFormatter.ISO_LOCAL_DATE.format(
                            article.updatedAt().atOffset(ZoneOffset.UTC))).append("</lastmod></url>\n");
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }
}
