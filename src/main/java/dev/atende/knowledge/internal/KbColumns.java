package dev.atende.knowledge.internal;

import dev.atende.knowledge.KbStatus;
import dev.atende.knowledge.KbVisibility;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Column converters: statuses and visibilities by their API code. */
public final class KbColumns {

    private KbColumns() {
    }

    @Converter
    public static class StatusColumn implements AttributeConverter<KbStatus, String> {
        public String convertToDatabaseColumn(KbStatus status) {
            return status == null ? null : status.code();
        }

        public KbStatus convertToEntityAttribute(String code) {
            return code == null ? null : KbStatus.fromCode(code);
        }
    }

    @Converter
    public static class VisibilityColumn implements AttributeConverter<KbVisibility, String> {
        public String convertToDatabaseColumn(KbVisibility visibility) {
            return visibility == null ? null : visibility.code();
        }

        public KbVisibility convertToEntityAttribute(String code) {
            return code == null ? null : KbVisibility.fromCode(code);
        }
    }
}
