package dev.atende.routing;

import dev.atende.ticket.Category;
import java.util.List;

/** A category with its place in the tree ("Acesso > Senha") and the skills its tickets need. */
public record RoutedCategory(Category category, String path, List<Long> requiredSkills) {
}
