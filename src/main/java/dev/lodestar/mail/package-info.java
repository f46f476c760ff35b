/**
 * Mail to the people of the organisation, over SMTP with Spring Mail. A mail is handed to
 * the {@link dev.lodestar.mail.Outbox}, stored as a background job and sent from there,
 * so that an SMTP server that is down delays a mail (it is retried with backoff) but
 * never loses it, and never slows or breaks the page that sent it.
 */
@ApplicationModule(allowedDependencies = { "jobs" })
package dev.lodestar.mail;

import org.springframework.modulith.ApplicationModule;
