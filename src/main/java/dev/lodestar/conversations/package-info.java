/**
 * Conversations: comments on check-ins, the people a comment mentions with
 * {@code @handle}, and each person's in-app notifications with their unread count. Other
 * features post a notification through
 * {@link dev.lodestar.conversations.Notifications#post}; a comment that is posted is
 * published as {@link dev.lodestar.conversations.CommentPosted}.
 */
@ApplicationModule(allowedDependencies = { "objectives", "organization", "rhythm" })
package dev.lodestar.conversations;

import org.springframework.modulith.ApplicationModule;
