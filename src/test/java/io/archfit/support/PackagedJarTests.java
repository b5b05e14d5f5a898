package io.archfit.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which jar the process tests start, and the message that says what to run when there is
 * none to start.
 */
class PackagedJarTests {

	@TempDir
	Path target;

	@Test
	void withoutAPackagedJarTheMessageSaysToBuildIt() {
		assertThatThrownBy(() -> PackagedJar.find(this.target)).hasMessageContaining("No executable jar")
			.hasMessageContaining("./mvnw verify");
		assertThatThrownBy(() -> PackagedJar.find(this.target.resolve("missing")))
			.hasMessageContaining("./mvnw verify");
	}

	@Test
	void theJarOfTheVersionMavenRecordedIsTakenAndMustBeExecutable() throws IOException {
		Files.createDirectories(this.target.resolve("maven-archiver"));
		Files.writeString(this.target.resolve("maven-archiver/pom.properties"),
				"artifactId=archfit\ngroupId=io.archfit\nversion=1.2.3\n");
		Path wanted = jar("archfit-1.2.3.jar", "io.archfit.ArchFitApplication", Instant.parse("2026-01-01T10:00:00Z"));
		jar("archfit-1.2.2.jar", "io.archfit.ArchFitApplication", Instant.parse("2026-01-02T10:00:00Z"));
		Files.writeString(this.target.resolve("archfit-1.2.3.jar.original"), "not a jar");
		assertThat(PackagedJar.find(this.target)).isEqualTo(wanted);

		jar("archfit-1.2.3.jar", null, Instant.parse("2026-01-01T10:00:00Z"));
		assertThatThrownBy(() -> PackagedJar.find(this.target))
			.hasMessageContaining("not the executable Spring Boot jar")
			.hasMessageContaining("./mvnw verify");
	}

	@Test
	void withoutMavensRecordTheNewestJarIsTaken() throws IOException {
		jar("archfit-0.1.0.jar", "io.archfit.ArchFitApplication", Instant.parse("2026-01-01T10:00:00Z"));
		Path newest = jar("archfit-0.2.0.jar", "io.archfit.ArchFitApplication", Instant.parse("2026-01-02T10:00:00Z"));
		jar("archfit-0.3.0-sources.jar", null, Instant.parse("2026-01-03T10:00:00Z"));
		assertThat(PackagedJar.find(this.target)).isEqualTo(newest);
	}

	@Test
	void aJarOlderThanTheCompiledClassesIsRefused() throws IOException {
		jar("archfit-0.1.0.jar", "io.archfit.ArchFitApplication", Instant.parse("2026-01-01T10:00:00Z"));
		Path compiled = Files.createDirectories(this.target.resolve("classes/io/archfit"))
			.resolve("ArchFitApplication.class");
		Files.write(compiled, new byte[] { 1 });
		Files.setLastModifiedTime(compiled, FileTime.from(Instant.parse("2026-01-01T11:00:00Z")));
		assertThatThrownBy(() -> PackagedJar.find(this.target)).hasMessageContaining("is older than the compiled")
			.hasMessageContaining("./mvnw verify");
	}

	private Path jar(String name, String startClass, Instant modified) throws IOException {
		Path jar = this.target.resolve(name);
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		if (startClass != null) {
			manifest.getMainAttributes().put(new Attributes.Name("Start-Class"), startClass);
		}
		try (OutputStream out = Files.newOutputStream(jar);
				JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
			jarOut.flush();
		}
		Files.setLastModifiedTime(jar, FileTime.from(modified));
		return jar;
	}

}
