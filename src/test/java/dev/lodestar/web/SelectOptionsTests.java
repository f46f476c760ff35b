package dev.lodestar.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SelectOptionsTests {

	private record Item(String id, String name) {
	}

	private final SelectOptions<Item> options = new SelectOptions<>(Item::id, Item::name);

	@Test
	void rendersEveryItemEscapedAndMarksTheChosenOneOnly() {
		List<Item> items = List.of(new Item("a1", "Payments & <Risk>"), new Item("b2", "Growth \"North\""));

		assertThat(this.options.html(items, "b2")).isEqualTo(
				"<option value=\"a1\">Payments &amp; &lt;Risk&gt;</option><option value=\"b2\" selected>Growth &quot;North&quot;</option>");
		assertThat(this.options.html(items, null)).doesNotContain("selected");
		assertThat(this.options.html(items, "unknown")).doesNotContain("selected");
	}

	@Test
	void anotherListIsRenderedAfreshTheSameListIsNot() {
		List<Item> first = List.of(new Item("a1", "Payments"));
		String html = this.options.html(first, null);

		assertThat(this.options.html(first, null)).isSameAs(html);
		assertThat(this.options.html(List.of(new Item("a1", "Renamed")), null)).contains("Renamed");
	}

	@Test
	void aValueThatIsThePrefixOfAnotherMarksOnlyItsOwn() {
		List<Item> items = List.of(new Item("a12", "Longer"), new Item("a1", "Shorter"));

		assertThat(this.options.html(items, "a1")).contains("<option value=\"a12\">Longer")
			.contains("<option value=\"a1\" selected>Shorter");
	}

}
