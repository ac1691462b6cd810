/**
 * Automation: triggers that act on ticket events, scheduled rules that act on tickets after a
 * time, macros agents apply in one click, and canned responses with placeholders. Changes are
 * made through the ticket module's services, so its rules (allowed moves, history, events)
 * hold for automation as for people.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Automation")
package dev.atende.automation;
