package io.archfit.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest workspace archive an import takes ({@code archfit.workspace-archive.*}), as
 * an upload on the page or as the body of the API call; above it the answer is 413.
 *
 * @param maxSize the largest archive
 */
@ConfigurationProperties("archfit.workspace-archive")
public record WorkspaceArchiveSettings(@DefaultValue("4MB") DataSize maxSize) {

}
