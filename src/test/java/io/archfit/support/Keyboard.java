package io.archfit.support;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Drives a page with the keyboard only, as a person without a mouse would: Tab moves the
 * focus forward until it reaches the wanted control, arrow keys pick a radio option,
 * Space and Enter act. Every step fails when the control cannot be reached that way.
 */
public final class Keyboard {

	/** More Tab presses than any of our pages has focusable controls. */
	static final int MAX_TABS = 120;

	private final WebDriver driver;

	public Keyboard(WebDriver driver) {
		this.driver = driver;
	}

	/** Presses Tab until the focused element matches the CSS selector. */
	public Keyboard tabTo(String selector) {
		for (int i = 0; i <= MAX_TABS; i++) {
			if (focusedMatches(selector)) {
				return this;
			}
			press(Keys.TAB);
		}
		throw new AssertionError("Tab never reached " + selector + " on " + this.driver.getCurrentUrl());
	}

	/**
	 * Tabs into the radio group {@code name} and moves with the arrow keys to the option
	 * {@code value}, which selects it.
	 */
	public Keyboard choose(String name, String value) {
		tabTo("input[type=radio][name='" + name + "']");
		String option = "input[type=radio][name='" + name + "'][value='" + value + "']";
		for (int i = 0; i <= MAX_TABS && !focusedMatches(option); i++) {
			press(Keys.ARROW_DOWN);
		}
		if (!focusedMatches(option + ":checked")) {
			throw new AssertionError("Arrow keys did not select " + option);
		}
		return this;
	}

	/** Tabs to the checkbox and toggles it with Space. */
	public Keyboard toggle(String name, String value) {
		return tabTo("input[type=checkbox][name='" + name + "'][value='" + value + "']").press(Keys.SPACE);
	}

	/** Tabs to a text field and types into it, replacing what was there. */
	public Keyboard fill(String selector, String text) {
		tabTo(selector);
		new Actions(this.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
		return type(text);
	}

	/** Types into the focused element. */
	public Keyboard type(String text) {
		new Actions(this.driver).sendKeys(text).perform();
		return this;
	}

	/** Presses one key on the focused element. */
	public Keyboard press(CharSequence key) {
		new Actions(this.driver).sendKeys(key).perform();
		return this;
	}

	/** Whether the focused element matches the CSS selector. */
	public boolean focusedMatches(String selector) {
		Object matches = ((JavascriptExecutor) this.driver)
			.executeScript("const e = document.activeElement; return e != null && e.matches(arguments[0]);", selector);
		return Boolean.TRUE.equals(matches);
	}

}
