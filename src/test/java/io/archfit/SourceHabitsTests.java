package io.archfit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Habits of the source that the compiler does not check: JDK types are imported rather
 * than written out in full, every module's root package says what it owns, and tests send
 * CSRF tokens as browsers do.
 */
class SourceHabitsTests {

	static final Path MAIN = Path.of("src/main/java/io/archfit");

	static final Pattern QUALIFIED = Pattern.compile("\\bjava\\.(util|text)\\.[A-Z]");

	@Test
	void jdkTypesAreImportedNotWrittenOutInFull() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String module = MAIN.relativize(file).getName(0).toString();
				if (module.equals("evaluation") || module.equals("catalogue")) {
					continue;
				}
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i);
					if (!line.startsWith("import ") && QUALIFIED.matcher(line).find()) {
						found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + line.strip());
					}
				}
			}
		}
		assertThat(found).as("java.util or java.text names written out in full").isEmpty();
	}

	/**
	 * Spring Security's {@code csrf()} for MockMvc stores tokens in HTTP sessions from
	 * its first use on, for every later request of the shared application context.
	 */
	@Test
	void testsTakeTheirCsrfTokensFromTheCookieAsBrowsersDo() throws IOException {
		List<Path> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				if (!file.endsWith("SourceHabitsTests.java")
						&& Files.readString(file).contains("SecurityMockMvcRequestPostProcessors.csrf")) {
					found.add(file);
				}
			}
		}
		assertThat(found).as("tests using SecurityMockMvcRequestPostProcessors.csrf() instead of CsrfCookie.csrf()")
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "assessment", "review", "workspace", "export", "system", "catalogue", "evaluation",
			"evidence" })
	void eachModuleSaysWhatItOwns(String module) throws IOException {
		Path info = MAIN.resolve(module).resolve("package-info.java");
		assertThat(info).exists();
		assertThat(Files.readString(info)).contains("/**", "package io.archfit." + module + ";");
	}

}
