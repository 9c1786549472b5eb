package org.demarc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every component bundled with the program (a compile-scope dependency) is named in NOTICE. */
class NoticeTest {
    @Test
    void noticeNamesEveryBundledComponent() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String notice = Files.readString(Path.of("NOTICE"));
        Matcher m = Pattern.compile("<dependency>\\s*(?:<!--.*?-->\\s*)?<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)"
                + "</artifactId>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
        List<String> missing = new ArrayList<>();
        int bundled = 0;
        while (m.find()) {
            if (m.group(3).contains("<scope>test</scope>")) {
                continue;
            }
            bundled++;
            String group = m.group(1);
            String artifact = m.group(2);
            String family = artifact.replaceAll("-.*", "");
            if (!notice.contains(group) || !notice.toLowerCase().contains(family.toLowerCase())) {
                missing.add(group + ":" + artifact);
            }
        }
        assertThat(bundled).isGreaterThan(5);
        assertThat(missing).isEmpty();
    }
}
