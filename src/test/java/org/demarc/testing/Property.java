package org.demarc.testing;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Seeded property checks on plain JUnit 5 tests. Tries are derived from a fixed base seed and the
 * property's name, so every run checks the same inputs; a failure reports the try's own seed
 * (replay just that input with {@code -Ddemarc.property.seed=SEED}) and the smallest failing input
 * found by shrinking. Nothing is printed while properties pass.
 */
public final class Property {
    /** Fixed, so CI and a laptop check the same inputs; {@code -Ddemarc.property.base=N} explores others. */
    public static final long BASE_SEED = Long.getLong("demarc.property.base", 0x5EED_DE3A_2C00_0011L);
    private static final int SHRINK_RUNS = 20_000;
    private static final long SHRINK_NANOS = 60_000_000_000L;

    private final String name;
    private final int tries;
    private final long baseSeed;
    private final Long replaySeed;

    private Property(String name, int tries, long baseSeed, Long replaySeed) {
        this.name = name;
        this.tries = tries;
        this.baseSeed = baseSeed;
        this.replaySeed = replaySeed;
    }

    /** A property named after the calling test method. */
    public static Property tries(int tries) {
        StackWalker.StackFrame caller = StackWalker.getInstance().walk(f -> f.skip(1).findFirst()).orElseThrow();
        return named(caller.getClassName() + "#" + caller.getMethodName(), tries);
    }

    public static Property named(String name, int tries) {
        return new Property(name, tries, BASE_SEED, Long.getLong("demarc.property.seed"));
    }

    /** The same property with another base seed (for testing this class). */
    Property withBaseSeed(long seed) {
        return new Property(name, tries, seed, replaySeed);
    }

    /** The same property checking only the input of one reported seed. */
    Property replaying(long seed) {
        return new Property(name, tries, baseSeed, seed);
    }

    /** The seed of try {@code i}: base seed and name mixed, so two properties never share inputs. */
    long seedOf(int i) {
        return mix(baseSeed ^ mix(name.hashCode()) ^ mix(i + 1L));
    }

    /** Checks the property on every try; returns the number of inputs checked. */
    public <T> int forAll(Gen<T> gen, Check<? super T> property) {
        if (replaySeed != null) {
            runTry(-1, replaySeed, gen, property);
            return 1;
        }
        for (int i = 0; i < tries; i++) {
            runTry(i, seedOf(i), gen, property);
        }
        return tries;
    }

    public <A, B> int forAll(Gen<A> a, Gen<B> b, Check2<? super A, ? super B> property) {
        return forAll(s -> new Pair<>(a.next(s), b.next(s)), p -> property.check(p.first(), p.second()));
    }

    private <T> void runTry(int i, long seed, Gen<T> gen, Check<? super T> property) {
        Source source = Source.random(seed);
        T value = gen.next(source);
        Throwable failure = outcome(property, value);
        if (failure == null) {
            return;
        }
        Shrunk<T> shrunk = shrink(source.drawn(), gen, property, failure.getClass());
        T smallest = shrunk == null ? value : shrunk.value();
        Throwable cause = shrunk == null ? failure : shrunk.failure();
        String where = i < 0 ? "replayed" : "try " + (i + 1) + " of " + tries;
        throw new PropertyFailure(String.format(
                "property %s failed (%s) with seed %d (replay: -Ddemarc.property.seed=%d)%n"
                        + "  smallest failing input (%d shrinking steps): %s%n  first failing input: %s%n  because: %s",
                name, where, seed, seed, shrunk == null ? 0 : shrunk.steps(), describe(smallest), describe(value),
                cause), cause, seed, smallest, value);
    }

