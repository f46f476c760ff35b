package dev.lodestar.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;

/**
 * The options of a long select (a thousand teams), rendered once per list rather than
 * once per page: the list must not change once made (as those a data version keeps), so
 * the same list is the same options. The chosen option is marked in a copy. Values and
 * labels are escaped; a page puts the result in its select with {@code th:utext}.
 *
 * @param <T> what each option stands for
 */
public final class SelectOptions<T> {

	private final Function<T, String> value;

	private final Function<T, String> label;

	private volatile Rendered<T> last;

	public SelectOptions(Function<T, String> value, Function<T, String> label) {
		this.value = value;
		this.label = label;
	}

	/** The options of {@code items}, the one whose value is {@code chosen} selected. */
	public String html(List<T> items, String chosen) {
		Rendered<T> rendered = this.last;
		if (rendered == null || rendered.items() != items) {
			rendered = new Rendered<>(items, render(items));
			this.last = rendered;
		}
		String html = rendered.html();
		if (chosen == null || chosen.isEmpty()) {
			return html;
		}
		String option = "<option value=\"" + HtmlUtils.htmlEscape(chosen) + "\"";
		int at = html.indexOf(option + ">");
		return (at < 0) ? html
				: html.substring(0, at) + option + " selected>" + html.substring(at + option.length() + 1);
	}

	private String render(List<T> items) {
		StringBuilder html = new StringBuilder(items.size() * 64);
		for (T item : items) {
			html.append("<option value=\"")
				.append(HtmlUtils.htmlEscape(this.value.apply(item)))
				.append("\">")
				.append(HtmlUtils.htmlEscape(this.label.apply(item)))
				.append("</option>");
		}
		return html.toString();
	}

	private record Rendered<T>(List<T> items, String html) {
	}

}
