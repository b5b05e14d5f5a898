package io.archfit.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Whole-page screenshots of headless Chromium, saved as
 * {@code target/screenshots/<name>.png} for people to look at.
 */
public final class Screenshots {

	public static final Path FOLDER = Path.of("target", "screenshots");

	static final int MAX_HEIGHT = 12_000;

	private Screenshots() {
	}

	/** Saves the whole page, not just the window, and returns the file. */
	public static Path save(ChromeDriver driver, String name) {
		return save(driver, name, MAX_HEIGHT);
	}

	/**
	 * Saves the page from its top down to at most {@code maxHeight} CSS pixels, and
	 * returns the file; {@code name} may contain a folder.
	 */
	public static Path save(ChromeDriver driver, String name, int maxHeight) {
		Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
		double width = ((Number) size.get("width")).doubleValue();
		double height = Math.min(maxHeight, ((Number) size.get("height")).doubleValue());
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
		try {
			Path file = FOLDER.resolve(name + ".png");
			Files.createDirectories(file.getParent());
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
