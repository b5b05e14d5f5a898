/**
 * What every module relies on and none owns: security headers, capability keys, error
 * pages and problem documents, request size and rate limits, the request log, languages,
 * static resources, the clock and the settings that go with them.
 */
package io.archfit.system;
