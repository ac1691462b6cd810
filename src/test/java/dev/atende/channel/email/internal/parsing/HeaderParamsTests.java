package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderParamsTests {

    @Test
    void readsValueAndParameters() {
        HeaderParams header = HeaderParams.parse(" text/plain; Charset=\"utf-8\" ; format=flowed (comment)");

        assertThat(header.value()).isEqualTo("text/plain");
        assertThat(header.params()).containsEntry("charset", "utf-8").containsEntry("format", "flowed");
    }

    @Test
    void joinsRfc2231ContinuationsAndDecodesTheirCharset() {
        HeaderParams header = HeaderParams.parse("attachment; filename*0*=UTF-8''Relat%C3%B3rio%20;"
                + " filename*1=\"final\"; filename*2*=%C3%A7.pdf");

        assertThat(header.param("filename")).isEqualTo("Relatório finalç.pdf");
        assertThat(HeaderParams.parse("attachment; filename*=iso-8859-1'pt'%E1gua.txt").param("filename")).isEqualTo("água.txt");
    }

    @Test
    void decodesEncodedWordsAndRawBytesInValues() {
        assertThat(HeaderParams.parse("image/png; name=\"=?utf-8?q?ol=C3=A1?=.png\"").param("name")).isEqualTo("olá.png");
        assertThat(HeaderParams.parse("image/png; name=\"Ol\u00c3\u00a1.png\"").param("name")).isEqualTo("Olá.png");
    }

    @Test
    void toleratesMissingSemicolonsUnclosedQuotesAndWindowsPaths() {
        assertThat(HeaderParams.parse("multipart/mixed\n\tboundary=\"b1\"").param("boundary")).isEqualTo("b1");
        assertThat(HeaderParams.parse("attachment; filename=\"unclosed.txt").param("filename")).isEqualTo("unclosed.txt");
        assertThat(HeaderParams.parse("attachment; filename=\"C:\\dir\\a \\\"b\\\".txt\"").param("filename"))
                .isEqualTo("C:\\dir\\a \"b\".txt");
        assertThat(HeaderParams.parse("attachment; filename=report(1).pdf").param("filename")).isEqualTo("report(1).pdf");
    }

    @Test
    void keepsTheRawValueForBoundaries() {
        assertThat(HeaderParams.parse("multipart/mixed; boundary=\"=?x?=  two  spaces\"").rawParams().get("boundary"))
                .isEqualTo("=?x?=  two  spaces");
    }
}
