package dev.lodestar.web;

import java.time.LocalDate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

import dev.lodestar.shared.Dates;
import dev.lodestar.shared.Text;

/**
 * The rules every JSON body obeys wherever it is read into a type: a date is
 * {@code YYYY-MM-DD} between the years 1 and 9999, and a text holds no lone UTF-16
 * surrogate. A value that breaks one is a 400 naming its field ({@link Problems}).
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	@Bean
	JacksonModule lodestarInput() {
		return new SimpleModule("lodestar-input").addDeserializer(LocalDate.class, new BoundedDate())
			.addDeserializer(String.class, new WholeText());
	}

	/** Dates within {@link Dates}' range. */
	static final class BoundedDate extends StdScalarDeserializer<LocalDate> {

		BoundedDate() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
			}
			String text = parser.getString();
			LocalDate date = Dates.parseOrNull(text);
			if (date == null) {
				throw context.weirdStringException(text, LocalDate.class, Dates.MESSAGE);
			}
			return date;
		}

	}

	/** Texts without lone surrogates; everything else as Jackson reads strings. */
	static final class WholeText extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			if (text != null && Text.hasLoneSurrogate(text)) {
				throw context.weirdStringException(text, String.class, "holds a lone UTF-16 surrogate");
			}
			return text;
		}

	}

}
