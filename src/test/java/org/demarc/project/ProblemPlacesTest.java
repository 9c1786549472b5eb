package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.junit.jupiter.api.Test;

/** A problem points at the entry as it is written in the file, not where sorting put it. */
class ProblemPlacesTest {
    @Test
    void anUnknownServiceInTheScopeOrInAnExceptionIsNamedByItsPlaceInTheFile() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(Samples.webshopBytes());
        ArrayNode scope = (ArrayNode) root.get("scope");
        // Sorted, "aws.zzz" would come last; in the file it is first.
        scope.insert(0, "aws.zzz");
        String control = root.get("answers").fieldNames().next();
        ArrayNode exceptions = ((ObjectNode) root.get("answers").get(control)).putArray("exceptions");
        exceptions.addObject().put("service", "aws.zzz").put("status", "PARTIAL").put("note", "");
        exceptions.addObject().put("service", "aws.ec2").put("status", "PARTIAL").put("note", "");
        byte[] bytes = mapper.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);

        InvalidFileException e = catchThrowableOfType(InvalidFileException.class, () -> new ProjectReader().read(bytes));
        assertThat(e.problems()).filteredOn(p -> p.text().contains("aws.zzz")).extracting(Problem::location)
                .containsExactly("/scope/0", "/answers/" + control + "/exceptions/0/service");
    }
}
