package dev.atende.routing;

import dev.atende.identity.Actor;
import dev.atende.routing.internal.RoutingStore;
import dev.atende.shared.Change;
import dev.atende.shared.InvalidInputException;
import dev.atende.ticket.Category;
import dev.atende.ticket.CategoryChanges;
import dev.atende.ticket.CategoryManagement;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Categories as routing sees them: the ticket module's tree (name, parent, default group,
 * complexity) together with the skills each requires, written in one transaction.
 */
@Service
@Transactional
public class CategoryRouting {

    static final int MAX_SKILLS = 20;

    private final CategoryManagement categories;
    private final RoutingStore store;

    CategoryRouting(CategoryManagement categories, RoutingStore store) {
        this.categories = categories;
        this.store = store;
    }

    /** Every category, ordered as the tree reads (by path). */
    @Transactional(readOnly = true)
    public List<RoutedCategory> list(Actor actor) {
        List<Category> all = categories.list(actor);
        Map<Long, String> paths = categories.paths();
        Map<Long, List<Long>> skills = store.allCategorySkills();
        return all.stream().map(c -> new RoutedCategory(c, paths.get(c.id()), skills.getOrDefault(c.id(), List.of())))
                .sorted(Comparator.comparing(r -> r.path().toLowerCase()))
                .toList();
    }

    @Transactional(readOnly = true)
    public RoutedCategory get(Actor actor, long id) {
        return routed(categories.get(actor, id));
    }

    public RoutedCategory create(Actor actor, CategoryChanges draft, Change<List<Long>> requiredSkills) {
        List<Long> skills = checkSkills(requiredSkills);
        Category created = categories.create(actor, draft);
        if (requiredSkills.present()) {
            store.replaceCategorySkills(created.id(), skills);
        }
        return routed(created);
    }

    public RoutedCategory update(Actor actor, long id, CategoryChanges changes, Change<List<Long>> requiredSkills) {
        List<Long> skills = checkSkills(requiredSkills);
        Category updated = categories.update(actor, id, changes);
        if (requiredSkills.present()) {
            store.replaceCategorySkills(updated.id(), skills);
        }
        return routed(updated);
    }

    /** Refused (409) while tickets or sub-categories use it. */
    public void delete(Actor actor, long id) {
        categories.delete(actor, id);
    }

    private List<Long> checkSkills(Change<List<Long>> requiredSkills) {
        if (!requiredSkills.present() || requiredSkills.value() == null) {
            return List.of();
        }
        var unique = List.copyOf(new LinkedHashSet<>(requiredSkills.value()));
        if (unique.size() > MAX_SKILLS) {
            throw InvalidInputException.of("requiredSkills", "error.field.tooMany", MAX_SKILLS);
        }
        if (!store.existingSkills(unique).containsAll(unique)) {
            throw InvalidInputException.of("requiredSkills", "error.skill.notFound");
        }
        return unique;
    }

    private RoutedCategory routed(Category category) {
        return new RoutedCategory(category, categories.paths().get(category.id()), store.categorySkills(category.id()));
    }
}
