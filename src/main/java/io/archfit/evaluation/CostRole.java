package io.archfit.evaluation;

/**
 * How a trait's answer moves the cost model's band of the volume (see {@link CostBands}):
 * the band compares the functions-hosted and the one-service architecture's monthly
 * costs, which depend on the volume, the run time and the memory only.
 */
enum CostRole {

	/** The answer does not move the band. */
	NONE,

	/** The monthly volume: with it unanswered, the cost model has no band. */
	VOLUME,

	/** The average run time of a request, in milliseconds. */
	DURATION,

	/** A choice that stands for the run time while the run time itself is unanswered. */
	DURATION_CHOICE,

	/** The memory of a unit of work, in MB. */
	MEMORY

}
