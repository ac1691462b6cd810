package dev.atende.reporting.internal;

import dev.atende.identity.Directory;
import dev.atende.identity.User;
import dev.atende.reporting.Kpis;
import dev.atende.reporting.ReportFilter;
import dev.atende.reporting.ReportSchedule;
import dev.atende.reporting.TicketLine;
import dev.atende.shared.Locales;
import dev.atende.shared.SystemMailRequested;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Writes a scheduled report for each recipient, in their language, and asks for it to be mailed (in the caller's transaction). */
@Component
class ReportMailer {

    static final int WORST_RATED = 5;

    private final ReportData data;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final String baseUrl;
    private final Locale defaultLocale;

    ReportMailer(ReportData data, Directory directory, ApplicationEventPublisher events, MessageSource messages,
            ITemplateEngine templates, @Value("${atende.base-url}") String baseUrl,
            @Value("${atende.default-locale:en}") String defaultLocale) {
        this.data = data;
        this.directory = directory;
        this.events = events;
        this.messages = messages;
        this.templates = templates;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.defaultLocale = Locales.supported(Locale.forLanguageTag(defaultLocale));
    }

    /** One KPI line of the mail: its name, value, value before and change. */
    record Line(String name, String value, String previous, String change) {
    }

    void mail(ReportSchedule schedule, Instant from, Instant to) {
        ZoneId zone = ZoneId.of(schedule.timeZone());
        ReportFilter filter = new ReportFilter(from, to, zone, schedule.group(), null, null, null, null, null, null);
        Kpis kpis = data.kpis(filter, true);
        List<TicketLine> worst = data.worstRated(filter, WORST_RATED);
        String scope = schedule.group() == null ? null
                : directory.group(schedule.group()).map(g -> g.name()).orElse(null);
        for (Long id : schedule.recipients()) {
            directory.user(id).filter(User::isActive).filter(u -> u.role().worksTickets())
                    .ifPresent(user -> send(user, schedule, scope, kpis, worst, from, to, zone));
        }
    }

    private void send(User user, ReportSchedule schedule, String scope, Kpis kpis, List<TicketLine> worst,
            Instant from, Instant to, ZoneId zone) {
        Locale locale = Locales.parse(user.locale()) == null ? defaultLocale : Locales.parse(user.locale());
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        String period = text("reporting.mail.period", locale, dates.format(from), dates.format(to.minusSeconds(1)));
        String subject = text("reporting.mail.subject", locale, schedule.name(), period);
        List<Line> lines = new ArrayList<>();
        for (var card : KpiCards.of(kpis, locale)) {
            lines.add(new Line(text("reporting.kpi." + card.key(), locale), card.value(), card.previous(), card.change()));
        }
        String link = baseUrl + (schedule.group() == null ? "/admin/reports" : "/reports/team?group=" + schedule.group());
        var context = new Context(locale);
        context.setVariable("title", subject);
        context.setVariable("scope", scope);
        context.setVariable("lines", lines);
        context.setVariable("worst", worst);
        context.setVariable("link", link);
        String html = templates.process("reporting/mail/report", context);
        StringBuilder text = new StringBuilder(subject).append("\n\n");
        if (scope != null) {
            text.append(text("reporting.field.group", locale)).append(": ").append(scope).append("\n\n");
        }
        lines.forEach(l -> text.append(l.name()).append(": ").append(l.value()).append(" (")
                .append(text("reporting.previous", locale, l.previous())).append(l.change().isEmpty() ? "" : ", " + l.change())
                .append(")\n"));
        if (!worst.isEmpty()) {
            text.append('\n').append(text("reporting.mail.worst", locale)).append('\n');
            worst.forEach(t -> text.append("#").append(t.number()).append(" ").append(t.subject()).append(" - ")
                    .append(t.ratingScore()).append("/5\n"));
        }
        text.append('\n').append(link).append('\n');
        events.publishEvent(new SystemMailRequested(user.email(), subject, text.toString(), html));
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
