package org.demarc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A syntax error's column counts characters as an editor does, not bytes or UTF-16 units. */
class SafeJsonColumnTest {
    private static String where(String json) {
        InvalidFileException e = catchThrowableOfType(InvalidFileException.class,
                () -> SafeJson.parse(json.getBytes(StandardCharsets.UTF_8)));
        return e.problems().get(0).location();
    }

    @Test
    void columnsCountCharacters() {
        // Where Jackson puts an error in ASCII text (just after the stray x) ...
        String ascii = where("{\"title\": \"ab\" x}");
        assertThat(ascii).isEqualTo("line 1, column 16");
        // ... is the same column with accents (2 bytes each) and an emoji (4 bytes, 2 UTF-16 units).
        assertThat(where("{\"title\": \"äö\" x}")).isEqualTo(ascii);
        assertThat(where("{\"title\": \"😀b\" x}")).isEqualTo(ascii);
        assertThat(where("{\n  \"t\": \"€€€\" x}")).isEqualTo(where("{\n  \"t\": \"abc\" x}"));
    }
}
