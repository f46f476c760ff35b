package dev.lodestar.shared;

/**
 * Which slice of a list to answer: {@code limit} items (1 to 500, 50 unless asked) from
 * {@code offset} on.
 */
public record Paging(int limit, long offset) {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 500;

	public Paging {
		FieldErrors errors = new FieldErrors();
		if (limit < 1 || limit > MAX_LIMIT) {
			errors.add("limit", "must be between 1 and " + MAX_LIMIT);
		}
		if (offset < 0) {
			errors.add("offset", "must not be negative");
		}
		errors.throwIfAny();
	}

	public static Paging of(Integer limit, Long offset) {
		return new Paging((limit != null) ? limit : DEFAULT_LIMIT, (offset != null) ? offset : 0);
	}

}
