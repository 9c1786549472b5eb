package org.demarc.catalog.azure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.catalog.CatalogJson;
import org.demarc.catalog.CatalogReader;
import org.demarc.catalog.SourcePolicy;
import org.demarc.io.InvalidFileException;
import org.demarc.io.JsonOut;
import org.demarc.model.Catalog;

/**
 * Builds the built-in Azure catalog ({@code src/main/resources/org/demarc/catalog/azure.json}) from
 * Microsoft's Azure security baselines and the reviewed data in {@code src/tools/data/azure/}.
 * Run it again when Microsoft publishes new baselines or when aws.json's controls change:
 * {@code ./mvnw -q -Pazure-catalog verify} (see src/docs/catalog-authoring.md). It is a build-time
 * tool; the program only reads the file it writes.
 *
 * <p>What it takes from where: the provider-neutral control fields (id, title, domain, class,
 * category defaults, framework mappings, weight) from aws.json; the Azure wording of each control
 * from control-wording.json; the services from services.tsv; each service's category from the
 * "Customer can access HOST / OS" cell of its workbook unless reviews.json decides otherwise; and
 * overrides proposed from the Responsibility column through mcsb-mapping.tsv, replaced by the
 * reviewed overrides of reviews.json; deployment variants from reviews.json as written there; each service's equivalents on AWS and Google Cloud, and the
 * comparison pages they rest on, from equivalents.json. Everything it could not decide is printed.
 */
public final class AzureCatalogGenerator {
    static final String CHECKED = "2026-12-01";
    private static final String WORKBOOK_SUFFIX = "-azure-security-benchmark-v3-latest-security-baseline.xlsx";
    private static final List<String> CATEGORIES = List.of("INFRASTRUCTURE", "CONTAINER", "ABSTRACTED");
    private static final List<String> GUEST_OS_CONTROLS = List.of("PAT-02", "PLT-01", "PLT-02");
    private static final List<String> NEUTRAL_FIELDS = List.of("id", "title", "domain", "class");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a customer-configured feature leaves to the customer, per control a row can propose (mcsb-mapping.tsv). */
    private static final Map<String, String> CONSEQUENCE = Map.of(
            "NET-01", "the network rules that reach the service (private endpoints, public network access, network "
                    + "security groups) are the customer's to set and review",
            "KEY-02", "the certificates the customer brings, for example for custom domains, are its own to renew and monitor",
            "PAT-02", "the images the customer brings carry an operating system that it keeps patched",
            "PLT-01", "the machines built from the customer's images or configuration are partly the customer's to operate and harden",
            "PLT-02", "deploying and watching malware protection on those machines is the customer's",
            "VUL-01", "scanning what the customer brings and fixing the findings is the customer's",
            "CFG-02", "choosing which applications may run is the customer's");

    private final Path data;
    private final Path baselines;
    private final List<String> undecided = new ArrayList<>();
    private final Map<String, Integer> proposalCounts = new TreeMap<>();
    /** Service id to the workbook's "Customer can access HOST / OS", kept for the catalog's tests. */
    private final Map<String, String> hostAccess = new LinkedHashMap<>();

    AzureCatalogGenerator(Path data, Path baselines) {
        this.data = data;
        this.baselines = baselines;
    }

    public static void main(String[] args) throws IOException {
        Path repo = Path.of(args.length > 0 ? args[0] : ".");
        Path baselines = args.length > 1 ? Path.of(args[1])
                : repo.resolve("../shared/data/microsoft-security-baselines-3.0");
        AzureCatalogGenerator g = new AzureCatalogGenerator(repo.resolve("src/tools/data/azure"), baselines);
        JsonNode aws = JSON.readTree(repo.resolve("src/main/resources/org/demarc/catalog/aws.json").toFile());
        ObjectNode catalog = g.generate(aws);
        Path out = repo.resolve("src/main/resources/org/demarc/catalog/azure.json");
        Files.writeString(out, asTheProgramWritesIt(catalog), StandardCharsets.UTF_8);
        g.writeHostAccess(repo.resolve("src/tools/data/azure/host-access.tsv"));
        System.out.println(g.report(catalog, out));
    }

