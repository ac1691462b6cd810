package dev.atende.support;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A large help desk written straight to PostgreSQL's tables with COPY, for the benchmarks
 * (creating it through the application is not what they measure): customers, tickets spread
 * over a year with statuses, priorities, channels and the groups mixed, three articles each (the
 * customer's request, an agent's reply, an internal note), and help-center articles.
 */
public final class LargeHelpDesk {

    /** Help-desk words in both languages, most frequent first (picked with a skew, like real text). */
    public static final String[] WORDS = ("""
            não o a de que e do da em um para é com uma os no se na por mais as dos como mas foi ao ele das tem à \
            the to and of a in is it you that for on with this be are not have problem error erro problema \
            impressora printer senha password email e-mail conta account acesso access sistema system rede network \
            internet lento slow travado stuck configuração configuration configurações settings usuário user \
            usuários users servidor server arquivo file arquivos files pasta folder backup relatório report \
            fatura invoice pagamento payment boleto cobrança billing cartão card cadastro registration login \
            logout sessão session aplicativo app celular phone notebook computador computer monitor teclado \
            keyboard mouse cabo cable wifi vpn firewall certificado certificate atualização update instalação \
            installation licença license permissão permission grupo group pedido order entrega delivery nota \
            fiscal integração integration api webhook sincronização sync banco database consulta query tela \
            screen mensagem message aviso warning falha failure reinício restart reiniciar reboot desligar \
            ligar conectar connect conexão connection bloqueado blocked desbloquear unlock redefinir reset \
            trocar change alterar edit excluir delete criar create enviar send receber receive imprimir print \
            digitalizar scan exportar export importar import planilha spreadsheet documento document contrato \
            contract cliente customer suporte support chamado ticket urgente urgent prioridade priority ajuda \
            help dúvida question solicitação request resposta reply prazo deadline lentidão timeout caiu down \
            instável unstable funcionando working parou stopped ontem yesterday hoje today manhã morning tarde \
            afternoon desde since sempre always nunca never novamente again ainda still obrigado thanks favor \
            please urgência emergency produção production homologação staging filial branch matriz headquarters \
            financeiro finance vendas sales estoque inventory compras purchasing jurídico legal diretoria board \
            """).strip().split("\\s+");

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    public LargeHelpDesk(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Customers, tickets and articles through COPY; answers the first ticket number. */
    public long seed(int tickets, int helpArticles) throws Exception {
        var random = new Random(7);
        long firstNumber = jdbc.queryForObject("select coalesce(max(number), 0) + 1 from tickets", Long.class);
        List<Long> groups = jdbc.queryForList("select id from support_groups order by id", Long.class);
        int customers = Math.max(1, tickets / 50);
        String[] statuses = {"new", "open", "open", "pending", "on_hold", "solved", "closed", "closed", "closed"};
        String[] channels = {"email", "email", "email", "web", "web", "phone", "chat", "api"};
        Instant base = Instant.parse("2025-11-25T00:00:00Z");
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String schema = connection.getSchema();
            var rows = new StringBuilder();
            String now = Instant.now().toString();
            for (int c = 0; c < customers; c++) {
                rows.append("bench-").append(c).append("@customers.bench\t").append(words(random, 2)).append('\t')
                        .append("customer\t").append(now).append('\t').append(now).append('\n');
            }
            copy.copyIn("copy " + schema + ".users (email, name, role, created_at, updated_at) from stdin",
                    new StringReader(rows.toString()));
            long firstCustomer = jdbc.queryForObject(
                    "select min(id) from users where email like 'bench-%@customers.bench'", Long.class);

            int chunk = 50_000;
            for (int from = 0; from < tickets; from += chunk) {
                rows.setLength(0);
                for (int i = from; i < Math.min(tickets, from + chunk); i++) {
                    String created = base.plusSeconds(random.nextInt(365 * 24 * 3600)).toString();
                    rows.append(firstNumber + i).append('\t').append(words(random, 3 + random.nextInt(5))).append('\t')
                            .append(statuses[random.nextInt(statuses.length)]).append('\t')
                            .append(random.nextInt(4)).append('\t')
                            .append(channels[random.nextInt(channels.length)]).append('\t')
                            .append(firstCustomer + random.nextInt(customers)).append('\t')
                            .append(groups.get(random.nextInt(groups.size()))).append('\t')
                            .append(created).append('\t').append(created).append('\n');
                }
                copy.copyIn("copy " + schema + ".tickets (number, subject, status, priority, channel, customer_id, "
                        + "group_id, created_at, updated_at) from stdin", new StringReader(rows.toString()));
            }
            // tickets still to be worked have a next SLA deadline: hours to days after they came in
            jdbc.update("update tickets set sla_due_at = created_at + (((id * 7919) % 96) + 1) * interval '1 hour' "
                    + "where number >= ? and status in ('new', 'open', 'pending', 'on_hold')", firstNumber);
            long firstTicket = jdbc.queryForObject("select id from tickets where number = ?", Long.class, firstNumber);
            for (int from = 0; from < tickets; from += chunk) {
                rows.setLength(0);
                for (int i = from; i < Math.min(tickets, from + chunk); i++) {
                    long ticket = firstTicket + i;
                    article(rows, ticket, "customer", false, words(random, 20 + random.nextInt(60)));
                    article(rows, ticket, "agent", false, words(random, 15 + random.nextInt(40)));
                    article(rows, ticket, "agent", true, words(random, 5 + random.nextInt(25)));
                }
                copy.copyIn("copy " + schema + ".articles (ticket_id, sender, internal, content_type, body, channel, "
                        + "created_at) from stdin", new StringReader(rows.toString()));
            }
        }
        seedKnowledgeBase(random, helpArticles);
        jdbc.execute("analyze");
        return firstNumber;
    }

    /** Help-center articles: half in each language; most public and published, some internal, some drafts. */
    private void seedKnowledgeBase(Random random, int articles) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            var rows = new StringBuilder();
            for (int i = 0; i < articles; i++) {
                int kind = random.nextInt(10);
                String visibility = kind == 0 ? "internal" : "public";
                String status = kind == 1 ? "draft" : "published";
                var body = new StringBuilder();
                for (int p = 0; p < 2 + random.nextInt(6); p++) {
                    body.append("<p>").append(words(random, 30 + random.nextInt(50))).append("</p>");
                }
                rows.append(i % 2 == 0 ? "pt-BR" : "en").append('\t').append(words(random, 4 + random.nextInt(5)))
                        .append('\t').append(body).append('\t').append(visibility).append('\t').append(status)
                        .append("\t2026-01-01T00:00:00Z\t2026-01-01T00:00:00Z\t2026-01-01T00:00:00Z\n");
            }
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + connection.getSchema()
                    + ".kb_articles (locale, title, body, visibility, status, created_at, updated_at, published_at)"
                    + " from stdin", new StringReader(rows.toString()));
        }
    }

    private static void article(StringBuilder rows, long ticket, String sender, boolean internal, String body) {
        rows.append(ticket).append('\t').append(sender).append('\t').append(internal).append("\ttext/plain\t")
                .append(body).append("\temail\t2026-01-01T00:00:00Z\n");
    }

    public static String words(Random random, int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            double r = random.nextDouble();
            text.append(i == 0 ? "" : " ").append(WORDS[(int) (r * r * WORDS.length)]);
        }
        return text.toString();
    }
}
