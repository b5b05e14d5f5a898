package io.archfit.evidence;

/**
 * How a built-in catalogue version fares on the public cases it gives one confidence
 * level: how many cases get that level, how many of them it answers as their authors
 * concluded, and how many cases the corpus holds in all.
 *
 * @param cases the cases answered at the level
 * @param right those answered as their authors concluded
 * @param corpus the cases in the corpus
 */
public record TrackRecord(int cases, int right, int corpus) {

	/** The share answered as their authors concluded, in whole percent. */
	public int percent() {
		return (int) Math.round(100.0 * this.right / this.cases);
	}

}
