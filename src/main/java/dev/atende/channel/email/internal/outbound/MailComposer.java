package dev.atende.channel.email.internal.outbound;

import dev.atende.channel.email.internal.MailIndex;
import dev.atende.identity.AccountMailRequested;
import dev.atende.identity.User;
import dev.atende.shared.Locales;
import dev.atende.survey.SurveyInvitation;
import dev.atende.survey.SurveyInvitations;
import dev.atende.ticket.Article;
import dev.atende.ticket.Ticket;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the mails Atende sends, in the reader's language: the subject carries the ticket's
 * {@code [#number]}, replies thread into the conversation (In-Reply-To, References), and every
 * mail has an HTML and a plain-text part.
 */
@Component
public class MailComposer {

    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final MailIndex index;
    private final String defaultFrom;
    private final String baseUrl;
    private final Locale defaultLocale;
    private final SurveyInvitations surveys;

    MailComposer(MessageSource messages, ITemplateEngine templates, MailIndex index, SurveyInvitations surveys,
            @Value("${atende.mail.from:atende@localhost}") String defaultFrom,
            @Value("${atende.base-url}") String baseUrl, @Value("${atende.default-locale:en}") String defaultLocale) {
        this.surveys = surveys;
        this.defaultLocale = Locales.supported(Locale.forLanguageTag(defaultLocale));
        this.messages = messages;
        this.templates = templates;
        this.index = index;
        this.defaultFrom = defaultFrom;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public Draft acknowledgement(Ticket ticket, User customer) {
        Locale locale = locale(customer);
        String lead = text("mail.ack.lead", locale, customer.name(), number(ticket));
        return customerMail(Draft.Kind.ACKNOWLEDGEMENT, ticket, null, customer, List.of(), lead, null, null, locale);
    }

    Draft reply(Ticket ticket, Article article, User customer, Collection<String> cc) {
        return reply(Draft.Kind.REPLY, ticket, article, customer, cc);
    }

    /** A public reply Atende wrote by itself (an automatic answer), threaded like a reply. */
    Draft autoReply(Ticket ticket, Article article, User customer) {
        return reply(Draft.Kind.AUTO_REPLY, ticket, article, customer, List.of());
    }

    /**
     * A notice an automation rule sends: to the ticket's customer it threads into the
     * conversation; to someone on the team it carries a link to the ticket.
     */
    public Draft automationNotice(Ticket ticket, User person, String subjectLine, String text) {
        Locale locale = locale(person);
        String bodyHtml = HtmlUtils.htmlEscape(text, "UTF-8").replace("\n", "<br>\n");
        if (!person.role().worksTickets()) {
            Draft mail = customerMail(Draft.Kind.AUTOMATION_NOTICE, ticket, null, person, List.of(), null, bodyHtml,
                    text, locale);
            return withSubject(mail, subjectLine, ticket, locale);
        }
        String footer = text("mail.notice.link", locale, baseUrl + "/agent/tickets/" + ticket.id());
        Draft mail = new Draft(Draft.Kind.AUTOMATION_NOTICE, ticket.id(), null, null, from(ticket),
                List.of(person.email()), List.of(), subject(ticket, locale), text.strip() + "\n\n" + footer + "\n",
                render(locale, null, bodyHtml, footer), null, List.of());
        return withSubject(mail, subjectLine, ticket, locale);
    }

    private Draft withSubject(Draft mail, String subjectLine, Ticket ticket, Locale locale) {
        if (subjectLine == null || subjectLine.isBlank()) {
            return mail;
        }
        String subject = text("mail.subject", locale, number(ticket), subjectLine.strip());
        return new Draft(mail.kind(), mail.ticketId(), mail.articleId(), mail.mailboxId(), mail.from(), mail.to(),
                mail.cc(), subject, mail.text(), mail.html(), mail.inReplyTo(), mail.references());
    }

    private Draft reply(Draft.Kind kind, Ticket ticket, Article article, User customer, Collection<String> cc) {
        Locale locale = locale(customer);
        boolean html = Article.HTML.equals(article.contentType());
        String bodyHtml = html ? article.body() : HtmlUtils.htmlEscape(article.body(), "UTF-8").replace("\n", "<br>\n");
        String bodyText = html ? plainText(article.body()) : article.body();
        return customerMail(kind, ticket, article.id(), customer, cc, null, bodyHtml, bodyText, locale);
    }

    /** The news that a ticket is solved, with the satisfaction survey when one is offered for it. */
    Draft solved(Ticket ticket, User customer) {
        Locale locale = locale(customer);
        String lead = text("mail.solved.lead", locale, customer.name(), number(ticket));
        SurveyInvitation survey = surveys.forMail(ticket.id(), locale).orElse(null);
        return customerMail(Draft.Kind.SOLVED, ticket, null, customer, List.of(), lead,
                survey == null ? null : survey.html(), survey == null ? null : survey.text(), locale);
    }

    /**
     * A mail about someone's account (confirm a sign-up, reset a password, an invitation): a
     * greeting, what the link does, the link, when it expires, and what to do if it was not them.
     */
    Draft accountMail(AccountMailRequested mail) {
        Locale chosen = Locales.parse(mail.locale());
        Locale locale = chosen == null ? defaultLocale : chosen;
        String kind = "account.mail." + mail.kind().name().toLowerCase(Locale.ROOT).replace("_", "-");
        String lead = text(kind + ".lead", locale, mail.name(), mail.inviter() == null ? "" : mail.inviter());
        String action = text(kind + ".action", locale);
        String expiry = text("account.mail.expires", locale,
                expiryFormat(locale).format(mail.expiresAt().atZone(zone(mail.timeZone()))));
        String footer = text("account.mail.footer", locale, baseUrl);
        String link = HtmlUtils.htmlEscape(mail.link(), "UTF-8");
        String bodyHtml = "<p><a href=\"" + link + "\">" + HtmlUtils.htmlEscape(action, "UTF-8") + "</a></p>\n<p>"
                + HtmlUtils.htmlEscape(expiry, "UTF-8") + "</p>";
        String plain = lead + "\n\n" + action + ":\n" + mail.link() + "\n\n" + expiry + "\n\n-- \n" + footer + "\n";
        return new Draft(Draft.Kind.ACCOUNT, null, null, null, defaultFrom, List.of(mail.email()), List.of(),
                text(kind + ".subject", locale), plain, render(locale, lead, bodyHtml, footer), null, List.of());
    }

    private static java.time.format.DateTimeFormatter expiryFormat(Locale locale) {
        return java.time.format.DateTimeFormatter.ofPattern(
                Locales.PT_BR.equals(locale) ? "dd/MM/yyyy HH:mm (VV)" : "yyyy-MM-dd HH:mm (VV)", locale);
    }

    private static java.time.ZoneId zone(String timeZone) {
        return dev.atende.identity.TimeZones.isKnown(timeZone) ? java.time.ZoneId.of(timeZone) : java.time.ZoneId.of("UTC");
    }

    /** A short notice to an agent, with a link to the ticket in the agent's desk. */
    Draft agentNotice(Ticket ticket, User agent, String code, String actorName) {
        Locale locale = locale(agent);
        String lead = text(code, locale, number(ticket), ticket.subject(), actorName == null ? "?" : actorName);
        String link = baseUrl + "/agent/tickets/" + ticket.id();
        String footer = text("mail.notice.link", locale, link);
        String html = render(locale, lead, null, footer);
        String plain = lead + "\n\n" + footer + "\n";
        return new Draft(Draft.Kind.AGENT_NOTICE, ticket.id(), null, null, from(ticket), List.of(agent.email()),
                List.of(), subject(ticket, locale), plain, html, null, List.of());
    }

    private Draft customerMail(Draft.Kind kind, Ticket ticket, Long articleId, User customer, Collection<String> cc,
            String lead, String bodyHtml, String bodyText, Locale locale) {
        String footer = text("mail.footer", locale, number(ticket));
        String html = render(locale, lead, bodyHtml, footer);
        StringBuilder plain = new StringBuilder();
        if (lead != null) {
            plain.append(lead).append("\n\n");
        }
        if (bodyText != null) {
            plain.append(bodyText.strip()).append("\n\n");
        }
        plain.append("-- \n").append(footer).append('\n');
        List<String> thread = index.thread(ticket.id());
        List<String> references = thread.size() > 20 ? thread.subList(thread.size() - 20, thread.size()) : thread;
        String inReplyTo = thread.isEmpty() ? null : thread.get(thread.size() - 1);
        return new Draft(kind, ticket.id(), articleId, index.mailboxOf(ticket.id()).orElse(null), from(ticket),
                List.of(customer.email()), cc.stream().filter(a -> !a.equalsIgnoreCase(customer.email())).toList(),
                subject(ticket, locale), plain.toString(), html, inReplyTo, references);
    }

    private String render(Locale locale, String lead, String bodyHtml, String footer) {
        var context = new Context(locale);
        context.setVariable("lead", lead);
        context.setVariable("bodyHtml", bodyHtml);
        context.setVariable("footer", footer);
        return templates.process("mail/message", context);
    }

    private String subject(Ticket ticket, Locale locale) {
        return text("mail.subject", locale, number(ticket), ticket.subject());
    }

    private String from(Ticket ticket) {
        return index.mailboxOf(ticket.id()).flatMap(index::addressOf).orElse(defaultFrom);
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    private static String number(Ticket ticket) {
        return Long.toString(ticket.number());
    }

    /** The person's language, else the installation's ({@code atende.default-locale}). */
    private Locale locale(User user) {
        Locale chosen = Locales.parse(user.locale());
        return chosen == null ? defaultLocale : chosen;
    }

    /** Sanitized HTML as readable plain text: paragraphs and line breaks kept, links shown. */
    static String plainText(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        doc.select("a[href]").forEach(a -> {
            if (!a.text().equals(a.attr("href"))) {
                a.appendText(" (" + a.attr("href") + ")");
            }
        });
        doc.select("br").after("\n");
        doc.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre").after("\n");
        return doc.body().wholeText().replaceAll("\n{3,}", "\n\n").strip();
    }
}
