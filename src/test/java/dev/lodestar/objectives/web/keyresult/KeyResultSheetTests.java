package dev.lodestar.objectives.web.keyresult;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyResultSheetTests {

	@Test
	void aCheckInComesBackOnlyToAKeyResultPage() {
		assertThat(KeyResultSheet.pageToReturnTo("/key-results/6f1c2a4e-3b5d-4c7e-9f10-2a3b4c5d6e7f"))
			.isEqualTo("/key-results/6f1c2a4e-3b5d-4c7e-9f10-2a3b4c5d6e7f");
		assertThat(KeyResultSheet.pageToReturnTo(null)).isNull();
		assertThat(KeyResultSheet.pageToReturnTo("https://evil.example/key-results/x")).isNull();
		assertThat(KeyResultSheet.pageToReturnTo("//evil.example/key-results/6f1c2a4e-3b5d-4c7e-9f10-2a3b4c5d6e7f"))
			.isNull();
		assertThat(KeyResultSheet.pageToReturnTo("/key-results/6f1c2a4e-3b5d-4c7e-9f10-2a3b4c5d6e7f/../../admin"))
			.isNull();
		assertThat(KeyResultSheet.pageToReturnTo("/")).isNull();
	}

}
