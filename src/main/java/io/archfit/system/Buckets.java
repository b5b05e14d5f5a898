package io.archfit.system;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Where the token buckets of the request limits live: in this instance's memory, or in
 * the database that every instance shares.
 */
interface Buckets {

	/**
	 * The bucket under this key (a limit's name and a client address), made with
	 * {@code configuration} when there is none yet.
	 */
	Bucket bucket(String key, BucketConfiguration configuration);

}
