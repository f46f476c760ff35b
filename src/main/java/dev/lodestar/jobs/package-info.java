/**
 * Background jobs, stored in the database with db-scheduler: each job runs once however
 * many Lodestar instances share the database, survives a restart, and is retried when it
 * fails. Features declare their jobs as
 * {@link com.github.kagkarlsson.scheduler.task.Task} beans and schedule them through
 * {@link dev.lodestar.jobs.Jobs}.
 */
@ApplicationModule(allowedDependencies = {})
package dev.lodestar.jobs;

import org.springframework.modulith.ApplicationModule;
