package io.archfit.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many rendered page parts each instance keeps ({@code archfit.rendered-fragments}):
 * five per report (summary, charts, details, cost figures, teams like yours), so the
 * default keeps the last 150 reports.
 *
 * @param renderedFragments the parts kept, the least recently used going first
 */
@ConfigurationProperties("archfit")
record RenderingSettings(@DefaultValue("750") int renderedFragments) {

}
