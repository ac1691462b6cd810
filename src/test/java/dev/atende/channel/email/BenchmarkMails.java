package dev.atende.channel.email;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * A reproducible mix of support mail for the ingestion benchmark: plain text, HTML with a text
 * alternative, mail with attachments, replies that thread (In-Reply-To and References of an
 * earlier mail, from its sender) and the same mail delivered twice.
 */
final class BenchmarkMails implements Iterator<BenchmarkMails.Mail> {

    /** One mail to put in the mailbox, and what ingesting it should give. */
    record Mail(byte[] raw, String expected) {
    }

    private static final String[] SUBJECTS = {"Impressora não imprime", "VPN não conecta", "Senha expirada",
            "Nota fiscal em duplicidade", "Printer jam on floor 3", "Cannot log in to the portal", "Erro 500 no relatório",
            "Pedido de acesso ao sistema", "Backup falhou esta noite", "Lentidão na rede"};
    private static final String[] WORDS = ("bom dia preciso de ajuda com o sistema que parou de funcionar ontem à tarde "
            + "depois da atualização obrigado hello the screen shows an error when I open the invoice report please "
            + "advise urgente cliente aguardando retorno").split(" ");

    private static final int RECENT = 200;

    private final Random random;
    private final int customers;
    private final int count;
    private final String runId;
    private final List<String[]> originals = new ArrayList<>(); // message id, sender, subject
    private final ArrayDeque<byte[]> recent = new ArrayDeque<>();
    private int made;

    /** {@code count} mails, made one at a time so that only a few recent ones stay in memory. */
    BenchmarkMails(long seed, int customers, int count, String runId) {
        this.random = new Random(seed);
        this.customers = customers;
        this.count = count;
        this.runId = runId;
    }

    @Override
    public boolean hasNext() {
        return made < count;
    }

    /**
     * The next mail in delivery order: about 40% plain, 25% HTML, 15% with attachments, 15%
     * replies to an earlier mail and 5% duplicates of a recent one.
     */
    @Override
    public Mail next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int i = made++;
        int kind = random.nextInt(100);
        if (kind >= 95 && !recent.isEmpty()) {
            int pick = random.nextInt(recent.size());
            return new Mail(recent.stream().skip(pick).findFirst().orElseThrow(), IngestResult.DUPLICATE);
        }
        String id = "bench-" + runId + "-" + i + "@client.test";
        Mail mail;
        if (kind >= 80 && !originals.isEmpty()) {
            String[] parent = originals.get(random.nextInt(originals.size()));
            mail = new Mail(plain(id, parent[1], "Re: " + parent[2], sentence(30),
                    "In-Reply-To: <" + parent[0] + ">", "References: <" + parent[0] + ">"), IngestResult.APPENDED);
        } else {
            String sender = "Cliente " + random.nextInt(customers) + " <cliente-" + runId + "-"
                    + random.nextInt(customers) + "@client.test>";
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + i;
            byte[] raw;
            if (kind < 40) {
                raw = plain(id, sender, subject, sentence(60));
            } else if (kind < 65) {
                raw = html(id, sender, subject);
            } else {
                raw = withAttachments(id, sender, subject);
            }
            originals.add(new String[] {id, sender, subject});
            mail = new Mail(raw, IngestResult.CREATED);
        }
        recent.addLast(mail.raw());
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
        return mail;
    }

    private byte[] plain(String id, String from, String subject, String body, String... headers) {
        var mail = head(id, from, subject, headers)
                .append("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                .append(body).append("\r\n\r\n-- \r\nEnviado do meu celular\r\n");
        return mail.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] html(String id, String from, String subject) {
        String text = sentence(80);
        var mail = head(id, from, subject)
                .append("Content-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n")
                .append("--alt\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                .append(text).append("\r\n--alt\r\nContent-Type: text/html; charset=UTF-8\r\n")
                .append("Content-Transfer-Encoding: quoted-printable\r\n\r\n")
                .append("<html><body><div style=3D\"font-family: Arial\"><p>").append(ascii(text))
                .append("</p><table><tr><td><b>Pedido</b></td><td>").append(random.nextInt(100000))
                .append("</td></tr></table><blockquote>Mensagem anterior</blockquote></div></body></html>\r\n")
                .append("--alt--\r\n");
        return mail.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] withAttachments(String id, String from, String subject) {
        var mail = head(id, from, subject)
                .append("Content-Type: multipart/mixed; boundary=\"mix\"\r\n\r\n")
                .append("--mix\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                .append(sentence(40)).append("\r\n");
        int files = 1 + random.nextInt(2);
        for (int f = 0; f < files; f++) {
            boolean image = random.nextBoolean();
            byte[] content = new byte[(image ? 8 : 16) * 1024 + random.nextInt(48 * 1024)];
            random.nextBytes(content);
            String name = image ? "foto-" + f + ".jpg" : "relatório-" + f + ".pdf";
            mail.append("--mix\r\nContent-Type: ").append(image ? "image/jpeg" : "application/pdf")
                    .append("\r\nContent-Disposition: attachment; filename*=UTF-8''")
                    .append(image ? name : "relat%C3%B3rio-" + f + ".pdf")
                    .append("\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getMimeEncoder().encodeToString(content)).append("\r\n");
        }
        mail.append("--mix--\r\n");
        return mail.toString().getBytes(StandardCharsets.UTF_8);
    }

    private StringBuilder head(String id, String from, String subject, String... headers) {
        var head = new StringBuilder().append("Message-ID: <").append(id).append(">\r\n")
                .append("From: ").append(from).append("\r\nTo: suporte@bench.atende.test\r\n")
                .append("Subject: ").append(subject).append("\r\n")
                .append("Date: Wed, 25 Nov 2026 10:00:00 -0300\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("MIME-Version: 1.0\r\n");
    }

    private String sentence(int words) {
        var text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    private static String ascii(String text) {
        return text.replace("à", "=C3=A0").replace("ç", "=C3=A7").replace("ã", "=C3=A3");
    }
}
