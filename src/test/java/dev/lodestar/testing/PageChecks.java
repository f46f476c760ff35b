package dev.lodestar.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * What every page must pass whatever it shows: axe-core finds no serious or critical
 * accessibility violation, and nothing reaches past the window's right edge (no sideways
 * scrolling, on a laptop or a phone).
 */
public final class PageChecks {

	/**
	 * The innermost elements that reach past the window's right edge, to say what to fix.
	 */
	private static final String WIDEST = """
			() => [...document.querySelectorAll('body *')]
			  .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1
			    && ![...e.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 1))
			  .slice(0, 4)
			  .map((e) => e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
			  .join(', ')""";

	private PageChecks() {
	}

	/**
	 * The serious and critical violations axe-core finds in the page, each with up to
	 * three of the elements concerned; empty when there are none.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> accessibilityViolations(Page page) {
		page.evaluate("() => { " + axeScript() + "\n}");
		return (List<String>) page.evaluate("""
				async () => {
				  const results = await axe.run(document, { resultTypes: ['violations'] });
				  return results.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
				      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
				}""");
	}

	/**
	 * The violations of only the given axe-core rules, whatever their impact (for rules
	 * {@link #accessibilityViolations} leaves out, such as experimental ones), each with
	 * the element concerned; empty when there are none.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> violationsOf(Page page, String... rules) {
		page.evaluate("() => { " + axeScript() + "\n}");
		return (List<String>) page.evaluate("""
				async (rules) => {
				  const results = await axe.run(document, { runOnly: { type: 'rule', values: rules } });
				  return results.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.html));
				}""", List.of(rules));
	}

	/**
	 * What makes the page wider than its window ("1620 px wide, past the edge: table.x
	 * 1610, ..."), or {@code null} when it fits.
	 */
	public static String sidewaysScroll(Page page) {
		int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
		int viewport = ((Number) page.evaluate("() => window.innerWidth")).intValue();
		if (scrollWidth <= viewport) {
			return null;
		}
		return scrollWidth + " px wide in a window of " + viewport + " px, past the edge: " + page.evaluate(WIDEST);
	}

	private static String axeScript() {
		String resource = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
		try (InputStream in = PageChecks.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is not on the test class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
