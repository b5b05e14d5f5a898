package io.archfit.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser tests, from the system's {@code chromium} and
 * {@code chromedriver} (Selenium never downloads a browser). Where they are missing the
 * test is skipped with a message, except under {@code CI=true}, where that is a failure.
 */
public final class Browsers {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	/** How long a page may take to load on a busy machine. */
	static final Duration PAGE_LOAD = Duration.ofSeconds(30);

	private Browsers() {
	}

	/** Skips (or, in CI, fails) the calling test when Chromium is not installed. */
	public static void assumeAvailable() {
		boolean available = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		String message = "Browser tests need Chromium and ChromeDriver at /usr/bin "
				+ "(Debian: apt-get install chromium chromium-driver); skipping.";
		if (!available && "true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail("CI=true but " + message);
		}
		Assumptions.assumeTrue(available, message);
	}

	/**
	 * Clicks what leaves the page (a link, a form's button) and waits until the next page
	 * has replaced it and finished loading, so that what is read next is read from the
	 * new page.
	 */
	public static void clickToNextPage(WebDriver driver, By target) {
		leavePage(driver, () -> {
			try {
				driver.findElement(target).click();
			}
			catch (WebDriverException ex) {
				// Chromium can lose the node it just found while it lays the page out
				// again
				// (after a resize or a colour-scheme switch); the page has not changed,
				// so
				// the click can be made again on the element found anew.
				if (!onMarkedPage(driver)) {
					throw ex;
				}
				driver.findElement(target).click();
			}
		});
	}

	/**
	 * Runs an action that leaves the page and waits until the next page has replaced it
	 * and finished loading. The page is marked by a script variable before the action; a
	 * new document has none.
	 */
	public static void leavePage(WebDriver driver, Runnable action) {
		((JavascriptExecutor) driver).executeScript("window.archfitLeaving = true");
		action.run();
		new WebDriverWait(driver, PAGE_LOAD)
			// while the next document is being attached, a script may fail to run
			.ignoring(WebDriverException.class)
			.until((d) -> !onMarkedPage(d)
					&& "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	private static boolean onMarkedPage(WebDriver driver) {
		return Boolean.TRUE
			.equals(((JavascriptExecutor) driver).executeScript("return window.archfitLeaving === true"));
	}

	/**
	 * What the browser logged as an error since the last call (script errors, failed
	 * loads of the page's resources, its icon included), one line each.
	 */
	public static List<String> consoleErrors(WebDriver driver) {
		List<String> errors = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
				errors.add(entry.getMessage());
			}
		}
		return errors;
	}

	/** A new browser with its own fresh profile, as a new user would have. */
	public static ChromeDriver open() {
		return open(null);
	}

	/**
	 * A new browser with a fresh profile that saves downloads into {@code downloads}
	 * without asking (null: the browser's default).
	 */
	public static ChromeDriver open(Path downloads) {
		assumeAvailable();
		Path profile;
		try {
			profile = Files.createTempDirectory("archfit-chromium-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		if (downloads != null) {
			options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
					downloads.toAbsolutePath().toString(), "download.prompt_for_download", false));
		}
		// Keeps what the page logs to its console (and failed loads, such as a missing
		// icon), for tests that read it with consoleErrors().
		options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return driver;
	}

}
