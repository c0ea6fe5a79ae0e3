package org.dlf.training;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one way a trainer widget trains live. {@link #play} trains until {@link #pause} (or the model halts, or
 * the run's units or time budget are spent) at a pace in units a second (epochs, samples or steps; 0 = as fast
 * as the server allows); {@link #step} trains a number of units and stops. Every run is a job on the shared
 * {@link TrainingExecutor}, never on a request thread, and shows its progress as frames pushed to the page on
 * a schedule of its own: evenly spaced, {@link #frameIntervalNanos} apart (10 a second for one learner, fewer
 * when many runs share the server).
 *
 * <p>The guards, in one place: a run is cancelled when the widget is detached (view left, session ended) or
 * its page cannot be reached; frames of a run from before {@link #reset} are dropped, and so is a frame older
 * than one already shown; the end of a run (finished, halted, paused, budget, failure, rejection) reaches the
 * page exactly once. Call every method with the session locked (a listener, or inside {@code ui.access});
 * the view is called the same way. (The methods also lock this object: uncontended on a page, and what
 * serialises them with the view in {@link #headless} use.)
 *
 * @param <F> a frame: what changed since the last frame, as the model describes it
 */
public final class LiveTraining<F> {

    /** Frames for one learner: 10 a second. */
    static final long MIN_FRAME_INTERVAL_NANOS = 100_000_000L;
    /** Frames at the most loaded: 4 a second. */
    static final long MAX_FRAME_INTERVAL_NANOS = 250_000_000L;
    /** What one running run adds to every run's frame interval (2 ms: 100 runs → 200 ms, 5 frames a second). */
    static final long FRAME_COST_NANOS = 2_000_000L;
    /** What one running run adds to the interval between detailed frames (100 runs → 1 s). */
    static final long DETAIL_COST_NANOS = 10_000_000L;
    /**
     * The most a run trains in the turn that makes a frame: a due turn goes ahead of every other run, so it is
     * kept short; flat-out training goes on in ordinary turns, with the cores' spare time.
     */
    static final long FRAME_TURN_TRAINING_NANOS = 500_000L;

    /**
     * What a live run trains. Called on an executor thread, one call at a time; the page reads the model at
     * the same time, so it guards its own state.
     */
    public interface Model<F> {

        /** Trains at most {@code units} units, returning soon after {@code deadlineNanos}; the units done. */
        long advance(long deadlineNanos, long units);

        /** True when the model cannot go on: converged, diverged, or it stopped itself with something to say. */
        boolean halted();

        /** What changed since the last frame (each frame takes what is new). */
        F frame();
    }

    /** The page's side; called with the session locked. */
    public interface View<F> {

        /** Shows a frame; {@code detailed} frames also redraw what is too large to send with every frame. */
        void show(F frame, boolean detailed);

        /** A run started ({@code true}) or ended or was paused ({@code false}). */
        void running(boolean running);

        /** A run ended by itself (not by {@link #pause}); {@code last}, its last frame, has been shown. */
        void ended(F last, End end);
    }

    /** Where a run's frames go: the page (through {@code ui.access}), or in tests a plain call. */
    @FunctionalInterface
    public interface Page {

        /** Runs {@code command} with the page locked, now or soon, in order; false when the page is gone. */
        boolean access(Runnable command);
    }

    /**
     * Why and where a run ended: {@code units} it trained, {@code limitReached} when that was all it was
     * allowed (a step done, a run's epochs spent).
     */
    public record End(StopReason reason, long units, boolean limitReached) {}

    private final TrainingExecutor executor;
    private final Model<F> model;
    private final View<F> view;
    private final Supplier<Page> pages;
    private Consumer<F> observer = f -> {};
    private final Object frameLock = new Object();
    /** Frames made so far, in the order they were made (guarded by frameLock). */
    private long framesMade;

    private Run current;
    private int generation;
    private long framesShown;

    /** Live training for a widget: frames go to the widget's page; detaching the widget cancels its run. */
    public LiveTraining(Component owner, TrainingExecutor executor, Model<F> model, View<F> view) {
        this(executor, model, view, () -> uiPage(UI.getCurrent()));
        owner.addDetachListener(e -> cancel());
    }

    private LiveTraining(TrainingExecutor executor, Model<F> model, View<F> view, Supplier<Page> pages) {
        this.executor = executor;
        this.model = model;
        this.view = view;
        this.pages = pages;
    }

    /**
     * Live training without a page, for tests and load harnesses: the view is called on the executor's
     * threads, one call at a time; call the methods from one thread at a time too.
     */
    public static <F> LiveTraining<F> headless(TrainingExecutor executor, Model<F> model, View<F> view) {
        Object[] self = new Object[1];
        LiveTraining<F> live = new LiveTraining<>(executor, model, view, () -> command -> {
            synchronized (self[0]) {
                command.run();
            }
            return true;
        });
        self[0] = live;
        return live;
    }

    private static Page uiPage(UI ui) {
        return command -> {
            try {
                ui.access(command::run);
                return true;
            } catch (UIDetachedException e) {
                return false;
            }
        };
    }

    /**
     * Called with every frame as it is made (on the thread that makes it, before it is pushed): for what must
     * know the model's progress but is not the page, e.g. the train-goal board.
     */
    public void observe(Consumer<F> frameObserver) {
        this.observer = frameObserver;
    }

    /** Trains until paused, at most {@code units} units, {@code unitsPerSecond} a second (0 = flat out). */
    public synchronized void play(double unitsPerSecond, long units) {
        start(units, unitsPerSecond);
    }

    /** Trains {@code units} units flat out and stops (Step). */
    public synchronized void step(long units) {
        start(units, 0);
    }

    private void start(long units, double unitsPerSecond) {
        if (current != null || units < 1) {
            return;
        }
        Run run = new Run(pages.get(), generation, units, unitsPerSecond);
        current = run;
        view.running(true);
        run.handle = executor.start(run, run::ended);
    }

    /** Stops the run; its last frame follows (pushed when its current slice is over). */
    public synchronized void pause() {
        if (current != null) {
            cancel();
            view.running(false);
        }
    }

    /** Stops the run, and drops every frame of it still on its way: the model starts again. */
    public synchronized void reset() {
        pause();
        generation++;
    }

    private synchronized void cancel() {
        Run run = current;
        if (run != null) {
            current = null; // first: its end, on another thread, must find it is no longer the current run
            run.handle.cancel();
        }
    }

    /** A new pace for the running run, from now on. */
    public synchronized void setPace(double unitsPerSecond) {
        if (current != null) {
            current.rate = unitsPerSecond;
        }
    }

    public synchronized boolean isRunning() {
        return current != null;
    }

    /** The time between two frames of a run while {@code running} runs share the executor. */
    static long frameIntervalNanos(int running) {
        return Math.clamp((long) running * FRAME_COST_NANOS, MIN_FRAME_INTERVAL_NANOS, MAX_FRAME_INTERVAL_NANOS);
    }

    /** The time between two detailed frames: every frame for one learner, once a second for a hundred. */
    static long detailIntervalNanos(int running) {
        return Math.max((long) running * DETAIL_COST_NANOS, frameIntervalNanos(running));
    }

    /** A frame with its place in the order frames were made. */
    private record Made<F>(F frame, long order) {}

    private Made<F> make() {
        Made<F> made;
        synchronized (frameLock) {
            made = new Made<>(model.frame(), ++framesMade);
        }
        observer.accept(made.frame());
        return made;
    }

    /** Shows a frame unless it is from before a reset or older than one shown already. */
    private void show(Run run, Made<F> made, boolean detailed) {
        if (run.generation == generation && made.order() > framesShown) {
            framesShown = made.order();
            view.show(made.frame(), detailed);
        }
    }

    /** One started run: the job, its pace and its frame schedule. */
    private final class Run implements TrainingJob {

        private final Page page;
        private final int generation;
        private final long limit;
        private final long started = System.nanoTime();
        volatile double rate;
        private volatile TrainingRun handle;
        /** The page could not be reached: the run ends at its next slice. */
        private volatile boolean unreachable;
        // the executor's thread only (one slice at a time):
        private long done;
        private double paceRate = -1;
        private long paceStart;
        private long paceDone;
        private long nextFrame = started;
        private long nextDetail = started;
        private boolean dirty;

        Run(Page page, int generation, long limit, double rate) {
            this.page = page;
            this.generation = generation;
            this.limit = limit;
            this.rate = rate;
        }

        @Override
        public Next runSlice(long deadlineNanos) {
            if (unreachable) {
                return Next.DONE;
            }
            long now = System.nanoTime();
            double r = rate;
            if (r != paceRate || (r > 0 && due(now) - done > Math.max(1, r))) {
                // a new pace, or more than a second behind it: count from here (no burst to catch up)
                paceRate = r;
                paceStart = now;
                paceDone = done;
            }
            long allowed = r > 0 ? Math.min(limit - done, due(now) - done) : limit - done;
            long trainUntil =
                    now >= nextFrame ? Math.min(deadlineNanos, now + FRAME_TURN_TRAINING_NANOS) : deadlineNanos;
            if (r > 0) {
                // paced: one unit at a time, so that a Pause during a catch-up lets at most the unit in hand finish
                boolean first = true;
                while (allowed > 0 && !model.halted() && !cancelled() && (first || System.nanoTime() < trainUntil)) {
                    first = false;
                    long d = model.advance(trainUntil, 1);
                    if (d == 0) {
                        break;
                    }
                    done += d;
                    allowed -= d;
                    dirty = true;
                }
            } else if (allowed > 0 && !model.halted()) {
                long d = model.advance(trainUntil, allowed);
                done += d;
                dirty |= d > 0;
            }
            if (done >= limit || model.halted()) {
                return Next.DONE; // the last frame goes with the end
            }
            now = System.nanoTime();
            long interval = frameIntervalNanos(executor.runningCount());
            if (now >= nextFrame) {
                if (dirty) {
                    boolean detailed = now >= nextDetail;
                    if (detailed) {
                        // half a frame early: with frames on time, every frame is detailed for one learner
                        nextDetail = now + detailIntervalNanos(executor.runningCount()) - interval / 2;
                    }
                    push(make(), detailed);
                    dirty = false;
                }
                // keep to the schedule; after a late frame the next one is no sooner than half an interval
                nextFrame = Math.max(nextFrame + interval, now + interval / 2);
            }
            if (r <= 0 || due(now) > done) {
                return Next.continueBy(nextFrame);
            }
            long nextUnit = paceStart + (long) Math.ceil((done - paceDone) * 1e9 / r);
            // slower than the frames: wake for each unit (its frame follows at once); faster: at each frame
            return Next.waitUntil(r * interval >= 1e9 ? Math.max(nextUnit, nextFrame) : nextUnit);
        }

        private boolean cancelled() {
            TrainingRun h = handle; // null only before the executor's start has returned
            return h != null && h.isCancelled();
        }

        /** Units the pace allows by {@code now}: the first at once, then one every 1/rate seconds. */
        private long due(long now) {
            return paceDone + 1 + (long) ((now - paceStart) * paceRate / 1e9);
        }

        private void push(Made<F> made, boolean detailed) {
            if (!page.access(() -> show(this, made, detailed))) {
                unreachable = true;
            }
        }

        /** The executor's stop callback: the last frame, then the end, unless the page has moved on. */
        void ended(StopReason reason) {
            Made<F> last = make();
            End end = new End(reason, done, done >= limit);
            page.access(() -> {
                show(this, last, true);
                if (current == this) {
                    current = null;
                    view.running(false);
                    view.ended(last.frame(), end);
                }
            }); // false: the page is gone, nothing to show
        }
    }
}
