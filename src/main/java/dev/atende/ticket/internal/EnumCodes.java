package dev.atende.ticket.internal;

import dev.atende.ticket.ArticleSender;
import dev.atende.ticket.Channel;
import dev.atende.ticket.Priority;
import dev.atende.ticket.TicketStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Column converters: statuses, channels and senders by API code, priorities by rank. */
public final class EnumCodes {

    private EnumCodes() {
    }

    @Converter
    public static class StatusColumn implements AttributeConverter<TicketStatus, String> {
        public String convertToDatabaseColumn(TicketStatus s) {
            return s == null ? null : s.code();
        }

        public TicketStatus convertToEntityAttribute(String code) {
            return code == null ? null : TicketStatus.fromCode(code);
        }
    }

    @Converter
    public static class PriorityColumn implements AttributeConverter<Priority, Short> {
        public Short convertToDatabaseColumn(Priority p) {
            return p == null ? null : (short) p.rank();
        }

        public Priority convertToEntityAttribute(Short rank) {
            return rank == null ? null : Priority.values()[rank];
        }
    }

    @Converter
    public static class ChannelColumn implements AttributeConverter<Channel, String> {
        public String convertToDatabaseColumn(Channel c) {
            return c == null ? null : c.code();
        }

        public Channel convertToEntityAttribute(String code) {
            return code == null ? null : Channel.fromCode(code);
        }
    }

    @Converter
    public static class SenderColumn implements AttributeConverter<ArticleSender, String> {
        public String convertToDatabaseColumn(ArticleSender s) {
            return s == null ? null : s.code();
        }

        public ArticleSender convertToEntityAttribute(String code) {
            return code == null ? null : ArticleSender.valueOf(code.toUpperCase());
        }
    }
}
