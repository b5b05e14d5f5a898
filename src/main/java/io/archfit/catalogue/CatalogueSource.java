package io.archfit.catalogue;

import java.util.Optional;

/**
 * Where catalogues come from: by id and version. The built-in catalogue
 * ({@link Catalogues}) is read from the class path; a workspace's own catalogues come
 * from the database.
 */
public interface CatalogueSource {

	/**
	 * The built-in catalogue version new assessments use unless a workspace has its own.
	 */
	Catalogue current();

	/**
	 * A catalogue by id and version.
	 * @param id {@link Catalogue#BUILT_IN} or a team catalogue's id
	 * @param version e.g. {@code v1}
	 * @return the catalogue, or empty when there is no such catalogue or version
	 */
	Optional<Catalogue> find(String id, String version);

}
