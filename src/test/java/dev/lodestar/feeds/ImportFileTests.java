package dev.lodestar.feeds;

import org.junit.jupiter.api.Test;

import dev.lodestar.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportFileTests {

	private static final String ID = "6f1c2b9e-2a47-4d8e-9a51-3c0d5f7e8b21";

	@Test
	void rowsAreNumberedAsASpreadsheetShowsThem() {
		ImportFile file = ImportFile
			.parse("keyResultId,value,confidence,note\n" + ID + ",1.5,7,\"a, b\"\n\n" + ID + ",2,,\n");
		assertThat(file.lines()).extracting(ImportFile.Line::row).containsExactly(2, 3);
		assertThat(file.lines().get(0).note()).isEqualTo("a, b");
		assertThat(file.lines().get(1).confidence()).isEmpty();
	}

	@Test
	void headerIsReadWhateverItsCaseAndSemicolonsMaySeparate() {
		ImportFile file = ImportFile.parse("\uFEFFKEYRESULTID;Value\n" + ID + ";3\n");
		assertThat(file.lines().get(0).keyResultId()).isEqualTo(ID);
		assertThat(file.lines().get(0).value()).isEqualTo("3");
	}

	@Test
	void rowWithMoreFieldsThanTheHeaderIsBad() {
		ImportFile file = ImportFile.parse("keyResultId,value,note\n" + ID + ",3,unquoted, comma\n");
		assertThat(file.lines().get(0).shape()).contains("has 4 fields but the header names 3");
	}

	@Test
	void fileWithoutTheRequiredColumnsIsRefused() {
		assertThatThrownBy(() -> ImportFile.parse("keyResultId,confidence\n" + ID + ",3\n"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("keyResultId and value");
		assertThatThrownBy(() -> ImportFile.parse("keyResultId,value,value\n" + ID + ",3,4\n"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("named twice");
		assertThatThrownBy(() -> ImportFile.parse("keyResultId,value,\n" + ID + ",3,\n"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("has no name");
		assertThatThrownBy(() -> ImportFile.parse("keyResultId,value\n\"" + ID + ",3\n"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("never closed");
	}

	@Test
	void fileLargerThanTheLimitIsRefused() {
		String big = "keyResultId,value\n" + (ID + ",1\n").repeat(ImportFile.MAX_BYTES / 38 + 1);
		assertThatThrownBy(() -> ImportFile.parse(big)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("larger than 1 MB");
	}

}
