package io.archfit.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Stylesheets, scripts and icons are served under URLs that carry a hash of their content
 * ({@code /css/archfit-<md5>.css}), so a browser may keep them for a year: a changed file
 * gets a new URL. {@link StaticResourceUrls} writes these URLs into the pages. The
 * unversioned URL still answers, for pages rendered before a release and for the web app
 * manifest, which names its icons. {@code /favicon.ico}, which browsers and other clients
 * ask for on their own, answers under its fixed URL and is kept for a day.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	static final String[] FOLDERS = { "css", "js", "icons" };

	static final String FAVICON = "/favicon.ico";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler(FAVICON)
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
	}

	/** Whether a path is one of these resources, which no page's logic needs to see. */
	static boolean isResource(String path) {
		if (FAVICON.equals(path)) {
			return true;
		}
		for (String folder : FOLDERS) {
			if (path.startsWith("/" + folder + "/")) {
				return true;
			}
		}
		return false;
	}

}
