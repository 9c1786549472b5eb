package org.demarc.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of test values from a {@link Source}. Each generator maps the choice 0 to its
 * simplest value (the minimum, the first option, the empty list, {@code null} where nulls are
 * injected), which is what shrinking moves towards.
 */
@FunctionalInterface
public interface Gen<T> {
    T next(Source source);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return s -> f.apply(next(s));
    }

    default <R> Gen<R> flatMap(Function<? super T, Gen<R>> f) {
        return s -> f.apply(next(s)).next(s);
    }

    /** Retries with fresh choices; gives up (the input is discarded, not failed) after 100 misses. */
    default Gen<T> filter(Predicate<? super T> keep) {
        return s -> {
            for (int i = 0; i < 100; i++) {
                T value = next(s);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new Source.Unsatisfiable("filter rejected 100 values in a row");
        };
    }

    /** {@code null} with the given probability. */
    default Gen<T> orNull(double probability) {
        long cut = Math.round(probability * 1000);
        return s -> s.draw(1000) < cut ? null : next(s);
    }

    /**
     * A list of min to max elements, its length uniform over that range. Before each element past
     * the minimum a choice says whether to go on (0 stops), so shrinking can drop any element.
     */
    default Gen<List<T>> list(int min, int max) {
        return s -> {
            List<T> out = new ArrayList<>();
            while (out.size() < max && (out.size() < min || s.draw(max - out.size() + 1) != 0)) {
                out.add(next(s));
            }
            return out;
        };
    }

    default Gen<List<T>> list(int max) {
        return list(0, max);
    }

    // ------------------------------------------------------------------ basic generators

    static Gen<Integer> ints(int min, int max) {
        return longs(min, max).map(Long::intValue);
    }

    /** Any int; edge cases (0, ±1, the extremes) come up about one time in sixteen. */
    static Gen<Integer> anyInt() {
        return ints(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    static Gen<Long> anyLong() {
        return longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** Uniform over [min, max], with edge cases mixed in; shrinks towards 0 when 0 is in range, else towards min. */
    static Gen<Long> longs(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        long[] edges = Arrays.stream(new long[] {min, max, 0, 1, -1}).filter(e -> e >= min && e <= max).distinct()
                .toArray();
        return s -> {
            if (s.draw(16) == 15) {
                return edges[(int) s.draw(edges.length)];
            }
            long width = max - min + 1; // unsigned; 0 when the range is all 64 bits
            long d = s.draw(width);
            return fromSimplest(d, min, max);
        };
    }

    /** Maps the d-th simplest value to [min, max]: 0, -1, 1, -2, 2… around 0 when 0 is in range, else min, min+1… */
    private static long fromSimplest(long d, long min, long max) {
        if (min > 0 || max < 0) {
            return min + d;
        }
        // Room below and above 0, as unsigned counts.
        long below = -min;
        long above = max;
        long pairs = Long.compareUnsigned(below, above) < 0 ? below : above;
        if (pairs == Long.MIN_VALUE || Long.compareUnsigned(d >>> 1, pairs) < 0
                || (d >>> 1) == pairs && (d & 1) == 0) {
            // Zig-zag: 0, -1, 1, -2, 2, …
            return (d >>> 1) ^ -(d & 1);
        }
        long rest = d - 2 * pairs;
        return Long.compareUnsigned(above, below) > 0 ? pairs + rest : -pairs - rest;
    }

    /** A float in [min, max] with two decimals. */
    static Gen<Float> floats(float min, float max) {
        long steps = Math.round((max - min) * 100);
        return s -> Math.min(max, min + s.draw(steps + 1) / 100f);
    }

    static Gen<Boolean> booleans() {
        return s -> s.draw(2) == 1;
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Gen<T> of(List<T> values) {
        List<T> copy = List.copyOf(values);
        return s -> copy.get((int) s.draw(copy.size()));
    }

    static <E extends Enum<E>> Gen<E> of(Class<E> type) {
        return of(type.getEnumConstants());
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return s -> gens[(int) s.draw(gens.length)].next(s);
    }

    /** Any subset, in the given order; each element is in with probability one half. */
    static <T> Gen<List<T>> subsetOf(List<T> values) {
        List<T> copy = List.copyOf(values);
        return s -> {
            List<T> out = new ArrayList<>();
            for (T v : copy) {
                if (s.draw(2) == 1) {
                    out.add(v);
                }
            }
            return out;
        };
    }

    /**
     * Any UTF-16 code unit: lone surrogates, controls, private use and noncharacters included. A
     * quarter are printable ASCII (the simplest is {@code 'a'}), the rest spread over C0/C1
     * controls, surrogates and the whole range.
     */
    static Gen<Character> chars() {
        return s -> switch ((int) s.draw(4)) {
            case 0 -> (char) (0x20 + (s.draw(95) + 65) % 95);
            case 1 -> (char) (s.draw(2) == 0 ? s.draw(0x20) : 0x7F + s.draw(0x21));
            case 2 -> (char) (0xD800 + s.draw(0x800));
            default -> (char) s.draw(0x10000);
        };
    }

    /** Any UTF-16 string of min to max units. */
    static Gen<String> strings(int min, int max) {
        return chars().list(min, max).map(Gen::join);
    }

    /** Exactly length characters from the given ones. */
    static Gen<String> strings(String alphabet, int length) {
        return s -> {
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt((int) s.draw(alphabet.length())));
            }
            return b.toString();
        };
    }

    private static String join(List<Character> chars) {
        StringBuilder b = new StringBuilder(chars.size());
        chars.forEach(b::append);
        return b.toString();
    }
}
