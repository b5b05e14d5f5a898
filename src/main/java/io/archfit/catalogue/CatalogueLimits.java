package io.archfit.catalogue;

/**
 * The most a catalogue may hold. A catalogue is data a team may upload, so every list and
 * the nesting of conditions are bounded; the built-in catalogues stay well within.
 */
public final class CatalogueLimits {

	public static final int ARCHITECTURES = 8;

	public static final int CRITERIA = 40;

	/**
	 * The largest weight of a criterion within its group (the even weight is 1): ten
	 * times its neighbours is as far as a team's emphasis goes before the group's other
	 * criteria stop counting.
	 */
	public static final double CRITERION_WEIGHT = 10;

	public static final int TRAITS = 80;

	public static final int OPTIONS = 12;

	public static final int QUANTITIES = 20;

	public static final int RULES = 400;

	public static final int KNOCK_OUTS = 60;

	public static final int RISKS = 60;

	public static final int REFERENCES = 200;

	/** Characters an id may have. */
	public static final int ID_CHARS = 80;

	/**
	 * Texts a document may carry in one language: enough for every element of the largest
	 * catalogue the other limits allow (about 2 800), so that a published version can
	 * carry all of its texts.
	 */
	public static final int TEXTS = 3000;

	/** Characters one text may have. */
	public static final int TEXT_CHARS = 1000;

	/**
	 * Conditions nested inside "all" / "any" at most this deep (a plain test is depth 1).
	 */
	public static final int CONDITION_DEPTH = 4;

	/** Conditions listed in one "all" / "any" at most. */
	public static final int CONDITIONS_PER_GROUP = 12;

	private CatalogueLimits() {
	}

}
