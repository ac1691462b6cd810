package dev.atende.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores roles by their API spelling, so the database reads like the API. */
@Converter
class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.code();
    }

    @Override
    public Role convertToEntityAttribute(String code) {
        return code == null ? null : Role.fromCode(code);
    }
}