    ObjectNode generate(JsonNode aws) throws IOException {
        JsonNode header = JSON.readTree(data.resolve("catalog-header.json").toFile());
        JsonNode reviews = JSON.readTree(data.resolve("reviews.json").toFile());
        JsonNode equivalents = JSON.readTree(data.resolve("equivalents.json").toFile());
        BenchmarkMapping mapping = BenchmarkMapping.read(data.resolve("mcsb-mapping.tsv"));
        ArrayNode controls = controls(aws);
        Map<String, JsonNode> defaults = new LinkedHashMap<>();
        controls.forEach(c -> defaults.put(c.get("id").asText(), c.get("responsibility")));

        ObjectNode root = JsonOut.object();
        root.put("format", "demarc-catalog");
        root.put("schemaVersion", 1);
        for (String f : List.of("id", "name", "version")) {
            root.put(f, header.get(f).asText());
        }
        root.set("provider", header.get("provider"));
        root.put("attribution", header.get("attribution").asText());
        root.set("equivalentsSources", equivalents.get("equivalentsSources"));
        ArrayNode categories = root.putArray("categories");
        for (String c : CATEGORIES) {
            ObjectNode n = categories.addObject();
            n.put("category", c);
            n.put("name", header.get("categories").get(c).get("name").asText());
            n.put("customerKeeps", header.get("categories").get(c).get("customerKeeps").asText());
            n.set("source", header.get("categorySource"));
        }
        ArrayNode domains = root.putArray("domains");
        for (JsonNode d : aws.get("domains")) {
            ObjectNode n = domains.addObject();
            n.put("id", d.get("id").asText());
            n.put("name", d.get("name").asText());
            n.put("description", header.get("domains").get(d.get("id").asText()).asText());
        }
        ArrayNode services = root.putArray("services");
        for (ServiceRow row : ServiceRow.read(data.resolve("services.tsv"))) {
            ObjectNode service = services.addObject().setAll(service(row, mapping, reviews, defaults));
            if (equivalents.get("services").has(row.id())) {
                service.set("equivalents", equivalents.get("services").get(row.id()));
            }
        }
        root.set("controls", controls);
        return root;
    }