    private static <T> Throwable outcome(Check<? super T> property, T value) {
        try {
            property.check(value);
            return null;
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError e && !(t instanceof StackOverflowError)) {
                throw e;
            }
            return t;
        }
    }

    private record Shrunk<T>(T value, Throwable failure, int steps) {
    }

    private record Pair<A, B>(A first, B second) {
        @Override
        public String toString() {
            return "(" + describe(first) + ", " + describe(second) + ")";
        }
    }

    /**
     * Greedy shrinking on the recorded choices: delete chunks, zero chunks, lower single choices
     * (binary search). A candidate is kept when the property still fails the same way and its
     * choices are smaller (shorter, or as long and lexicographically smaller), so it terminates.
     */
    private <T> Shrunk<T> shrink(long[] start, Gen<T> gen, Check<? super T> property,
                                 Class<? extends Throwable> kind) {
        long deadline = System.nanoTime() + SHRINK_NANOS;
        int[] runs = {0};
        AtomicReference<Shrunk<T>> best = new AtomicReference<>();
        long[][] choices = {start};
        Predicate<long[]> tryCandidate = candidate -> {
            if (runs[0] >= SHRINK_RUNS || System.nanoTime() > deadline) {
                return false;
            }
            runs[0]++;
            Source replay = Source.replay(candidate);
            T value;
            try {
                value = gen.next(replay);
            } catch (RuntimeException e) {
                return false; // not a valid input for this generator
            }
            long[] used = replay.drawn();
            if (compare(used, choices[0]) >= 0) {
                return false;
            }
            Throwable t = outcome(property, value);
            if (t == null || t.getClass() != kind) {
                return false;
            }
            choices[0] = used;
            best.set(new Shrunk<>(value, t, best.get() == null ? 1 : best.get().steps() + 1));
            return true;
        };
        boolean improved = true;
        while (improved && runs[0] < SHRINK_RUNS && System.nanoTime() < deadline) {
            improved = false;
            for (int size : chunkSizes(choices[0].length)) {
                int step = size > 8 ? size / 2 : 1;
                for (int at = choices[0].length - size; at >= 0; at -= step) {
                    if (at + size <= choices[0].length && tryCandidate.test(without(choices[0], at, size))) {
                        improved = true;
                    }
                }
            }
            for (int size : chunkSizes(choices[0].length)) {
                int step = size > 8 ? size / 2 : 1;
                for (int at = 0; at + size <= choices[0].length; at += step) {
                    if (tryCandidate.test(zeroed(choices[0], at, size))) {
                        improved = true;
                    }
                }
            }
            for (int at = 0; at < choices[0].length; at++) {
                improved |= lower(choices, at, tryCandidate);
            }
        }
        return best.get();
    }

    /** Halves of the length down to 16, then 8, 7, … 1: big cuts first, then single elements and characters. */
    private static int[] chunkSizes(int length) {
        java.util.List<Integer> sizes = new java.util.ArrayList<>();
        for (int size = Integer.highestOneBit(Math.max(1, length / 2)); size > 8; size /= 2) {
            sizes.add(size);
        }
        for (int size = 8; size >= 1; size--) {
            sizes.add(size);
        }
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Binary search for the smallest value of one choice that still fails (unsigned). */
    private static boolean lower(long[][] choices, int at, Predicate<long[]> tryCandidate) {
        boolean improved = false;
        long lo = 0;
        long hi = choices[0][at];
        while (Long.compareUnsigned(lo, hi) < 0 && at < choices[0].length && choices[0][at] == hi) {
            long mid = lo + ((hi - lo) >>> 1);
            long[] candidate = choices[0].clone();
            candidate[at] = mid;
            if (tryCandidate.test(candidate)) {
                improved = true;
                if (at >= choices[0].length) {
                    break;
                }
                hi = choices[0][at];
            } else {
                lo = mid + 1;
            }
        }
        return improved;
    }

    private static long[] without(long[] c, int at, int size) {
        long[] out = new long[c.length - size];
        System.arraycopy(c, 0, out, 0, at);
        System.arraycopy(c, at + size, out, at, c.length - at - size);
        return out;
    }

    private static long[] zeroed(long[] c, int at, int size) {
        long[] out = c.clone();
        boolean changed = false;
        for (int i = at; i < at + size; i++) {
            changed |= out[i] != 0;
            out[i] = 0;
        }
        return changed ? out : c;
    }

    /** Shortlex order, choices unsigned. */
    static int compare(long[] a, long[] b) {
        if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
        }
        return Arrays.compareUnsigned(a, b);
    }

    /** A readable, bounded rendering: strings quoted with invisible characters escaped. */
    static String describe(Object value) {
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length() && b.length() < 4000; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                b.append("\\\\");
            } else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.isSurrogate(c) || c == 0x200E || c == 0x200F
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.length() < 4000 ? b.toString() : b + "… (" + text.length() + " characters)";
    }

    private static long mix(long z) {
        // SplitMix64 finaliser.
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @FunctionalInterface
    public interface Check<T> {
        void check(T value) throws Exception;
    }

    @FunctionalInterface
    public interface Check2<A, B> {
        void check(A a, B b) throws Exception;
    }

    /** A failed property: the seed to replay it and the smallest failing input. */
    public static final class PropertyFailure extends AssertionError {
        private static final long serialVersionUID = 1L;
        private final long seed;
        private final transient Object smallest;
        private final transient Object first;

        PropertyFailure(String message, Throwable cause, long seed, Object smallest, Object first) {
            super(message, cause);
            this.seed = seed;
            this.smallest = smallest;
            this.first = first;
        }

        public long seed() {
            return seed;
        }

        public Object smallest() {
            return smallest;
        }

        public Object first() {
            return first;
        }
    }
}
