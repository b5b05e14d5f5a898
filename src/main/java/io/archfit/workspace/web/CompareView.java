package io.archfit.workspace.web;

import java.util.ArrayList;
import java.util.List;

import io.archfit.workspace.Comparisons;

/**
 * The comparison laid out for the template: a grouped bar chart (one group per
 * architecture, one bar per assessment) in SVG units, and rounded scores for the table.
 */
public record CompareView(Comparisons.SideBySide sides, List<Group> groups, int width, int height, int plotTop,
		int plotBottom, List<Tick> ticks, List<Legend> legend) {

	static final int WIDTH = 720;

	static final int LEFT = 40;

	static final int TOP = 16;

	static final int PLOT_HEIGHT = 220;

	static final int BOTTOM = 56;

	/** One architecture's group of bars. */
	public record Group(String architecture, int labelX, List<Bar> bars) {

	}

	/** One assessment's bar within a group; {@code series} numbers it from 1. */
	public record Bar(int series, String title, long score, boolean viable, int x, int y, int width, int height) {

	}

	/** A horizontal grid line with its value. */
	public record Tick(int value, int y) {

	}

	/** A legend entry: the series number and the assessment's title. */
	public record Legend(int series, String title, int x) {

	}

	static CompareView of(Comparisons.SideBySide sides) {
		int architectures = sides.architectures().size();
		int series = sides.columns().size();
		int groupWidth = (WIDTH - LEFT - 8) / Math.max(1, architectures);
		int barWidth = (int) (groupWidth * 0.8 / Math.max(1, series));
		int plotBottom = TOP + PLOT_HEIGHT;
		List<Group> groups = new ArrayList<>();
		for (int g = 0; g < architectures; g++) {
			String architecture = sides.architectures().get(g);
			int groupX = LEFT + g * groupWidth + (int) (groupWidth * 0.1);
			List<Bar> bars = new ArrayList<>();
			for (int s = 0; s < series; s++) {
				Comparisons.Column column = sides.columns().get(s);
				double score = column.scores().getOrDefault(architecture, 0.0);
				int height = Math.max(1, (int) Math.round(score * PLOT_HEIGHT / 100.0));
				bars.add(new Bar(s + 1, column.title(), Math.round(score),
						column.viable().getOrDefault(architecture, true), groupX + s * barWidth, plotBottom - height,
						Math.max(2, barWidth - 2), height));
			}
			groups.add(new Group(architecture, LEFT + g * groupWidth + groupWidth / 2, bars));
		}
		List<Tick> ticks = new ArrayList<>();
		for (int value = 0; value <= 100; value += 25) {
			ticks.add(new Tick(value, plotBottom - value * PLOT_HEIGHT / 100));
		}
		List<Legend> legend = new ArrayList<>();
		for (int s = 0; s < series; s++) {
			legend.add(new Legend(s + 1, sides.columns().get(s).title(), LEFT + s * ((WIDTH - LEFT) / series)));
		}
		return new CompareView(sides, groups, WIDTH, plotBottom + BOTTOM, TOP, plotBottom, ticks, legend);
	}

	/** Rounded score of an architecture in a column (for the table). */
	public long score(int column, String architecture) {
		return Math.round(this.sides.columns().get(column).scores().getOrDefault(architecture, 0.0));
	}

}
