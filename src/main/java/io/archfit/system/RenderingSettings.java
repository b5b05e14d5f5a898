package io.archfit.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many rendered page parts each instance keeps ({@code archfit.rendered-fragments}):
 * eight per report (summary, charts, details, cost figures, teams like yours, votes,
 * comments, revisions), so the default keeps the last 300 reports (about 22 MB).
 *
 * @param renderedFragments the parts kept, the least recently used going first
 */
@ConfigurationProperties("archfit")
record RenderingSettings(@DefaultValue("2400") int renderedFragments) {

}
