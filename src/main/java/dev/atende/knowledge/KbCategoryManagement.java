package dev.atende.knowledge;

import dev.atende.identity.Actor;
import dev.atende.knowledge.internal.KbArticles;
import dev.atende.knowledge.internal.KbCategories;
import dev.atende.shared.Change;
import dev.atende.shared.ConflictException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.Locales;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.Texts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category tree of the help center. The team manages it; customers and visitors see only
 * the categories under which they can read at least one article, so the name of a shelf of
 * internal articles is not shown to them either.
 */
@Service
@Transactional
public class KbCategoryManagement {

    private final KbCategories categories;
    private final KbArticles articles;
    private final Clock clock;

    KbCategoryManagement(KbCategories categories, KbArticles articles, Clock clock) {
        this.categories = categories;
        this.articles = articles;
        this.clock = clock;
    }

    /** The categories the actor may see, parents before children, siblings by position and name. */
    @Transactional(readOnly = true)
    public List<KbCategory> list(Actor actor) {
        List<KbCategory> all = categories.findAll();
        if (!KbAccess.seesEverything(actor)) {
            Set<Long> shown = withAncestors(new HashSet<>(articles.categoriesInUse(false)), all);
            all = all.stream().filter(c -> shown.contains(c.id())).toList();
        }
        return ordered(all);
    }

    @Transactional(readOnly = true)
    public KbCategory get(Actor actor, long id) {
        return list(actor).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("error.kb.category.notFound"));
    }

    /** The category and every category below it, for "articles in this category". */
    @Transactional(readOnly = true)
    public Set<Long> subtree(long id) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (KbCategory c : categories.findAll()) {
            if (c.parentId() != null) {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c.id());
            }
        }
        Set<Long> found = new HashSet<>();
        List<Long> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            Long next = todo.remove(todo.size() - 1);
            if (found.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return found;
    }

    public KbCategory create(Actor actor, CategoryDraft draft) {
        KbAccess.requireWriter(actor);
        var problems = new InvalidInputException.Collector();
        String name = name(draft.name().present() ? draft.name().value() : null, problems);
        Long parent = parent(null, value(draft.parent(), null), problems);
        Map<String, String> names = names(value(draft.names(), Map.of()), problems);
        problems.throwIfAny();
        return categories.save(new KbCategory(name, parent, value(draft.position(), 0), names, clock.instant()));
    }

    public KbCategory update(Actor actor, long id, CategoryDraft draft) {
        KbAccess.requireWriter(actor);
        KbCategory category = categories.findById(id).orElseThrow(() -> new NotFoundException("error.kb.category.notFound"));
        var problems = new InvalidInputException.Collector();
        String name = draft.name().present() ? name(draft.name().value(), problems) : category.name();
        Long parent = draft.parent().present() ? parent(id, draft.parent().value(), problems) : category.parentId();
        Map<String, String> names = draft.names().present() ? names(value(draft.names(), Map.of()), problems)
                : category.names();
        problems.throwIfAny();
        category.change(name, parent, value(draft.position(), category.position()), names);
        return categories.save(category);
    }

    /** Removes an empty category; 409 while articles or sub-categories use it. */
    public void delete(Actor actor, long id) {
        KbAccess.requireWriter(actor);
        KbCategory category = categories.findById(id).orElseThrow(() -> new NotFoundException("error.kb.category.notFound"));
        if (categories.existsByParentId(id) || articles.existsByCategoryId(id)) {
            throw new ConflictException("error.kb.category.inUse", category.name());
        }
        categories.delete(category);
    }

    /** "Parent > Child" paths of every category, by id, for lists and pickers. */
    @Transactional(readOnly = true)
    public Map<Long, String> paths(Actor actor, java.util.Locale locale) {
        Map<Long, KbCategory> byId = new HashMap<>();
        categories.findAll().forEach(c -> byId.put(c.id(), c));
        Map<Long, String> paths = new LinkedHashMap<>();
        for (KbCategory c : list(actor)) {
            var parts = new ArrayList<String>();
            KbCategory at = c;
            for (int depth = 0; at != null && depth < 20; depth++) {
                parts.add(0, at.nameIn(locale));
                at = at.parentId() == null ? null : byId.get(at.parentId());
            }
            paths.put(c.id(), String.join(" > ", parts));
        }
        return paths;
    }

    private static List<KbCategory> ordered(List<KbCategory> categories) {
        Map<Long, List<KbCategory>> children = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        categories.forEach(c -> ids.add(c.id()));
        for (KbCategory c : categories) {
            Long parent = c.parentId() != null && ids.contains(c.parentId()) ? c.parentId() : null;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(c);
        }
        Comparator<KbCategory> order = Comparator.comparingInt(KbCategory::position)
                .thenComparing(KbCategory::name, String.CASE_INSENSITIVE_ORDER);
        List<KbCategory> result = new ArrayList<>();
        addChildren(null, children, order, result, 0);
        return result;
    }

    private static void addChildren(Long parent, Map<Long, List<KbCategory>> children, Comparator<KbCategory> order,
            List<KbCategory> result, int depth) {
        if (depth > 20) {
            return;
        }
        for (KbCategory c : children.getOrDefault(parent, List.of()).stream().sorted(order).toList()) {
            result.add(c);
            addChildren(c.id(), children, order, result, depth + 1);
        }
    }

    private static Set<Long> withAncestors(Set<Long> used, List<KbCategory> all) {
        Map<Long, Long> parents = new HashMap<>();
        all.forEach(c -> parents.put(c.id(), c.parentId()));
        Set<Long> shown = new HashSet<>();
        for (Long id : used) {
            for (Long at = id; at != null && shown.add(at); at = parents.get(at)) {
                // walk up to the root
            }
        }
        return shown;
    }

    private static String name(String raw, InvalidInputException.Collector problems) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            problems.add("name", "error.field.required");
        } else if (name.length() > KbCategory.MAX_NAME) {
            problems.add("name", "error.field.tooLong", KbCategory.MAX_NAME);
        } else if (Texts.hasControlCharacters(name)) {
            problems.add("name", "error.field.control");
        }
        return name;
    }

    private Long parent(Long self, Long parent, InvalidInputException.Collector problems) {
        if (parent == null) {
            return null;
        }
        if (!categories.existsById(parent)) {
            problems.add("parent", "error.kb.category.notFound");
        } else if (self != null && subtree(self).contains(parent)) {
            problems.add("parent", "error.kb.category.cycle");
        }
        return parent;
    }

    private static Map<String, String> names(Map<String, String> raw, InvalidInputException.Collector problems) {
        Map<String, String> names = new LinkedHashMap<>();
        raw.forEach((tag, name) -> {
            var locale = Locales.parse(tag);
            if (locale == null) {
                problems.add("names", "error.field.unknownValue", tag);
            } else if (name != null && !name.isBlank()) {
                names.put(locale.toLanguageTag(), name(name, problems));
            }
        });
        return names;
    }

    private static <T> T value(Change<T> change, T fallback) {
        return change != null && change.present() && change.value() != null ? change.value() : fallback;
    }
}
