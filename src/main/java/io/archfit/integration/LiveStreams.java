package io.archfit.integration;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The event streams of the reports open on this instance. Every poll interval, while any
 * is open, one query reads what changed lately in {@code live_activity} (whichever
 * instance made the change) and each stream of a changed assessment gets a {@code change}
 * event; an idle stream gets a comment now and then, so that proxies keep it open and a
 * closed one is noticed. At most {@code archfit.live.max-streams} are open at once; each
 * ends after {@code archfit.live.stream-duration} (the browser opens a new one), and all
 * end when the instance shuts down.
 */
@Component
public class LiveStreams implements SchedulingConfigurer, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

	/** How often an idle stream gets a comment. */
	static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

	/** The browser's wait before it opens a stream again. */
	static final long RECONNECT_MILLIS = 3000;

	private final Map<Long, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

	private final Map<Long, Long> seen = new ConcurrentHashMap<>();

	private final AtomicInteger open = new AtomicInteger();

	private final LiveActivity activity;

	private final LiveSettings settings;

	private volatile boolean running;

	private long lastKeepAlive = System.nanoTime();

	private boolean failing;

	LiveStreams(LiveActivity activity, LiveSettings settings) {
		this.activity = activity;
		this.settings = settings;
	}

	/**
	 * A new stream for an assessment's report, or null when this instance has as many
	 * open as it takes.
	 */
	public SseEmitter open(long assessmentId) {
		if (!this.running || this.open.incrementAndGet() > this.settings.maxStreams()) {
			this.open.decrementAndGet();
			return null;
		}
		if (this.streams.isEmpty()) {
			remember(this.activity.recent());
		}
		SseEmitter emitter = new SseEmitter(this.settings.streamDuration().toMillis());
		Set<SseEmitter> forAssessment = this.streams.computeIfAbsent(assessmentId,
				(id) -> ConcurrentHashMap.newKeySet());
		forAssessment.add(emitter);
		Runnable close = () -> {
			if (forAssessment.remove(emitter)) {
				this.open.decrementAndGet();
			}
			this.streams.computeIfPresent(assessmentId, (id, set) -> set.isEmpty() ? null : set);
		};
		emitter.onCompletion(close);
		emitter.onTimeout(() -> {
			close.run();
			emitter.complete();
		});
		emitter.onError((ex) -> close.run());
		try {
			emitter.send(SseEmitter.event().reconnectTime(RECONNECT_MILLIS).comment("open"));
		}
		catch (IOException ex) {
			close.run();
		}
		return emitter;
	}

	/** Streams open on this instance. */
	public int openStreams() {
		return this.open.get();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::poll, this.settings.pollInterval());
	}

	/** Tells the streams of changed assessments; keeps idle ones alive. */
	void poll() {
		if (this.streams.isEmpty()) {
			return;
		}
		Map<Long, String> changed = new LinkedHashMap<>();
		try {
			for (LiveActivity.Change change : this.activity.recent()) {
				if (this.seen.putIfAbsent(change.id(), System.nanoTime()) == null) {
					changed.put(change.assessmentId(), change.kind());
				}
			}
			this.failing = false;
		}
		catch (RuntimeException ex) {
			if (!this.failing) {
				log.warn("Live reports wait: could not read recent changes ({})", ex.getClass().getSimpleName());
				this.failing = true;
			}
			return;
		}
		long forgetBefore = System.nanoTime() - Duration.ofSeconds(LiveActivity.WINDOW_SECONDS * 2L).toNanos();
		this.seen.values().removeIf((at) -> at < forgetBefore);
		changed.forEach((assessment, kind) -> send(assessment, SseEmitter.event().name("change").data(kind)));
		if (System.nanoTime() - this.lastKeepAlive > KEEP_ALIVE.toNanos()) {
			this.lastKeepAlive = System.nanoTime();
			this.streams.keySet().forEach((assessment) -> send(assessment, SseEmitter.event().comment("still here")));
		}
	}

	private void remember(Iterable<LiveActivity.Change> changes) {
		changes.forEach((change) -> this.seen.putIfAbsent(change.id(), System.nanoTime()));
	}

	private void send(long assessmentId, SseEmitter.SseEventBuilder event) {
		for (SseEmitter emitter : this.streams.getOrDefault(assessmentId, Set.of())) {
			try {
				emitter.send(event);
			}
			catch (IOException | IllegalStateException ex) {
				emitter.completeWithError(ex);
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	/** Ends every stream, so that a graceful shutdown does not wait for them. */
	@Override
	public void stop() {
		this.running = false;
		this.streams.values().forEach((set) -> set.forEach(SseEmitter::complete));
		this.streams.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
