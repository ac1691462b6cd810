package dev.atende.live.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * STOMP over WebSocket at {@code /ws}, same origin only (Spring's default: a page of another site
 * cannot open it with our users' cookies). Topics under {@code /topic}, messages to the server
 * under {@code /app}; {@link LiveAccess} checks every subscription and message. One node uses an
 * in-memory broker; with {@code atende.live.relay.host} the topics go through an external STOMP
 * broker (Spring's broker relay), so that every node's browsers hear every node's signals.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class LiveConfiguration implements WebSocketMessageBrokerConfigurer {

    static final long HEARTBEAT_MILLIS = 20_000;

    private final LiveAccess access;
    private final RelaySettings relay;

    LiveConfiguration(LiveAccess access, RelaySettings relay) {
        this.access = access;
        this.relay = relay;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint("/ws");
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.setApplicationDestinationPrefixes("/app");
        if (relay.relayed()) {
            var broker = registry.enableStompBrokerRelay("/topic").setRelayHost(relay.host())
                    .setRelayPort(relay.port()).setClientLogin(relay.login()).setClientPasscode(relay.passcode())
                    .setSystemLogin(relay.login()).setSystemPasscode(relay.passcode())
                    .setSystemHeartbeatSendInterval(HEARTBEAT_MILLIS).setSystemHeartbeatReceiveInterval(HEARTBEAT_MILLIS);
            if (relay.virtualHost() != null) {
                broker.setVirtualHost(relay.virtualHost());
            }
            return;
        }
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("live-heartbeat-");
        scheduler.initialize();
        registry.enableSimpleBroker("/topic").setHeartbeatValue(new long[] {HEARTBEAT_MILLIS, HEARTBEAT_MILLIS})
                .setTaskScheduler(scheduler);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(access);
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        // presence and typing notes are tiny; anything large is not ours
        registration.setMessageSizeLimit(8 * 1024).setSendBufferSizeLimit(256 * 1024).setSendTimeLimit(10_000);
    }
}
