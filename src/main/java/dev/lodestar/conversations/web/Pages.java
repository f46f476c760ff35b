package dev.lodestar.conversations.web;

/**
 * Which page of a list a page shows, of how many.
 */
record Pages(int page, long total, int size) {

	static int number(String page) {
		try {
			return (page != null) ? Math.max(1, Math.min(Integer.parseInt(page.strip()), 100_000)) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	public long pages() {
		return Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasNewer() {
		return this.page > 1;
	}

	public boolean hasOlder() {
		return this.page < pages();
	}

}
