package org.demarc.ui.wizard.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;

import org.demarc.model.AnswerStatus;
import org.junit.jupiter.api.Test;

/** Every status, and "not answered yet", has a shape and a colour of its own. */
class StatusIconsTest {
    @Test
    void eachStatusHasItsOwnShapeAndColour() {
        var statuses = Stream.concat(Stream.of((AnswerStatus) null), Arrays.stream(AnswerStatus.values())).toList();
        assertThat(statuses.stream().map(StatusIcons::shape).distinct()).hasSize(statuses.size());
        assertThat(statuses.stream().map(StatusIcons::styleClass).distinct()).hasSize(statuses.size());
    }

    @Test
    void everyColourIsInTheStylesheet() throws Exception {
        String css = new String(StatusIconsTest.class.getResourceAsStream("/org/demarc/ui/demarc.css").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Stream.concat(Stream.of((AnswerStatus) null), Arrays.stream(AnswerStatus.values()))
                .forEach(s -> assertThat(css).contains(".demarc-icon." + StatusIcons.styleClass(s) + " "));
    }
}
