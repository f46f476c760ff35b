package dev.lodestar.feeds;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.objectives.CheckIn;
import dev.lodestar.objectives.CheckInSource;
import dev.lodestar.objectives.CheckIns;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultId;
import dev.lodestar.objectives.KeyResults;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.Objectives;
import dev.lodestar.organization.Actor;
import dev.lodestar.organization.People;
import dev.lodestar.shared.ConflictException;
import dev.lodestar.shared.ForbiddenException;
import dev.lodestar.shared.InvalidInputException;
import dev.lodestar.shared.NotFoundException;

/**
 * Inbound hooks: those who may change a key result (its owner, a lead of its objective's
 * team, admins and champions) issue, renew and switch off its hook; a signed call to the
 * hook checks the key result in as its owner, with the source {@code webhook}.
 */
@Service
@Transactional
public class Hooks {

	private final HookStore store;

	private final KeyResults keyResults;

	private final Objectives objectives;

	private final CheckIns checkIns;

	private final People people;

	private final JsonMapper json;

	private final Clock clock;

	private final String baseUrl;

	Hooks(HookStore store, KeyResults keyResults, Objectives objectives, CheckIns checkIns, People people,
			JsonMapper json, Clock clock, @Value("${lodestar.base-url}") String baseUrl) {
		this.store = store;
		this.keyResults = keyResults;
		this.objectives = objectives;
		this.checkIns = checkIns;
		this.people = people;
		this.json = json;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * Gives the key result a hook, or its hook a new secret; the old secret stops working
	 * at once. Refused once the key result's cycle is closed.
	 */
	public IssuedHook issue(Actor actor, KeyResultId id) {
		Objective objective = manageable(actor, id);
		this.objectives.cycleOf(objective).requireOpen();
		Instant now = this.clock.instant();
		Optional<KeyResultHook> existing = this.store.findFor(id);
		KeyResultHook hook = existing.map((old) -> old.renewed(now)).orElseGet(() -> KeyResultHook.create(id, now));
		if (existing.isPresent()) {
			this.store.renew(hook);
		}
		else {
			this.store.insert(hook);
		}
		return new IssuedHook(url(hook), hook.secret(), hook.renewedAt());
	}

	/**
	 * The key result's hook, without its secret; empty when it has none.
	 */
	@Transactional(readOnly = true)
	public Optional<HookStatus> find(Actor actor, KeyResultId id) {
		manageable(actor, id);
		return this.store.findFor(id).map((hook) -> new HookStatus(url(hook), hook.createdAt(), hook.renewedAt()));
	}

	/**
	 * Switches the key result's hook off; calls to its address are then unknown (404).
	 */
	public void switchOff(Actor actor, KeyResultId id) {
		manageable(actor, id);
		this.store.deleteFor(id);
	}

	/**
	 * A call to a hook: checks the signature of the raw body before reading it, then
	 * checks the key result in as its owner. Without a confidence in the body, the key
	 * result's latest one is kept; a key result that has none yet needs one sent.
	 */
	public CheckIn receive(String hookId, byte[] body, String signature) {
		KeyResultHook hook = hook(hookId);
		if (signature == null || signature.isBlank()) {
			throw new SignatureRefusedException("The call has no " + HookSignature.HEADER + " header.");
		}
		if (!hook.signs(body, signature)) {
			throw new SignatureRefusedException("The " + HookSignature.HEADER
					+ " header is not the HMAC-SHA256 of the body with this hook's secret.");
		}
		HookReading reading = HookReading.parse(this.json, body);
		KeyResult keyResult = this.keyResults.get(hook.keyResultId());
		if (reading.confidence() == null && keyResult.confidence() == null) {
			throw InvalidInputException.of("confidence",
					"is required: the key result has no confidence yet, so send one (1 to 10) or check it in by hand once");
		}
		Actor owner = this.people.actorOf(keyResult.ownerId());
		try {
			return this.checkIns.recordKeeping(owner, keyResult.id(),
					new CheckIns.NewCheckIn(reading.value(), reading.confidence(), reading.note(), null),
					CheckInSource.WEBHOOK);
		}
		catch (ForbiddenException ex) {
			throw new ConflictException("The key result's owner may no longer check it in, so its hook takes no data.");
		}
	}

	private KeyResultHook hook(String hookId) {
		UUID id;
		try {
			id = UUID.fromString(hookId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("hook", hookId);
		}
		return this.store.find(id).orElseThrow(() -> new NotFoundException("hook", hookId));
	}

	private Objective manageable(Actor actor, KeyResultId id) {
		KeyResult keyResult = this.keyResults.get(id);
		Objective objective = this.objectives.get(keyResult.objectiveId());
		actor.require(keyResult.editableBy(actor, objective), "manage the data feed of this key result");
		return objective;
	}

	private String url(KeyResultHook hook) {
		return this.baseUrl + "/api/v1/hooks/" + hook.id();
	}

	/**
	 * A hook just issued: its address and its secret, shown this once.
	 */
	public record IssuedHook(String url, String secret, Instant issuedAt) {
	}

	/**
	 * A hook as it can be shown again: its address and when its secret was issued.
	 */
	public record HookStatus(String url, Instant createdAt, Instant renewedAt) {
	}

}
