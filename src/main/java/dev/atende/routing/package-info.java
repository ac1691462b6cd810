/**
 * Routing: categories' required skills, agents' skills and availability, automatic assignment by
 * each group's strategy (round-robin, least-loaded, skill-based) within agents' capacity, and
 * escalation between support levels.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Routing")
package dev.atende.routing;
