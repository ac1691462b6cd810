package dev.atende.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores assignment modes by their API spelling. */
@Converter
class AssignmentModeConverter implements AttributeConverter<AssignmentMode, String> {

    @Override
    public String convertToDatabaseColumn(AssignmentMode mode) {
        return mode == null ? null : mode.code();
    }

    @Override
    public AssignmentMode convertToEntityAttribute(String code) {
        return code == null ? null : AssignmentMode.fromCode(code);
    }
}
