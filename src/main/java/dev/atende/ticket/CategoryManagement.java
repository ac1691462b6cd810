package dev.atende.ticket;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.shared.ConflictException;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.ticket.internal.Categories;
import dev.atende.ticket.internal.Tickets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category tree: admins shape it, staff read it. A category never sits under itself or its
 * own descendants, and one that tickets or sub-categories still use cannot be deleted (409):
 * re-categorize or move those first, so no ticket silently loses what it was about.
 */
@Service
@Transactional
public class CategoryManagement {

    static final int MAX_NAME = 100;
    static final int MAX_DEPTH = 10;

    private final Categories categories;
    private final Tickets tickets;
    private final Directory directory;
    private final Clock clock;

    CategoryManagement(Categories categories, Tickets tickets, Directory directory, Clock clock) {
        this.categories = categories;
        this.tickets = tickets;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Category> list(Actor actor) {
        requireStaff(actor);
        return categories.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public Category get(Actor actor, long id) {
        requireStaff(actor);
        return categories.findById(id).orElseThrow(() -> new NotFoundException("error.category.notFound"));
    }

    /** A category as pickers offer it: its id and its path. */
    public record Choice(long id, String path) {
    }

    /** Every category with its path, in path order ("Acesso", "Acesso > Senha", "Hardware"...). */
    @Transactional(readOnly = true)
    public List<Choice> choices() {
        return paths().entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(Choice::path, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** "Acesso > Senha": the names from the root down, for every category. */
    @Transactional(readOnly = true)
    public Map<Long, String> paths() {
        Map<Long, Category> all = new HashMap<>();
        categories.findAll().forEach(c -> all.put(c.id(), c));
        Map<Long, String> paths = new HashMap<>();
        for (Category c : all.values()) {
            List<String> names = new ArrayList<>();
            Category at = c;
            for (int depth = 0; at != null && depth <= MAX_DEPTH; depth++) {
                names.add(0, at.name());
                at = at.parentId() == null ? null : all.get(at.parentId());
            }
            paths.put(c.id(), String.join(" > ", names));
        }
        return paths;
    }

    public Category create(Actor actor, CategoryChanges draft) {
        requireAdmin(actor);
        var problems = new InvalidInputException.Collector();
        if (!draft.name().present() || draft.name().value() == null) {
            problems.add("name", "error.field.required");
        }
        problems.throwIfAny();
        var category = new Category(draft.name().value(), null, clock.instant());
        apply(category, draft, problems);
        problems.throwIfAny();
        return categories.save(category);
    }

    public Category update(Actor actor, long id, CategoryChanges changes) {
        requireAdmin(actor);
        Category category = categories.findById(id).orElseThrow(() -> new NotFoundException("error.category.notFound"));
        var problems = new InvalidInputException.Collector();
        apply(category, changes, problems);
        problems.throwIfAny();
        return category;
    }

    public void delete(Actor actor, long id) {
        requireAdmin(actor);
        Category category = categories.findById(id).orElseThrow(() -> new NotFoundException("error.category.notFound"));
        if (categories.existsByParentId(category.id())) {
            throw new ConflictException("error.category.hasChildren");
        }
        long used = tickets.countByCategoryId(category.id());
        if (used > 0) {
            throw new ConflictException("error.category.inUse", used);
        }
        categories.delete(category);
    }

    private void apply(Category category, CategoryChanges changes, InvalidInputException.Collector problems) {
        changes.name().ifPresent(name -> {
            if (name == null || name.isBlank()) {
                problems.add("name", "error.field.required");
            } else if (name.length() > MAX_NAME) {
                problems.add("name", "error.field.tooLong", MAX_NAME);
            } else if (name.contains(">")) {
                problems.add("name", "error.category.nameSeparator");
            } else {
                category.rename(name);
            }
        });
        changes.parent().ifPresent(parent -> {
            if (parent != null && !categories.existsById(parent)) {
                problems.add("parent", "error.category.notFound");
            } else if (parent != null && category.id() != null && createsCycle(category.id(), parent)) {
                problems.add("parent", "error.category.cycle");
            } else if (parent != null && depthOf(parent) >= MAX_DEPTH) {
                problems.add("parent", "error.category.tooDeep", MAX_DEPTH);
            } else {
                category.moveUnder(parent);
            }
        });
        changes.defaultGroup().ifPresent(group -> {
            if (group != null && directory.group(group).isEmpty()) {
                problems.add("group", "error.group.notFound");
            } else {
                category.routeTo(group);
            }
        });
        changes.complexity().ifPresent(level -> {
            if (level == null || level < 1 || level > 3) {
                problems.add("complexity", "error.category.complexity");
            } else {
                category.rate(level);
            }
        });
        String name = category.name();
        if (name != null && categories.findAll().stream().anyMatch(c -> !Objects.equals(c.id(), category.id())
                && Objects.equals(c.parentId(), category.parentId()) && c.name().equalsIgnoreCase(name))) {
            problems.add("name", "error.category.nameTaken");
        }
    }

    /** Whether putting {@code id} under {@code parent} would make it its own ancestor. */
    private boolean createsCycle(long id, long parent) {
        Long at = parent;
        for (int depth = 0; at != null && depth <= MAX_DEPTH + 1; depth++) {
            if (at == id) {
                return true;
            }
            at = categories.findById(at).map(Category::parentId).orElse(null);
        }
        return false;
    }

    private int depthOf(long id) {
        int depth = 0;
        Long at = id;
        while (at != null && depth <= MAX_DEPTH) {
            depth++;
            at = categories.findById(at).map(Category::parentId).orElse(null);
        }
        return depth;
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
    }
}
