package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key store's password from a file as editors write it. */
class PasswordFileTest {
    @TempDir
    Path dir;

    @Test
    void aFileFromNotepadWithByteOrderMarkAndCrLfGivesThePasswordAlone() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] line = "pässwörd 1\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + line.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(line, 0, bytes, bom.length, line.length);
        Path file = Files.write(dir.resolve("password.txt"), bytes);
        assertThat(new String(PasswordFile.read(file))).isEqualTo("pässwörd 1");
    }

    @Test
    void plainLinesStillWork() throws Exception {
        assertThat(new String(PasswordFile.read(Files.writeString(dir.resolve("a"), "secret\n")))).isEqualTo("secret");
        assertThat(new String(PasswordFile.read(Files.writeString(dir.resolve("b"), "secret")))).isEqualTo("secret");
    }
}
