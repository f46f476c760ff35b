package dev.lodestar.webhooks;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.lodestar.cycles.CyclePhaseChanged;
import dev.lodestar.dependencies.DependencyDecided;
import dev.lodestar.dependencies.DependencyRequested;
import dev.lodestar.objectives.CheckInRecorded;
import dev.lodestar.objectives.ObjectivePublished;

/**
 * Listens to the events other tools may be told of. It runs inside the transaction that
 * published the event, so its deliveries commit or roll back with the cause.
 */
@Component
class WebhookListener {

	private final Outgoing outgoing;

	private final CheckInNotices checkIns;

	private final PlanNotices plan;

	private final DependencyNotices dependencies;

	WebhookListener(Outgoing outgoing, CheckInNotices checkIns, PlanNotices plan, DependencyNotices dependencies) {
		this.outgoing = outgoing;
		this.checkIns = checkIns;
		this.plan = plan;
		this.dependencies = dependencies;
	}

	@EventListener
	void on(CheckInRecorded recorded) {
		Set<WebhookEvent> events = EnumSet.of(WebhookEvent.CHECKIN_RECORDED);
		if (CheckInNotices.fellAtRisk(recorded.before().confidence(), recorded.after().confidence())) {
			events.add(WebhookEvent.KEYRESULT_AT_RISK);
		}
		this.outgoing.send(events, (event) -> this.checkIns.of(recorded, event));
	}

	@EventListener
	void on(ObjectivePublished published) {
		this.outgoing.send(EnumSet.of(WebhookEvent.OBJECTIVE_PUBLISHED), (event) -> this.plan.of(published));
	}

	@EventListener
	void on(CyclePhaseChanged changed) {
		this.outgoing.send(EnumSet.of(WebhookEvent.CYCLE_PHASE_CHANGED), (event) -> this.plan.of(changed));
	}

	@EventListener
	void on(DependencyRequested requested) {
		this.outgoing.send(EnumSet.of(WebhookEvent.DEPENDENCY_REQUESTED),
				(event) -> this.dependencies.of(event, requested.dependency(), requested.by()));
	}

	@EventListener
	void on(DependencyDecided decided) {
		this.outgoing.send(EnumSet.of(WebhookEvent.DEPENDENCY_DECIDED),
				(event) -> this.dependencies.of(event, decided.dependency(), decided.by()));
	}

}
