package org.safercommunities.imports;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server-sent events for the progress bar: a "progress" event twice a second while an import is queued or
 * running, then one "done" event, and the stream ends.
 */
@Component
class ProgressStreams {

	static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;

	private final ImportProgress progress;

	private final ImportLog log;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "police-import-progress");
		thread.setDaemon(true);
		return thread;
	});

	ProgressStreams(ImportProgress progress, ImportLog log) {
		this.progress = progress;
		this.log = log;
	}

	SseEmitter stream(long id) {
		SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
		AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
		Runnable stop = () -> {
			ScheduledFuture<?> future = task.get();
			if (future != null) {
				future.cancel(false);
			}
		};
		emitter.onCompletion(stop);
		emitter.onTimeout(stop);
		emitter.onError(error -> stop.run());
		task.set(scheduler.scheduleAtFixedRate(() -> send(id, emitter, stop), 0, 500, TimeUnit.MILLISECONDS));
		return emitter;
	}

	private void send(long id, SseEmitter emitter, Runnable stop) {
		try {
			var live = progress.find(id);
			if (live.isPresent()) {
				emitter.send(SseEmitter.event().name("progress").data(json(live.get().status(), live.get().percent(),
						live.get().rowsRead(), live.get().imported(), live.get().rejected())));
				return;
			}
			var logged = log.find(id);
			if (logged.isEmpty() || logged.get().status().finished() || !progress.active(id)) {
				PoliceImport done = logged.orElse(null);
				emitter.send(SseEmitter.event().name("done").data(done == null ? "{}" : json(done.status(), 100,
						done.rowsRead(), done.rowsImported(), done.rowsRejected())));
				stop.run();
				emitter.complete();
			}
		}
		catch (IOException | RuntimeException ex) {
			stop.run();
			emitter.completeWithError(ex);
		}
	}

	private static String json(ImportStatus status, int percent, int rowsRead, int imported, int rejected) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.name());
		body.put("percent", percent);
		body.put("rowsRead", rowsRead);
		body.put("imported", imported);
		body.put("rejected", rejected);
		return JsonMapper.shared().writeValueAsString(body);
	}

	@PreDestroy
	void stop() {
		scheduler.shutdownNow();
	}

}
