package org.demarc.cli;

import java.util.List;

import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.report.DomainChoice;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --domains identity,LOG}: domain ids or names as typed, checked against the project's catalog. */
final class DomainOption {
    private DomainOption() {
    }

    /** The catalog's ids of the domains typed, in catalog order; a name that matches none is a usage error. */
    static List<String> resolve(CommandSpec spec, Assessment a, List<String> typed) {
        DomainChoice.Result r = DomainChoice.resolve(a.catalog(), typed);
        if (!r.unknown().isEmpty() || r.ids().isEmpty()) {
            String unknown = String.join(", ", r.unknown().stream().map(u -> "'" + FileLoading.shown(u) + "'").toList());
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.domains.unknown",
                    unknown.isEmpty() ? "''" : unknown, DomainChoice.known(a.catalog())));
        }
        return r.ids();
    }
}
