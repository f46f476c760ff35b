package dev.lodestar.web;

import java.util.List;

import dev.lodestar.shared.ResultPage;

/**
 * The shape of every list the API answers: {@code {"items": [...], "total": N}}.
 */
public record ApiListing<T>(List<T> items, long total) {

	public static <T> ApiListing<T> of(ResultPage<T> page) {
		return new ApiListing<>(page.items(), page.total());
	}

}
