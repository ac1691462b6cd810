package dev.atende.identity;

import dev.atende.shared.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only lookups of people and teams for other modules, batched to one query per kind. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final Users users;
    private final Groups groups;
    private final Organizations organizations;

    Directory(Users users, Groups groups, Organizations organizations) {
        this.users = users;
        this.groups = groups;
        this.organizations = organizations;
    }

    public Map<Long, UserRef> users(Collection<Long> ids) {
        return users.findAllById(ids).stream().collect(Collectors.toMap(User::id, User::ref));
    }

    public Map<Long, GroupRef> groups(Collection<Long> ids) {
        return groups.findAllById(ids).stream().collect(Collectors.toMap(Group::id, Group::ref));
    }

    public Map<Long, OrganizationRef> organizations(Collection<Long> ids) {
        return organizations.findAllById(ids).stream().collect(Collectors.toMap(Organization::id, Organization::ref));
    }

    public List<GroupRef> allGroups() {
        return groups.findAllByOrderByLevelAscNameAsc().stream().map(Group::ref).toList();
    }

    public Optional<Group> group(long id) {
        return groups.findById(id);
    }

    public Optional<User> user(long id) {
        return users.findById(id);
    }

    public Optional<Organization> organization(long id) {
        return organizations.findById(id);
    }

    /** The groups that escalate to this one (the levels below it). */
    public List<Group> feedersOf(long groupId) {
        return groups.findByEscalatesToId(groupId);
    }

    /** The group new tickets land in unless something routes them elsewhere. */
    public Group entryGroup() {
        return groups.entryGroup().orElseThrow(() -> new NotFoundException("error.group.none"));
    }

    /** Agents and admins of a group who may take tickets (for assignee pickers). */
    public List<UserRef> assignableMembers(long groupId) {
        return users.activeMembersOf(groupId).stream()
                .filter(u -> u.role().worksTickets())
                .map(User::ref)
                .toList();
    }

    public static <T> Function<Long, T> lookup(Map<Long, T> map) {
        return id -> id == null ? null : map.get(id);
    }
}
