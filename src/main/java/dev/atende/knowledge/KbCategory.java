package dev.atende.knowledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A shelf of the help center ("Impressoras > Instalação"): a tree, with a default name and the
 * name in other languages.
 */
@Entity
@Table(name = "kb_categories")
public class KbCategory {

    public static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    private String name;

    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kb_category_names", joinColumns = @JoinColumn(name = "category_id"))
    @MapKeyColumn(name = "locale")
    @Column(name = "name")
    private Map<String, String> names = new TreeMap<>();

    @Column(name = "created_at")
    private Instant createdAt;

    protected KbCategory() {
    }

    public KbCategory(String name, Long parentId, int position, Map<String, String> names, Instant now) {
        this.createdAt = now;
        change(name, parentId, position, names);
    }

    public void change(String name, Long parentId, int position, Map<String, String> names) {
        this.name = name;
        this.parentId = parentId;
        this.position = position;
        this.names.clear();
        this.names.putAll(names);
    }

    public Long id() {
        return id;
    }

    public Long parentId() {
        return parentId;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public Map<String, String> names() {
        return Collections.unmodifiableMap(names);
    }

    /** The name in this language when it has one, else the default name. */
    public String nameIn(Locale locale) {
        if (locale != null) {
            String own = names.get(locale.toLanguageTag());
            if (own == null) {
                own = names.get(locale.getLanguage());
            }
            if (own != null) {
                return own;
            }
        }
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
