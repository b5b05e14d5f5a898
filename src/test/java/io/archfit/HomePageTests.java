package io.archfit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:home;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
@AutoConfigureMockMvc
class HomePageTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void homePageSaysWhatArchFitDoes() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk().bodyText().contains("ArchFit helps your team choose");
	}

}
