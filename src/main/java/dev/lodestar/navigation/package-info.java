/**
 * What every page shows around its content: who is signed in and how many of their
 * notifications are unread, the current cycle and its phase, and the menu of what this
 * person may open.
 */
@ApplicationModule(allowedDependencies = { "conversations", "cycles", "organization", "security" })
package dev.lodestar.navigation;

import org.springframework.modulith.ApplicationModule;
