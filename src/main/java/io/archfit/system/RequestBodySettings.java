package io.archfit.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How large a request body may be.
 *
 * @param maxRequestBytes {@code archfit.max-request-bytes}: the largest request body in
 * bytes; a larger one is refused with 413
 */
@ConfigurationProperties("archfit")
record RequestBodySettings(@DefaultValue("262144") long maxRequestBytes) {

}
