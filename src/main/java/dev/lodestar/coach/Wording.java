package dev.lodestar.coach;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the coach reads the words of a title: whether it starts with a piece of work
 * ("launch", "build", "hold"), names a deliverable ("the new pricing page", "SSO
 * integration live"), speaks of a change or of a measure that matters to someone
 * ("reduce", "churn", "customers"), and carries a measurable change (a percentage, "from
 * 40 to 25", "under 2 s", "by 20 %") or only a count. English words only: a title in
 * another language reads as neither work nor outcome, and the coach stays quiet about it.
 */
final class Wording {

	private static final Set<String> ACTIVITY_VERBS = words("launch", "build", "ship", "implement", "release", "create",
			"write", "migrate", "hold", "run", "organise", "organize", "publish", "deliver", "develop", "design",
			"deploy", "introduce", "roll", "set", "setup", "add", "complete", "finish", "hire", "host", "conduct",
			"prepare", "define", "document", "redesign", "rebuild", "refactor", "rewrite", "update", "upgrade",
			"integrate", "automate", "research", "draft", "start", "begin", "send", "perform", "execute", "review",
			"plan", "install", "configure", "replace", "establish", "attend", "interview", "analyse", "analyze",
			"evaluate", "investigate", "explore", "prototype", "test", "pilot", "translate", "produce", "post",
			"record", "schedule", "finalise", "finalize", "train", "open", "kick", "finalize", "rework", "revamp",
			"roll-out", "rollout", "onboard", "buy", "purchase", "procure", "select", "choose", "announce", "present",
			"organise", "run", "map", "audit", "assess");

	private static final Set<String> DELIVERABLES = words("flow", "page", "pages", "feature", "features", "release",
			"version", "app", "application", "dashboard", "dashboards", "website", "site", "tool", "tools", "process",
			"policy", "program", "programme", "campaign", "campaigns", "playbook", "document", "documentation", "guide",
			"handbook", "course", "courses", "training", "trainings", "workshop", "workshops", "meeting", "meetings",
			"event", "events", "webinar", "webinars", "post", "posts", "article", "articles", "integration",
			"migration", "redesign", "launch", "rollout", "api", "system", "platform", "plan", "strategy", "roadmap",
			"report", "reports", "template", "templates", "framework", "wiki", "portal", "module", "service", "backend",
			"frontend", "ui", "newsletter", "newsletters", "video", "videos", "interviews", "sessions", "session",
			"sso", "stories", "tickets-board", "mvp", "prototype", "pilot", "survey", "surveys", "study", "studies",
			"audit", "initiative", "project", "projects", "specification", "spec", "backlog-grooming");

	private static final Set<String> DONE_STATES = words("launched", "shipped", "released", "live", "deployed",
			"migrated", "implemented", "built", "completed", "finished", "delivered", "published", "done", "available",
			"rolled", "introduced", "created", "written", "held", "in-place", "signed-off", "approved");

	private static final Set<String> CHANGE_WORDS = words("increase", "increases", "increased", "increasing", "reduce",
			"reduces", "reduced", "reducing", "decrease", "decreased", "grow", "grows", "grown", "raise", "raised",
			"lift", "boost", "improve", "improved", "cut", "lower", "lowered", "double", "doubled", "triple", "halve",
			"halved", "halves", "retain", "keep", "maintain", "reach", "hit", "bring", "shorten", "speed", "expand",
			"win", "convert", "close", "sustain", "stabilise", "stabilize", "eliminate", "minimise", "minimize",
			"maximise", "maximize", "drive", "accelerate", "prevent", "avoid", "sign");

	private static final Set<String> MEASURES = words("rate", "rates", "ratio", "time", "times", "duration", "latency",
			"speed", "satisfaction", "nps", "csat", "ces", "enps", "retention", "churn", "revenue", "arr", "mrr",
			"sales", "conversion", "conversions", "adoption", "activation", "engagement", "usage", "active", "users",
			"customers", "clients", "accounts", "signups", "sign-ups", "subscribers", "leads", "margin", "margins",
			"cost", "costs", "spend", "profit", "uptime", "availability", "errors", "defects", "bugs", "incidents",
			"outages", "complaints", "score", "share", "completion", "resolution", "response", "attrition", "turnover",
			"growth", "deals", "bookings", "renewals", "expansion", "traffic", "visits", "visitors", "downloads",
			"rating", "ratings", "quality", "throughput", "velocity", "mttr", "p50", "p90", "p95", "p99", "sla",
			"escalations", "accuracy", "reliability", "savings", "cash", "runway", "burn", "dso", "wellbeing",
			"productivity", "efficiency", "occupancy", "utilisation", "utilization", "yield", "returns", "tickets",
			"pipeline", "trials", "members", "patients", "orders", "basket", "ltv", "cac", "payback", "reach",
			"awareness", "mentions", "backlog", "wait", "delay", "delays", "lead-time", "cycle-time", "time-to-value",
			"time-to-hire", "hires", "regretted", "absence", "sickness", "safety", "injuries", "median", "average",
			"mean", "proportion", "percentage", "minutes", "hours", "days", "weeks");

	/**
	 * Words that tie a thing to what people do with it or say of it ("articles rated
	 * helpful", "readers who start a trial"): a measure of an effect, not a count of
	 * work.
	 */
	private static final Set<String> EFFECT_WORDS = words("who", "whose", "which", "that", "rated", "rating", "say",
			"says", "using", "use", "used");

	private static final Set<String> NUMBER_WORDS = words("zero", "one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten", "twelve", "twenty", "hundred", "thousand", "million", "half");

	private static final Set<String> ARTICLES = words("a", "an", "the", "our", "their", "its");

	/** Dates, quarters and versions: numbers that are not quantities. */
	private static final Pattern NOT_QUANTITIES = Pattern.compile("\\b(19|20)\\d{2}\\b|\\bq[1-4]\\b|\\bh[12]\\b"
			+ "|\\bv\\d+(\\.\\d+)*\\b|\\bversion\\s+\\d+(\\.\\d+)*\\b|\\b\\d{1,2}(st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul"
			+ "|aug|sep|oct|nov|dec)[a-z]*\\b|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\s+\\d{1,2}(st|nd|rd|th)?\\b"
			+ "|\\b(week|sprint|phase|step|level|tier|wave)\\s+\\d+\\b");

	private static final String NUMBER = "[€$£]?\\d[\\d.,]*\\s*[km]?";

	/**
	 * A change that can be measured: a share, a move from one value to another, a bound,
	 * a unit.
	 */
	private static final List<Pattern> QUANTITIES = List.of(
			Pattern.compile("\\d[\\d.,]*\\s*(%|percent\\b|pct\\b|pp\\b|points?\\b|pts\\b|percentage points\\b)"),
			Pattern.compile("\\bfrom\\s+\\S*\\d\\S*(\\s+\\S+){0,2}?\\s+(to|down to|up to)\\s+\\S*\\d"),
			Pattern.compile("(\\bunder|\\bbelow|\\babove|\\bover|\\bless than|\\bmore than|\\bfewer than|\\bat least"
					+ "|\\bat most|\\bwithin|\\bto|\\bby|\\bof|\\bbeyond|[<>≤≥])\\s*" + NUMBER),
			Pattern.compile("\\d[\\d.,]*\\s*(ms|s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?"
					+ "|k|m|bn|x|€|\\$|£|eur|usd|gbp|chf|sek|nok|dkk)\\b"),
			Pattern.compile("[€$£]\\s*\\d"), Pattern.compile("\\b(double|doubled|triple|tripled|halve|halved|halves"
					+ "|by half|in half|zero|no more than|none)\\b"));

	private static final Pattern NUMBER_TOKEN = Pattern.compile("(?<![a-z])\\d[\\d.,]*(?![a-z])");

	private Wording() {
	}

	private static Set<String> words(String... words) {
		return Set.copyOf(java.util.Arrays.asList(words));
	}

	/** What one title says, read once. */
	static Read read(String title) {
		return new Read(title);
	}

	/**
	 * A title as the coach reads it.
	 */
	static final class Read {

		private final String text;

		private final List<String> words;

		Read(String title) {
			String lower = (title != null) ? title.toLowerCase(Locale.ROOT).strip() : "";
			this.text = NOT_QUANTITIES.matcher(lower).replaceAll(" ");
			this.words = List.of(lower.replaceAll("[^\\p{L}\\p{N}%\\-]+", " ").strip().split("\\s+"))
				.stream()
				.filter((word) -> !word.isEmpty())
				.toList();
		}

		boolean isEmpty() {
			return this.words.isEmpty();
		}

		/** The title's first word, when it is a piece of work ("launch", "building"). */
		String leadingActivity() {
			if (this.words.isEmpty()) {
				return null;
			}
			String first = this.words.get(0);
			if (ACTIVITY_VERBS.contains(first)) {
				return first;
			}
			// "onboarding time", "hiring speed": a gerund that names what is measured
			if (first.endsWith("ing") && first.length() > 5 && !speaksOfOutcome()) {
				String stem = first.substring(0, first.length() - 3);
				if (ACTIVITY_VERBS.contains(stem) || ACTIVITY_VERBS.contains(stem + "e")
						|| (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
								&& ACTIVITY_VERBS.contains(stem.substring(0, stem.length() - 1)))) {
					return first;
				}
			}
			return null;
		}

		/**
		 * Whether the title names a deliverable rather than a change: "the new pricing
		 * page", or a deliverable said to be done ("SSO integration live").
		 */
		boolean namesDeliverable() {
			int first = (!this.words.isEmpty() && ARTICLES.contains(this.words.get(0))) ? 1 : 0;
			if (this.words.size() > first + 1 && this.words.get(first).equals("new") && !hasMeasure()) {
				// "new pricing page", "new onboarding flow"; not "new joiners" or "new
				// customers"
				return this.words.subList(first + 1, Math.min(this.words.size(), first + 4))
					.stream()
					.anyMatch(DELIVERABLES::contains);
			}
			return hasDeliverable() && this.words.stream().anyMatch(DONE_STATES::contains);
		}

		boolean hasDeliverable() {
			return this.words.stream().anyMatch(DELIVERABLES::contains);
		}

		/**
		 * Whether the title speaks of a change ("reduce", "grow") or of a measure
		 * ("churn").
		 */
		boolean speaksOfOutcome() {
			return this.words.stream().anyMatch((word) -> CHANGE_WORDS.contains(word) || MEASURES.contains(word));
		}

		/**
		 * Whether the title ties what it names to what people do with it or say of it
		 * ("help articles rated helpful", "guide readers who start a trial").
		 */
		boolean measuresAnEffect() {
			return this.words.stream().anyMatch(EFFECT_WORDS::contains);
		}

		boolean hasMeasure() {
			return this.words.stream().anyMatch(MEASURES::contains);
		}

		/**
		 * Whether the title carries a measurable change, or a number of something that
		 * matters.
		 */
		boolean hasQuantity() {
			for (Pattern quantity : QUANTITIES) {
				if (quantity.matcher(this.text).find()) {
					return true;
				}
			}
			return countsAMeasure();
		}

		/**
		 * "1,000 sign-ups", "20 new enterprise customers": a number of something that
		 * matters.
		 */
		private boolean countsAMeasure() {
			for (int i = 0; i < this.words.size(); i++) {
				if (isNumber(this.words.get(i))) {
					for (int j = i + 1; j < Math.min(this.words.size(), i + 4); j++) {
						if (MEASURES.contains(this.words.get(j))) {
							return true;
						}
					}
				}
			}
			return false;
		}

		/** Whether the title holds any number at all, a count of work included. */
		boolean hasNumber() {
			Matcher number = NUMBER_TOKEN.matcher(this.text);
			return number.find() || this.words.stream().anyMatch(NUMBER_WORDS::contains);
		}

		private static boolean isNumber(String word) {
			return NUMBER_WORDS.contains(word) || word.matches("\\d[\\d.,]*[km]?");
		}

	}

}
