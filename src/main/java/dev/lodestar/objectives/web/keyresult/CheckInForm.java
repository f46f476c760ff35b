package dev.lodestar.objectives.web.keyresult;

import java.util.Map;

import dev.lodestar.objectives.CheckIns;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.shared.FieldErrors;

/**
 * A check-in as typed into a form: kept as text, so that whatever was typed can be shown
 * again beside the reason it was refused.
 */
public record CheckInForm(String value, String confidence, String note, String blockers) {

	static CheckInForm empty() {
		return new CheckInForm(null, null, null, null);
	}

	/**
	 * A form that starts from the key result's current value and confidence.
	 */
	static CheckInForm current(KeyResult keyResult) {
		double value = keyResult.currentValue();
		return new CheckInForm((value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value),
				(keyResult.confidence() != null) ? keyResult.confidence().toString() : "", "", "");
	}

	/**
	 * The check-in this form asks for; numbers that do not parse are reported in
	 * {@code errors} and left out. When something did not parse, the confidence is
	 * checked here too, so that every mistake is reported at once.
	 */
	public CheckIns.NewCheckIn toCheckIn(Map<String, String> errors) {
		Double number = parse(this.value, "value", errors, false);
		Double level = parse(this.confidence, "confidence", errors, true);
		if (!errors.isEmpty() && level != null) {
			FieldErrors range = new FieldErrors();
			KeyResult.checkConfidence(range, level.intValue());
			range.list().forEach((error) -> errors.putIfAbsent(error.field(), error.message()));
		}
		return new CheckIns.NewCheckIn(number, (level != null) ? level.intValue() : null, this.note, this.blockers);
	}

	private static Double parse(String text, String field, Map<String, String> errors, boolean whole) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			double number = Double.parseDouble(text.strip().replace(',', '.'));
			if (whole && number != Math.rint(number)) {
				errors.put(field, "must be a whole number");
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			errors.put(field, "must be a number");
			return null;
		}
	}

}