    /** aws.json's controls with their neutral fields, worded for Azure; controls aws.json lacks come from pending-controls.json. */
    private ArrayNode controls(JsonNode aws) throws IOException {
        JsonNode wording = JSON.readTree(data.resolve("control-wording.json").toFile());
        JsonNode pending = JSON.readTree(data.resolve("pending-controls.json").toFile());
        Map<String, JsonNode> neutral = new LinkedHashMap<>();
        aws.get("controls").forEach(c -> neutral.put(c.get("id").asText(), c));
        wording.fieldNames().forEachRemaining(id -> {
            if (!neutral.containsKey(id)) {
                if (!pending.has(id)) {
                    throw new IllegalStateException("control-wording.json words " + id + ", which neither aws.json nor pending-controls.json defines");
                }
                ObjectNode p = ((ObjectNode) pending.get(id)).deepCopy();
                p.put("id", id);
                neutral.put(id, p);
                undecided.add("control " + id + ": not in aws.json yet; neutral fields from pending-controls.json (rerun when aws.json has it)");
            }
        });
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode c : neutral.values()) {
            String id = c.get("id").asText();
            JsonNode w = wording.get(id);
            if (w == null) {
                throw new IllegalStateException("aws.json has control " + id + " but control-wording.json has no Azure wording for it");
            }
            ObjectNode n = out.addObject();
            NEUTRAL_FIELDS.forEach(f -> n.set(f, c.get(f)));
            for (String f : List.of("question", "guidance", "providerPart", "customerPart")) {
                n.put(f, w.get(f).asText());
            }
            n.set("responsibility", c.get("responsibility"));
            n.set("mappings", c.get("mappings"));
            n.set("evidenceHints", w.get("evidenceHints"));
            n.set("weight", c.get("weight"));
        }
        return out;
    }

    private ObjectNode service(ServiceRow row, BenchmarkMapping mapping, JsonNode reviews, Map<String, JsonNode> defaults)
            throws IOException {
        BaselineWorkbook wb = row.hasWorkbook() ? BaselineWorkbook.read(baselines.resolve(row.workbook() + WORKBOOK_SUFFIX)) : null;
        hostAccess.put(row.id(), wb == null ? "-" : wb.hostAccess());
        String proposed = wb == null ? "ABSTRACTED" : HostAccess.category(wb.hostAccess());
        String category = "-".equals(row.reviewedCategory()) ? proposed : row.reviewedCategory();
        if (wb != null && !HostAccess.isDecisive(wb.hostAccess())) {
            undecided.add(row.id() + ": host access '" + wb.hostAccess() + "' is neither Full nor No Access; " + category + " taken");
        }
        if (!category.equals(proposed) || wb == null) {
            JsonNode reason = reviews.get("categories").get(row.id());
            if (reason == null) {
                throw new IllegalStateException(row.id() + ": category " + category + " departs from the host-access test ("
                        + proposed + ") without a reason in reviews.json");
            }
            undecided.add(row.id() + (wb == null ? ": no baseline workbook" : ": host access gives " + proposed)
                    + ", reviewed " + category);
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("id", row.id());
        n.put("name", row.name());
        n.put("group", row.group());
        n.put("category", category);
        n.put("description", row.description());
        Map<String, ObjectNode> overrides = new LinkedHashMap<>();
        if (wb != null) {
            proposeFromRows(row, wb, mapping, category, defaults, overrides);
            proposeFromHostAccess(row, wb, category, defaults, overrides);
            noteUnproposed(row, wb);
        }
        for (JsonNode o : reviews.get("overrides")) {
            if (o.get("service").asText().equals(row.id())) {
                ObjectNode copy = ((ObjectNode) o).deepCopy();
                copy.remove("service");
                overrides.put(copy.get("control").asText(), copy);
            }
        }
        overrides.values().removeIf(o -> o.get("responsibility").asText()
                .equals(defaults.get(o.get("control").asText()).get(category).asText()));
        if (!overrides.isEmpty()) {
            ArrayNode list = n.putArray("overrides");
            overrides.values().forEach(list::add);
        }
        JsonNode variants = reviews.path("variants").get(row.id());
        if (variants != null) {
            // Deployment modes that move the line: decided by hand, each override with its page.
            n.set("variants", variants.deepCopy());
        }
        return n;
    }

    /** A supported feature the customer configures proves a customer share where the category says PROVIDER. */
    private void proposeFromRows(ServiceRow row, BaselineWorkbook wb, BenchmarkMapping mapping, String category,
                                 Map<String, JsonNode> defaults, Map<String, ObjectNode> overrides) {
        Map<String, Set<String>> evidence = new TreeMap<>();
        for (BaselineWorkbook.FeatureRow r : wb.rows()) {
            if (!r.customerShare()) {
                continue;
            }
            mapping.find(r).ifPresentOrElse(e -> e.proposes().forEach(control -> {
                JsonNode d = defaults.get(control);
                if (d != null && "PROVIDER".equals(d.get(category).asText())) {
                    evidence.computeIfAbsent(control, k -> new LinkedHashSet<>())
                            .add(r.feature() + " (" + r.control() + ", " + r.responsibility() + ")");
                }
            }), () -> undecided.add(row.id() + ": baseline row " + r.control() + " '" + r.feature() + "' is not in mcsb-mapping.tsv"));
        }
        evidence.forEach((control, features) -> {
            overrides.put(control, override(control, "SHARED", "The " + row.baselineTitle() + " lists "
                    + String.join("; ", features) + " as supported and configured by the customer: "
                    + consequence(control) + ". So " + control + " is shared, where the " + category.toLowerCase()
                    + " default gives it to Microsoft alone.", row));
            proposalCounts.merge(control, 1, Integer::sum);
        });
    }

    /** A customer with full access to the host's operating system never leaves guest OS controls to Microsoft. */
    private void proposeFromHostAccess(ServiceRow row, BaselineWorkbook wb, String category, Map<String, JsonNode> defaults,
                                       Map<String, ObjectNode> overrides) {
        if (!HostAccess.FULL.equals(wb.hostAccess())) {
            return;
        }
        for (String control : GUEST_OS_CONTROLS) {
            if ("PROVIDER".equals(defaults.get(control).get(category).asText())) {
                overrides.put(control, override(control, "SHARED", "The " + row.baselineTitle()
                        + " gives the customer Full Access to the host operating system, so " + control
                        + " cannot be Microsoft's alone although the service's platform is managed.", row));
                proposalCounts.merge(control, 1, Integer::sum);
            }
        }
    }

    /** What the data says that no rule turns into a cell: listed for the reviewer. */
    private void noteUnproposed(ServiceRow row, BaselineWorkbook wb) {
        if (!wb.storesContent()) {
            undecided.add(row.id() + ": stores no customer content at rest; BCK-01/BCK-02 kept at the category default (backups of configuration remain)");
        }
        boolean nativeBackupByMicrosoft = wb.rows().stream().anyMatch(r -> "BR-1".equals(r.control()) && r.supported()
                && "Microsoft".equals(r.responsibility()));
        if (nativeBackupByMicrosoft) {
            undecided.add(row.id() + ": BR-1 native backup is Microsoft's by default; BCK-01 kept SHARED (retention and restore tests stay with the customer)");
        }
    }

    private static String consequence(String control) {
        String c = CONSEQUENCE.get(control);
        if (c == null) {
            throw new IllegalStateException("mcsb-mapping.tsv proposes " + control + ", for which the generator has no rationale");
        }
        return c;
    }

    private static ObjectNode override(String control, String responsibility, String rationale, ServiceRow row) {
        ObjectNode o = JSON.createObjectNode();
        o.put("control", control);
        o.put("responsibility", responsibility);
        o.put("rationale", rationale);
        ObjectNode s = o.putObject("source");
        s.put("title", row.baselineTitle());
        s.put("url", row.baselineUrl());
        s.put("checked", CHECKED);
        return o;
    }

    /** Read back and written by the program's own catalog code: validated, and byte for byte as Demarc writes catalogs. */
    static String asTheProgramWritesIt(ObjectNode catalog) throws IOException {
        try {
            Catalog read = new CatalogReader(SourcePolicy.BUILT_IN).read(JsonOut.write(catalog).getBytes(StandardCharsets.UTF_8))
                    .value();
            return JsonOut.write(CatalogJson.write(read));
        } catch (InvalidFileException e) {
            throw new IOException("the generated catalog is not valid: " + e.getMessage(), e);
        }
    }

    /** The host-access cell of every service, so that tests can hold the catalog to it without the workbooks. */
    void writeHostAccess(Path file) throws IOException {
        StringBuilder b = new StringBuilder("# Generated by AzureCatalogGenerator: service id, \"" + BaselineWorkbook.HOST_ACCESS
                + "\" of its baseline workbook (- for none)\n");
        hostAccess.forEach((id, access) -> b.append(id).append('\t').append(access).append('\n'));
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    String report(ObjectNode catalog, Path out) {
        StringBuilder b = new StringBuilder();
        Map<String, Integer> perCategory = new TreeMap<>();
        int overrides = 0;
        int sourced = 0;
        for (JsonNode s : catalog.get("services")) {
            perCategory.merge(s.get("category").asText(), 1, Integer::sum);
            for (JsonNode o : s.path("overrides")) {
                overrides++;
                sourced += o.has("source") ? 1 : 0;
            }
        }
        b.append(out).append(": ").append(catalog.get("services").size()).append(" services ").append(perCategory)
                .append(", ").append(catalog.get("controls").size()).append(" controls, ").append(overrides)
                .append(" overrides (").append(sourced).append(" with a source)\n");
        b.append("proposed from the baselines, per control: ").append(proposalCounts).append('\n');
        b.append("not decided by the data (").append(undecided.size()).append("):\n");
        undecided.forEach(u -> b.append("  ").append(u).append('\n'));
        return b.toString();
    }
}
