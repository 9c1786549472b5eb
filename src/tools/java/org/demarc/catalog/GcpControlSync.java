package org.demarc.catalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.demarc.io.JsonOut;
import org.demarc.model.Catalog;
import org.demarc.model.Category;
import org.demarc.model.Control;
import org.demarc.model.ControlClass;
import org.demarc.model.Responsibility;

/**
 * Copies the provider-neutral fields of the controls (title, domain, class, weight, framework
 * mappings) from aws.json into gcp.json, keeping the Google Cloud wording, defaults, services and
 * overrides. Run by hand after the AWS controls change:
 * {@code GcpControlSync [aws.json gcp.json]}. Controls of one catalog missing from the other are
 * listed, not invented: a new AWS control needs Google Cloud wording written by hand.
 */
public final class GcpControlSync {
    private static final Path DIR = Path.of("src/main/resources/org/demarc/catalog");

    private GcpControlSync() {
    }

    public static void main(String[] args) throws Exception {
        Path aws = args.length > 0 ? Path.of(args[0]) : DIR.resolve("aws.json");
        Path gcp = args.length > 1 ? Path.of(args[1]) : DIR.resolve("gcp.json");
        Catalog from = new CatalogReader(SourcePolicy.USER_FILE).read(aws).value();
        Catalog to = new CatalogReader(SourcePolicy.USER_FILE).read(gcp).value();
        List<String> report = new ArrayList<>();
        Catalog synced = sync(from, to, report);
        Files.writeString(gcp, JsonOut.write(CatalogJson.write(synced)), StandardCharsets.UTF_8);
        report.forEach(System.out::println);
    }

    /** {@code to} with the neutral fields of every control that {@code from} also has; gaps go to {@code report}. */
    static Catalog sync(Catalog from, Catalog to, List<String> report) {
        List<Control> controls = new ArrayList<>();
        for (Control c : to.controls()) {
            controls.add(from.control(c.id()).map(n -> neutralFrom(n, c)).orElseGet(() -> {
                report.add(c.id() + ": not in " + from.id() + ", kept as it is");
                return c;
            }));
        }
        from.controls().stream().filter(c -> to.control(c.id()).isEmpty())
                .forEach(c -> report.add(c.id() + ": only in " + from.id() + ", needs " + to.provider().name() + " wording"));
        return new Catalog(to.id(), to.name(), to.version(), to.provider(), to.categories(), to.domains(),
                to.services(), controls, to.attribution(), to.equivalentsSources());
    }

    private static Control neutralFrom(Control neutral, Control worded) {
        return new Control(worded.id(), neutral.title(), neutral.domainId(), neutral.controlClass(),
                worded.question(), worded.guidance(), worded.providerPart(), worded.customerPart(),
                defaults(neutral.controlClass(), worded.defaults()), neutral.mappings(),
                worded.evidenceHints(), neutral.weight());
    }

    /** Inherited and customer-specific controls have one value for every category; shared ones keep the wording catalog's. */
    private static Map<Category, Responsibility> defaults(ControlClass cls, Map<Category, Responsibility> worded) {
        Responsibility only = switch (cls) {
            case INHERITED -> Responsibility.PROVIDER;
            case CUSTOMER_SPECIFIC -> Responsibility.CUSTOMER;
            case SHARED -> null;
        };
        if (only == null) {
            return worded;
        }
        Map<Category, Responsibility> all = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            all.put(c, only);
        }
        return all;
    }
}
