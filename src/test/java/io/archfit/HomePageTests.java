package io.archfit;

import io.archfit.support.AppTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
class HomePageTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void homePageSaysWhatArchFitDoes() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk().bodyText().contains("ArchFit helps your team choose");
	}

}
