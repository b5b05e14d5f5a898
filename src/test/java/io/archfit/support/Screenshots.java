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

	public static final int MAX_HEIGHT = 12_000;

	private Screenshots() {
	}

	/**
	 * Saves a part of the page from the top of the first element matching the CSS
	 * selector down to at most {@code maxHeight} CSS pixels, the page's full width, and
	 * returns the file.
	 */
	public static Path saveFrom(ChromeDriver driver, String name, String selector, int maxHeight) {
		Object top = driver.executeScript(
				"const e = document.querySelector(arguments[0]); return e ? e.getBoundingClientRect().top + window.scrollY : 0;",
				selector);
		return save(driver, name, ((Number) top).intValue(), maxHeight);
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
		return save(driver, name, 0, maxHeight);
	}

	private static Path save(ChromeDriver driver, String name, int top, int maxHeight) {
		// From the top, so that sticky parts of the page are drawn where a reader first
		// sees
		// them.
		driver.executeScript("window.scrollTo(0, 0);");
		Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
		double width = ((Number) size.get("width")).doubleValue();
		double height = Math.min(maxHeight, ((Number) size.get("height")).doubleValue() - top);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", top, "width", width, "height", height, "scale", 1)));
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
