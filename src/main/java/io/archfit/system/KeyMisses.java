package io.archfit.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Marks a request that presented an unknown key somewhere else than in its path (a form
 * field, a JSON body, a header) and was answered with something else than a 404, such as
 * a form shown again with a message. The key-guessing limit counts it as a miss, like a
 * 404 under a link.
 */
public final class KeyMisses {

	private static final String ATTRIBUTE = KeyMisses.class.getName() + ".missed";

	private KeyMisses() {
	}

	/** Counts this request as a miss of the key-guessing limit. */
	public static void count(HttpServletRequest request) {
		request.setAttribute(ATTRIBUTE, Boolean.TRUE);
	}

	static boolean counted(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
	}

}
