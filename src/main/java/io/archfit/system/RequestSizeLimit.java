package io.archfit.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above {@code archfit.max-request-bytes}
 * ({@link RequestBodySettings}) with 413, whether they announce their length or stream it
 * in chunks. Workspace archives being imported may be as large as
 * {@code archfit.workspace-archive.max-size}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long requestLimit;

	private final long archiveLimit;

	RequestSizeLimit(RequestBodySettings settings, WorkspaceArchiveSettings archives) {
		this.requestLimit = settings.maxRequestBytes();
		this.archiveLimit = Math.max(this.requestLimit, archives.maxSize().toBytes());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = isArchiveImport(request) ? this.archiveLimit : this.requestLimit;
		if (request.getContentLengthLong() > limit) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		try {
			chain.doFilter(new Limited(request, limit), response);
		}
		catch (ServletException | RuntimeException ex) {
			if (causedByLimit(ex) && !response.isCommitted()) {
				response.resetBuffer();
				response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
				return;
			}
			throw ex;
		}
	}

	private static boolean isArchiveImport(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return "POST".equals(request.getMethod())
				&& (path.equals("/workspaces/import") || path.equals("/api/v1/workspaces/import"));
	}

	private static boolean causedByLimit(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TooLarge) {
				return true;
			}
		}
		return false;
	}

	/** Thrown while reading a body past the limit. */
	static final class TooLarge extends IOException {

		TooLarge() {
			super("request body too large");
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				ServletInputStream delegate = super.getInputStream();
				this.stream = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int b = delegate.read();
						if (b >= 0) {
							count(1);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = delegate.read(buffer, offset, length);
						if (n > 0) {
							count(n);
						}
						return n;
					}

					private void count(int n) throws TooLarge {
						this.read += n;
						if (this.read > Limited.this.limit) {
							throw new TooLarge();
						}
					}

					@Override
					public boolean isFinished() {
						return delegate.isFinished();
					}

					@Override
					public boolean isReady() {
						return delegate.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						delegate.setReadListener(listener);
					}

				};
			}
			return this.stream;
		}

	}

}
