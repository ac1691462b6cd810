package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.channel.email.internal.ParsedMail.MailAddress;
import org.junit.jupiter.api.Test;

class AddressListTests {

    @Test
    void readsTheUsualForms() {
        assertThat(AddressList.parse("Ana Souza <Ana@Exemplo.com.br>, \"Silva, João\" <joao@x.com>, bob@y.com (Bob)"))
                .containsExactly(new MailAddress("ana@exemplo.com.br", "Ana Souza"), new MailAddress("joao@x.com", "Silva, João"),
                        new MailAddress("bob@y.com", "Bob"));
    }

    @Test
    void decodesDisplayNames() {
        assertThat(AddressList.first("=?UTF-8?Q?Jos=C3=A9?= <jose@x.com>")).isEqualTo(new MailAddress("jose@x.com", "José"));
        assertThat(AddressList.first("\"=?UTF-8?Q?Jos=C3=A9?=\" <jose@x.com>")).isEqualTo(new MailAddress("jose@x.com", "José"));
    }

    @Test
    void readsGroupsAndSkipsTheirNames() {
        assertThat(AddressList.parse("Equipe: a@x.com, b@x.com;, c@x.com")).extracting(MailAddress::address)
                .containsExactly("a@x.com", "b@x.com", "c@x.com");
        assertThat(AddressList.parse("undisclosed-recipients:;")).isEmpty();
    }

    @Test
    void keepsWhatABrokenListHolds() {
        assertThat(AddressList.parse("Ana <ana@x.com, , bad@@, Fulano de Tal, <carlos@x.com>, mailto:dora@x.com"))
                .extracting(MailAddress::address).containsExactly("ana@x.com", "carlos@x.com", "dora@x.com");
    }

    @Test
    void readsNothingFromNothing() {
        assertThat(AddressList.parse(null)).isEmpty();
        assertThat(AddressList.first("   ")).isNull();
        assertThat(AddressList.first("Whomever")).isNull();
    }
}
