package dev.atende.identity;

import dev.atende.shared.EmailAddress;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A person who signs in or writes to the help desk: customer, agent or admin. */
@Entity
@Table(name = "users")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String name;

    @Convert(converter = RoleConverter.class)
    private Role role;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "organization_id")
    private Long organizationId;

    private String locale;

    /** An IANA zone for showing times; null: the server's. */
    @Column(name = "time_zone")
    private String timeZone;

    /** The notices turned off (see {@link AgentNotice}), as stored codes; null: all on. */
    @Column(name = "notices_off")
    private String noticesOff;

    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER) // small, and read wherever the entity is shown
    @CollectionTable(name = "user_groups", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "group_id")
    private Set<Long> groupIds = new HashSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected User() {
    }

    public User(EmailAddress email, String name, Role role, Instant now) {
        this.email = email.value();
        this.name = name;
        this.role = role;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Long organizationId() {
        return organizationId;
    }

    public String locale() {
        return locale;
    }

    public String timeZone() {
        return timeZone;
    }

    /** Whether this person wants this e-mail notice (all are on until turned off). */
    public boolean wantsNotice(AgentNotice notice) {
        return !AgentNotice.split(noticesOff).contains(notice);
    }

    public java.util.Set<AgentNotice> noticesOff() {
        return AgentNotice.split(noticesOff);
    }

    /** Whether a password was ever set (people created from an e-mail have none until invited). */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Long> groupIds() {
        return Set.copyOf(groupIds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public UserRef ref() {
        return new UserRef(id, email, name);
    }

    void rename(String name, Instant now) {
        this.name = name;
        touch(now);
    }

    void changeEmail(EmailAddress email, Instant now) {
        this.email = email.value();
        touch(now);
    }

    /** Customers belong to no group; only agents and admins do. */
    void changeRole(Role role, Instant now) {
        this.role = role;
        if (role == Role.CUSTOMER) {
            groupIds.clear();
        }
        touch(now);
    }

    void setPasswordHash(String hash, Instant now) {
        this.passwordHash = hash;
        touch(now);
    }

    void moveToOrganization(Long organizationId, Instant now) {
        this.organizationId = organizationId;
        touch(now);
    }

    void changeLocale(String locale, Instant now) {
        this.locale = locale;
        touch(now);
    }

    void changeTimeZone(String timeZone, Instant now) {
        this.timeZone = timeZone;
        touch(now);
    }

    void changeNoticesOff(Set<AgentNotice> notices, Instant now) {
        this.noticesOff = AgentNotice.join(notices);
        touch(now);
    }

    void changeGroups(Set<Long> groupIds, Instant now) {
        this.groupIds.clear();
        this.groupIds.addAll(groupIds);
        touch(now);
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        touch(now);
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }
}
