package io.archfit.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.opentest4j.AssertionFailedError;

/**
 * Finds the executable jar the build packaged, which the process tests start, and refuses
 * one that is missing or older than the compiled classes.
 */
public final class PackagedJar {

	private PackagedJar() {
	}

	/**
	 * The executable jar that {@code package} built: {@code target/archfit-<version>.jar}
	 * with the version Maven recorded, else the newest {@code archfit-*.jar}. Fails with
	 * what to run when there is none or when it is older than the compiled classes. Also
	 * for commands run with its class path (e.g. the database tools an operator runs).
	 */
	public static Path find() {
		return find(target());
	}

	static Path find(Path target) {
		String howTo = " The process tests run the packaged application: build it with ./mvnw verify (or "
				+ "./mvnw package -DskipTests before running them from an IDE).";
		Path jar = versionedJar(target).or(() -> newestJar(target))
			.orElseThrow(() -> new AssertionFailedError(
					"No executable jar archfit-<version>.jar in " + target + "." + howTo));
		try (JarFile file = new JarFile(jar.toFile())) {
			if (file.getManifest() == null || file.getManifest().getMainAttributes().getValue("Start-Class") == null) {
				throw new AssertionFailedError(jar + " is not the executable Spring Boot jar." + howTo);
			}
			FileTime built = Files.getLastModifiedTime(jar);
			Optional<Path> newer = newestClass(target.resolve("classes")).filter((newest) -> {
				try {
					return Files.getLastModifiedTime(newest).compareTo(built) > 0;
				}
				catch (IOException ex) {
					return false;
				}
			});
			if (newer.isPresent()) {
				throw new AssertionFailedError(jar + " is older than the compiled " + newer.get() + "." + howTo);
			}
		}
		catch (IOException ex) {
			throw new AssertionFailedError(jar + " cannot be read: " + ex.getMessage() + "." + howTo);
		}
		return jar;
	}

	private static Optional<Path> versionedJar(Path target) {
		Path pomProperties = target.resolve("maven-archiver/pom.properties");
		if (!Files.isRegularFile(pomProperties)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(pomProperties)) {
			properties.load(in);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		String version = properties.getProperty("version");
		String artifact = properties.getProperty("artifactId", "archfit");
		Path jar = target.resolve(artifact + "-" + version + ".jar");
		return (version != null && Files.isRegularFile(jar)) ? Optional.of(jar) : Optional.empty();
	}

	private static Optional<Path> newestJar(Path target) {
		if (!Files.isDirectory(target)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> {
				String name = file.getFileName().toString();
				return name.startsWith("archfit-") && name.endsWith(".jar") && !name.endsWith("-sources.jar")
						&& !name.endsWith("-javadoc.jar") && !name.endsWith("-tests.jar")
						&& !name.endsWith("-plain.jar");
			}).max(Comparator.comparing(PackagedJar::modified));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Path> newestClass(Path classes) {
		if (!Files.isDirectory(classes)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.walk(classes)) {
			return files.filter(Files::isRegularFile).max(Comparator.comparing(PackagedJar::modified));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		}
		catch (IOException ex) {
			return FileTime.fromMillis(0);
		}
	}

	/** The build's output folder of the project being tested. */
	static Path target() {
		return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().resolve("target");
	}

}
