/**
 * Live updates in the browser: new tickets and replies appear without a reload, and agents on
 * the same ticket see each other (viewing, typing) so that they do not answer twice; an agent's
 * bell counts a new notice for them at once. STOMP over
 * WebSocket at {@code /ws}, with an in-memory broker on one node; every topic is checked
 * against what the signed-in person may see.
 */
package dev.atende.live;
