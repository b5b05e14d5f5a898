package io.archfit.catalogue;

/**
 * How a trait is answered: by choosing one of its options, or with a number in a range.
 */
public enum TraitType {

	CHOICE, INTEGER, NUMBER

}
