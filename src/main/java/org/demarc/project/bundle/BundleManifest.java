package org.demarc.project.bundle;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.io.FieldReader;
import org.demarc.io.InvalidFileException;
import org.demarc.io.JsonLimits;
import org.demarc.io.JsonOut;
import org.demarc.io.ProblemList;
import org.demarc.io.SafeJson;

/**
 * {@code manifest.json} of a bundle: the project file's entry name, whether it is a client copy,
 * and every other entry with its size and SHA-256.
 */
public record BundleManifest(String project, boolean forClient, List<Item> items) {
    public static final String FORMAT = "demarc-bundle";
    public static final String ENTRY = "manifest.json";
    static final int VERSION = 1;

    public record Item(String path, long size, String sha256) {
    }

    public BundleManifest {
        items = List.copyOf(items);
    }

    byte[] toBytes() {
        ObjectNode root = JsonOut.object();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("project", project);
        root.put("forClient", forClient);
        ArrayNode files = root.putArray("files");
        for (Item i : items) {
            ObjectNode n = files.addObject();
            n.put("path", i.path());
            n.put("size", i.size());
            n.put("sha256", i.sha256());
        }
        return JsonOut.write(root).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static BundleManifest read(byte[] bytes) throws InvalidFileException {
        JsonNode node = SafeJson.parse(bytes);
        ProblemList problems = new ProblemList();
        FieldReader r = FieldReader.root(node, problems);
        if (r == null) {
            throw new InvalidFileException(problems.all());
        }
        String format = r.text("format");
        if (!FORMAT.equals(format)) {
            problems.error(r.at("format"), "file.wrongFormat", format, FORMAT);
            throw new InvalidFileException(problems.all());
        }
        long version = r.integer("version", 1, Integer.MAX_VALUE, -1);
        if (version > VERSION) {
            problems.error(r.at("version"), "file.newerVersion", version, VERSION);
        }
        String project = r.requiredText("project");
        boolean forClient = r.bool("forClient");
        List<Item> items = new java.util.ArrayList<>();
        for (FieldReader f : r.objects("files", JsonLimits.MAX_ITEMS)) {
            items.add(new Item(f.requiredText("path"), f.integer("size", 0, Long.MAX_VALUE, -1),
                    f.requiredText("sha256")));
            f.finish();
        }
        r.finish();
        if (problems.hasErrors()) {
            throw new InvalidFileException(problems.all());
        }
        return new BundleManifest(project, forClient, items);
    }
}
