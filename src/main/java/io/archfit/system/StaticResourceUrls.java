package io.archfit.system;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Rewrites the links to stylesheets and scripts that a page builds ({@code @{/css/...}})
 * into their content-hashed URLs of {@link StaticResources}. Only those two folders are
 * looked up, each path once per run; every other link of a page passes untouched.
 */
@Component
class StaticResourceUrls extends OncePerRequestFilter {

	private final ResourceUrlProvider resources;

	private final Map<String, String> versioned = new ConcurrentHashMap<>();

	StaticResourceUrls(ResourceUrlProvider resources) {
		this.resources = resources;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String context = request.getContextPath();
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public String encodeURL(String url) {
				return super.encodeURL(versioned(context, url));
			}

		});
	}

	private String versioned(String context, String url) {
		if (!url.startsWith(context)) {
			return url;
		}
		String path = url.substring(context.length());
		if (!isStatic(path) || path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
			return url;
		}
		return context + this.versioned.computeIfAbsent(path, this::lookUp);
	}

	private String lookUp(String path) {
		String found = this.resources.getForLookupPath(path);
		return (found != null) ? found : path;
	}

	private static boolean isStatic(String path) {
		for (String folder : StaticResources.FOLDERS) {
			if (path.startsWith("/" + folder + "/")) {
				return true;
			}
		}
		return false;
	}

}
