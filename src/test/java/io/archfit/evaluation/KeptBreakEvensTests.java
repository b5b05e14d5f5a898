package io.archfit.evaluation;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The break-even is searched once per figure, workload and prices, whatever the
 * workload's own volume; a search that finds none is kept too.
 */
class KeptBreakEvensTests {

	private final KeptBreakEvens kept = new KeptBreakEvens();

	private final AtomicInteger searches = new AtomicInteger();

	private final CostAssumptions prices = CostAssumptions.defaults();

	private Double search(Double answer) {
		this.searches.incrementAndGet();
		return answer;
	}

	@Test
	void aWorkloadThatDiffersOnlyInVolumeIsNotSearchedAgain() {
		assertThat(this.kept.get(false, new CostInputs(5_000_000, 100, 512, 5, 6), this.prices, () -> search(3.2e7)))
			.isEqualTo(3.2e7);
		assertThat(this.kept.get(false, new CostInputs(9, 100, 512, 5, 6), this.prices, () -> search(1.0)))
			.isEqualTo(3.2e7);
		assertThat(this.searches).hasValue(1);
	}

	@Test
	void anotherFigureWorkloadOrPriceIsSearched() {
		CostInputs workload = new CostInputs(5_000_000, 100, 512, 5, 6);
		this.kept.get(false, workload, this.prices, () -> search(3.2e7));
		assertThat(this.kept.get(true, workload, this.prices, () -> search(5.2e7))).isEqualTo(5.2e7);
		assertThat(this.kept.get(false, workload.withMemoryMb(1024), this.prices, () -> search(2.0e7)))
			.isEqualTo(2.0e7);
		assertThat(this.kept.get(false, workload, CostAssumptions.fromMap(Map.of("vcpuHourUsd", 0.05)),
				() -> search(4.0e7)))
			.isEqualTo(4.0e7);
		assertThat(this.searches).hasValue(4);
	}

	@Test
	void noCrossingIsKeptAsWell() {
		CostInputs workload = new CostInputs(1, 100, 512, 5, 1);
		assertThat(this.kept.get(false, workload, this.prices, () -> search(null))).isNull();
		assertThat(this.kept.get(false, workload, this.prices, () -> search(1.0))).isNull();
		assertThat(this.searches).hasValue(1);
	}

}
