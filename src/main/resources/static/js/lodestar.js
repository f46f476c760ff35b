// Lodestar's few behaviours beyond htmx: keyboard flow after a check-in, and telling
// people when the server refused something that htmx does not swap in.
(function () {
	"use strict";

	function flash(message) {
		var box = document.getElementById("flash");
		if (!box) {
			return;
		}
		box.textContent = message;
		box.classList.add("shown");
		window.setTimeout(function () { box.classList.remove("shown"); }, 6000);
	}

	document.addEventListener("htmx:responseError", function (event) {
		var status = event.detail.xhr.status;
		if (status === 403) {
			flash("You may not do that.");
		} else if (status === 409) {
			flash("That cannot be done now: the cycle may be closed, or something changed meanwhile.");
		} else {
			flash("Something went wrong; nothing was lost. Please try again.");
		}
	});

	document.addEventListener("htmx:sendError", function () {
		flash("Lodestar cannot be reached; what you typed is still here. Please try again.");
	});

	// After a check-in row comes back, keep the keyboard moving: on to the next row's value,
	// or back to the first field that needs fixing. The server names the row in HX-Trigger.
	document.addEventListener("checkedIn", function (event) {
		var row = document.getElementById(event.detail.row);
		if (!row) {
			return;
		}
		var invalid = row.querySelector("[aria-invalid='true']");
		if (invalid) {
			invalid.focus();
			return;
		}
		var rows = Array.prototype.slice.call(document.querySelectorAll("[data-checkin-row]"));
		var next = rows[rows.indexOf(row) + 1];
		var target = next ? next.querySelector("[name='value']") : row.querySelector("[name='value']");
		if (target) {
			target.focus();
		}
	});
})();

// A "Copy" button beside a value shown once (a new API token, a data feed's secret): shown only where the
// browser can copy, it copies the value of the input it names in data-copy.
(function () {
	"use strict";
	if (!navigator.clipboard) {
		return;
	}
	function wire(root) {
		Array.prototype.forEach.call(root.querySelectorAll("[data-copy]:not([data-copy-ready])"), function (button) {
			button.hidden = false;
			button.setAttribute("data-copy-ready", "");
			button.addEventListener("click", function () {
				var input = document.getElementById(button.getAttribute("data-copy"));
				navigator.clipboard.writeText(input.value).then(function () {
					button.textContent = "Copied";
				});
			});
		});
	}
	wire(document);
	// Sections htmx swaps in later (a key result's data feed) bring their own buttons.
	document.addEventListener("htmx:load", function (event) { wire(event.target); });
})();

// The menu on a phone: folded behind a "Menu" button at the top, opened and closed by it. Without this script the
// button stays hidden and the menu stays open, so every page is still reachable.
(function () {
	"use strict";
	var button = document.querySelector(".menu-toggle");
	if (!button) {
		return;
	}
	button.hidden = false;
	document.body.classList.add("menu-folded");
	button.addEventListener("click", function () {
		var open = button.getAttribute("aria-expanded") !== "true";
		button.setAttribute("aria-expanded", String(open));
		document.body.classList.toggle("menu-open", open);
	});
	document.addEventListener("keydown", function (event) {
		if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
			button.setAttribute("aria-expanded", "false");
			document.body.classList.remove("menu-open");
			button.focus();
		}
	});
})();

// A page that waits for Lodestar (the demo being prepared) names in data-reload-after how many seconds to wait
// before it goes to data-reload-to, where the server says whether the wait is over. (A meta refresh would do the
// same, but assistive technology cannot hold it back; this one waits while the page is hidden.)
(function () {
	"use strict";
	var waiting = document.querySelector("[data-reload-after]");
	if (!waiting) {
		return;
	}
	var seconds = parseInt(waiting.getAttribute("data-reload-after"), 10) || 3;
	var to = waiting.getAttribute("data-reload-to") || "/";
	function reload() {
		if (document.hidden) {
			window.setTimeout(reload, 1000);
			return;
		}
		window.location.assign(to);
	}
	window.setTimeout(reload, seconds * 1000);
})();
