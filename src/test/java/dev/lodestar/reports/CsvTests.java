package dev.lodestar.reports;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

	@Test
	void fieldsAreQuotedAsRfc4180HasIt() {
		StringWriter out = new StringWriter();
		new Csv(out).row("a", "b").text("plain").text("with, comma").text("say \"hi\"").text("two\nlines").end();
		assertThat(out.toString()).isEqualTo("a,b\r\nplain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
	}

	@Test
	void textThatASpreadsheetWouldRunIsWrittenAsTextButNumbersStayNumbers() {
		StringWriter out = new StringWriter();
		new Csv(out).text("=SUM(A1)")
			.text("+1")
			.text("-2")
			.text("@cmd")
			.text("fine = ok")
			.number(-5.0)
			.number(0.7)
			.number(12.0)
			.number(null)
			.text(null)
			.end();
		assertThat(out.toString()).isEqualTo("'=SUM(A1),'+1,'-2,'@cmd,fine = ok,-5,0.7,12,,\r\n");
	}

}
