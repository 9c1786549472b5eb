package org.demarc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Help → About shows the licences the program ships, the same text as the repository's NOTICE. */
class AboutTest {
    @Test
    void theShippedNoticeIsTheRepositorysNotice() throws Exception {
        try (var in = AboutTest.class.getResourceAsStream("/org/demarc/NOTICE")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(Path.of("NOTICE"))).contains("ControlsFX").contains("BSD-3-Clause");
        }
    }
}
