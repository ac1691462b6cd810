package dev.atende.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginTests {

    @Test
    void readsAndExtendsTheChainOfTriggers() {
        Origin origin = Origin.parse("trigger:3>7");

        assertThat(origin.chain()).containsExactly(3L, 7L);
        assertThat(origin.depth()).isEqualTo(2);
        assertThat(origin.contains(7)).isTrue();
        assertThat(origin.then(9)).isEqualTo("trigger:3>7>9");
        assertThat(Origin.NONE.then(4)).isEqualTo("trigger:4");
    }

    @Test
    void anythingElseStartsNoChain() {
        for (String other : new String[] {null, "", "schedule:5", "trigger:", "trigger:x>1", "trigger:1>>2"}) {
            assertThat(Origin.parse(other).chain()).as(String.valueOf(other)).isEqualTo(List.of());
        }
    }
}
