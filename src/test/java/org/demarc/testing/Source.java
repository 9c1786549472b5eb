package org.demarc.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Where generators get their randomness: every choice is a number, recorded as it is drawn. A
 * failing input is shrunk by replaying a shorter or smaller list of choices through the same
 * generator (deleting a chunk removes a list element; a smaller number is a simpler value), so
 * any generator built from {@link Gen} shrinks without writing a shrinker for it.
 */
public final class Source {
    private final Random random;
    private final long[] replay;
    private int position;
    private final List<Long> drawn = new ArrayList<>();

    private Source(Random random, long[] replay) {
        this.random = random;
        this.replay = replay;
    }

    static Source random(long seed) {
        return new Source(new Random(seed), null);
    }

    /** Replays recorded choices; past their end every choice is 0, the simplest. */
    static Source replay(long[] choices) {
        return new Source(null, choices);
    }

    /**
     * A number in [0, bound), bound read as unsigned; a bound of 0 means any 64 bits. 0 is the
     * simplest choice, and generators map it to their simplest value.
     */
    public long draw(long bound) {
        long value;
        if (replay != null) {
            long v = position < replay.length ? replay[position] : 0;
            position++;
            value = bound == 0 || Long.compareUnsigned(v, bound) < 0 ? v : Long.remainderUnsigned(v, bound);
        } else if (bound == 0) {
            value = random.nextLong();
        } else if (bound > 0) {
            value = random.nextLong(bound);
        } else {
            do {
                value = random.nextLong();
            } while (Long.compareUnsigned(value, bound) >= 0);
        }
        drawn.add(value);
        return value;
    }

    long[] drawn() {
        return drawn.stream().mapToLong(Long::longValue).toArray();
    }

    /** Thrown by a generator that cannot make a value from these choices (a filter kept failing). */
    static final class Unsatisfiable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsatisfiable(String message) {
            super(message, null, false, false);
        }
    }
}
