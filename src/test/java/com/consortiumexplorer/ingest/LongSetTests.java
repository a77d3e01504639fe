package com.consortiumexplorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSetTests {

    @Test
    void addsEachValueOnceThroughManyResizes() {
        EmbeddedGraphWriter.LongSet set = new EmbeddedGraphWriter.LongSet();
        Set<Long> reference = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // Few distinct values, so that about half the additions repeat one; zero is an ordinary value too.
            long value = i % 1000 == 0 ? 0 : random.nextLong(150_000) << 20;
            assertThat(set.add(value)).as("value %d", value).isEqualTo(reference.add(value));
        }
        set.clear();
        assertThat(set.add(0)).isTrue();
        assertThat(set.add(0)).isFalse();
    }
}
