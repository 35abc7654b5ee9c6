package hyperplane.e2e.pages;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Waiting for the page to show something. The page draws and updates from requestAnimationFrame, so what a click,
 * a key or a new link changes shows one or more frames later: every read that follows an action waits here for
 * the state it expects, and never sleeps a fixed time.
 *
 * <p>Two kinds of wait. {@link #until}, {@link #untilEquals} and {@link #untilChanged} return what the page shows
 * once the expected state is there, or what it shows when the time is up, so that the test asserts on it and a
 * failure names what the page showed.
 * {@link #require} is for a state the test needs before it goes on, not one it checks; it throws when the time
 * is up.
 */
public final class Wait {
    /** Long enough for a page on a loaded machine, where a frame can come seconds late. */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(50);

    private Wait() {
    }

    /**
     * Reads {@code read} until {@code condition} accepts the value and returns that value; after {@link #TIMEOUT},
     * returns a last reading, for the caller to assert on. A read that throws (the element not there yet or
     * replaced, a text not yet a number) counts as "not yet"; after the time is up the last read's exception
     * propagates.
     */
    public static <T> T until(Supplier<T> read, Predicate<? super T> condition) {
        return until(read, condition, TIMEOUT);
    }

    /** {@link #until(Supplier, Predicate)} with another timeout. */
    public static <T> T until(Supplier<T> read, Predicate<? super T> condition, Duration timeout) {
        try {
            return new FluentWait<>(read).withTimeout(timeout).pollingEvery(POLL).ignoring(RuntimeException.class)
                    .until(r -> {
                        T value = r.get();
                        return condition.test(value) ? Optional.ofNullable(value) : null;
                    })
                    .orElse(null);
        } catch (TimeoutException e) {
            return read.get();
        }
    }

    /** Reads {@code read} until it equals {@code expected}; returns a last reading after {@link #TIMEOUT}. */
    public static <T> T untilEquals(Supplier<T> read, T expected) {
        return until(read, value -> Objects.equals(value, expected));
    }

    /** Reads {@code read} until it differs from {@code before}; returns a last reading after {@link #TIMEOUT}. */
    public static <T> T untilChanged(Supplier<T> read, T before) {
        return until(read, value -> !Objects.equals(value, before));
    }

    /**
     * Waits until {@code condition} holds, or throws a TimeoutException naming {@code what} after
     * {@link #TIMEOUT}. Reads that throw count as "not yet".
     */
    public static void require(BooleanSupplier condition, String what) {
        require(condition, what, TIMEOUT);
    }

    /** {@link #require(BooleanSupplier, String)} with another timeout. */
    public static void require(BooleanSupplier condition, String what, Duration timeout) {
        new FluentWait<>(condition).withTimeout(timeout).pollingEvery(POLL).ignoring(RuntimeException.class)
                .withMessage(what).until(c -> c.getAsBoolean() ? Boolean.TRUE : null);
    }
}
