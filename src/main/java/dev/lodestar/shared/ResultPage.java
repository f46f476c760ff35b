package dev.lodestar.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list with the total number of items across all pages.
 */
public record ResultPage<T>(List<T> items, long total) {

	public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
		return new ResultPage<>(this.items.stream().<R>map(mapper).toList(), this.total);
	}

}
