package dev.atende.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a person is to the help desk. Agents and admins work tickets; customers ask. */
public enum Role {
    CUSTOMER, AGENT, ADMIN;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    /** Parses the API spelling; null when it is not a role. */
    @JsonCreator
    public static Role fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst().orElse(null);
    }

    public boolean worksTickets() {
        return this != CUSTOMER;
    }
}
