package io.archfit.integration.web;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.integration.LiveStreams;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The event stream of a report, under its view link ({@code text/event-stream}): a
 * {@code change} event whenever a comment, a vote or a decision was saved on any
 * instance. The report's script then fetches the report again and puts the new parts in
 * place. Too many open streams on this instance: 503 with {@code Retry-After}.
 */
@Controller
class LiveController {

	private final Assessments assessments;

	private final LiveStreams streams;

	LiveController(Assessments assessments, LiveStreams streams) {
		this.assessments = assessments;
		this.streams = streams;
	}

	@GetMapping("/a/{viewKey}/events")
	ResponseEntity<SseEmitter> events(@PathVariable String viewKey) {
		Assessment assessment = this.assessments.byViewKey(viewKey);
		SseEmitter emitter = this.streams.open(assessment.id());
		if (emitter == null) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_EVENT_STREAM)
			.cacheControl(CacheControl.noStore())
			.header("X-Accel-Buffering", "no")
			.body(emitter);
	}

}
