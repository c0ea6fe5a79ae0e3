package org.dlf.chapters.share;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dlf.engine.Activation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link NetworkFile} as JSON and reads one back, refusing anything that is not one: more than
 * {@value #MAX_BYTES} bytes, not UTF-8, not JSON (or a name given twice), another format or version, a
 * missing or misshapen part, a number that is NaN, infinite or beyond ±{@value #MAX_ABS}. Each refusal is a
 * {@link Problem} that says where. Only the network, sample and learning rate are read back; the loss
 * history and trace are for people and spreadsheets.
 */
public final class NetworkJson {

    public static final int MAX_BYTES = 100 * 1024;
    static final double MAX_ABS = 1e6;
    static final int MAX_LAYERS = 8;
    static final int MAX_NEURONS = 64;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // read NaN and Infinity to name them
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(16)
                            .maxNumberLength(64)
                            .maxStringLength(MAX_BYTES)
                            .build())
                    .build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The outcome of reading a file: the file, or why it was refused. */
    public record Read(@Nullable NetworkFile file, @Nullable Problem problem) {}

    private NetworkJson() {}

    public static String write(NetworkFile file) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", NetworkFile.FORMAT);
        root.put("version", NetworkFile.VERSION);
        root.put("widget", file.widget());
        ObjectNode network = root.putObject("network");
        network.put("inputs", file.inputs());
        ArrayNode layers = network.putArray("layers");
        for (NetworkFile.Layer l : file.layers()) {
            ObjectNode layer = layers.addObject();
            layer.put("activation", l.activation());
            ArrayNode weights = layer.putArray("weights");
            for (double[] row : l.weights()) {
                numbers(weights.addArray(), row);
            }
            numbers(layer.putArray("biases"), l.biases());
        }
        if (file.sample() != null) {
            ObjectNode sample = root.putObject("sample");
            numbers(sample.putArray("input"), file.sample().input());
            numbers(sample.putArray("target"), file.sample().target());
        }
        if (file.learningRate() != null) {
            root.put("learningRate", file.learningRate());
        }
        if (file.lossHistory() != null) {
            ObjectNode history = root.putObject("lossHistory");
            ArrayNode columns = history.putArray("columns");
            file.lossHistory().columns().forEach(columns::add);
            ArrayNode rows = history.putArray("rows");
            file.lossHistory().rows().forEach(r -> numbers(rows.addArray(), r));
        }
        if (file.trace() != null) {
            ObjectNode trace = root.putObject("trace");
            trace.put("shown", file.trace().shown());
            ArrayNode steps = trace.putArray("steps");
            for (NetworkFile.Step s : file.trace().steps()) {
                ObjectNode step = steps.addObject();
                step.put("step", s.number());
                step.put("symbol", s.symbol());
                step.put("value", s.value());
                step.put("formula", s.formula());
            }
        }
        return MAPPER.writeValueAsString(root) + "\n";
    }

    private static void numbers(ArrayNode array, double[] values) {
        for (double v : values) {
            array.add(v);
        }
    }

    public static Read read(byte[] bytes) {
        try {
            return new Read(parse(bytes), null);
        } catch (Refused e) {
            return new Read(null, e.problem);
        }
    }

    private static NetworkFile parse(byte[] bytes) throws Refused {
        JsonNode root = tree(text(bytes));
        if (!root.isObject() || !NetworkFile.FORMAT.equals(root.path("format").asString(""))) {
            throw new Refused(Problem.of("share.file.not-ours", NetworkFile.FORMAT));
        }
        JsonNode version = root.path("version");
        if (!version.isIntegralNumber() || version.intValue() != NetworkFile.VERSION) {
            throw new Refused(Problem.of("share.file.version", version.asString("?"), NetworkFile.VERSION));
        }
        JsonNode network = object(root, "network", "network");
        JsonNode inputs = network.path("inputs");
        if (!inputs.isIntegralNumber()
                || !inputs.canConvertToInt()
                || inputs.intValue() < 1
                || inputs.intValue() > MAX_NEURONS) {
            throw new Refused(Problem.of("share.file.count", "network.inputs", 1, MAX_NEURONS));
        }
        JsonNode layerList = network.path("layers");
        if (!layerList.isArray() || layerList.isEmpty() || layerList.size() > MAX_LAYERS) {
            throw new Refused(Problem.of("share.file.layers", "network.layers", MAX_LAYERS));
        }
        List<NetworkFile.Layer> layers = new ArrayList<>();
        int size = inputs.intValue();
        for (int l = 0; l < layerList.size(); l++) {
            NetworkFile.Layer layer = layer(layerList.get(l), "network.layers[" + l + "]", size);
            layers.add(layer);
            size = layer.size();
        }
        NetworkFile.Sample sample = null;
        if (root.has("sample")) {
            JsonNode s = object(root, "sample", "sample");
            sample = new NetworkFile.Sample(
                    numbers(s.path("input"), "sample.input", inputs.intValue()),
                    numbers(s.path("target"), "sample.target", size));
        }
        Double rate = root.has("learningRate") ? number(root.get("learningRate"), "learningRate") : null;
        return new NetworkFile(root.path("widget").asString(""), inputs.intValue(), layers, sample, rate, null, null);
    }

    private static NetworkFile.Layer layer(JsonNode node, String path, int inputs) throws Refused {
        if (!node.isObject()) {
            throw new Refused(Problem.of("share.file.missing", path));
        }
        String name = node.path("activation").asString("");
        boolean known =
                Arrays.stream(Activation.values()).anyMatch(a -> activation(a).equals(name));
        if (!known) {
            throw new Refused(Problem.of("share.file.activation", path + ".activation", name));
        }
        JsonNode rows = node.path("weights");
        if (!rows.isArray() || rows.isEmpty() || rows.size() > MAX_NEURONS) {
            throw new Refused(Problem.of("share.file.count", path + ".weights", 1, MAX_NEURONS));
        }
        double[][] weights = new double[rows.size()][];
        for (int j = 0; j < rows.size(); j++) {
            weights[j] = numbers(rows.get(j), path + ".weights[" + j + "]", inputs);
        }
        double[] biases = numbers(node.path("biases"), path + ".biases", rows.size());
        return new NetworkFile.Layer(name, weights, biases);
    }

    /** The name an activation has in files: the engine's name in lower case. */
    public static String activation(Activation a) {
        return a.name().toLowerCase(Locale.ROOT);
    }

    private static JsonNode object(JsonNode parent, String name, String path) throws Refused {
        JsonNode node = parent.path(name);
        if (!node.isObject()) {
            throw new Refused(Problem.of("share.file.missing", path));
        }
        return node;
    }

    private static double[] numbers(JsonNode node, String path, int length) throws Refused {
        if (!node.isArray() || node.size() != length) {
            throw new Refused(Problem.of("share.file.length", path, length));
        }
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = number(node.get(i), path + "[" + i + "]");
        }
        return values;
    }

    private static double number(JsonNode node, String path) throws Refused {
        if (!node.isNumber()) {
            throw new Refused(Problem.of("share.file.not-number", path));
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw new Refused(Problem.of("share.file.not-finite", path));
        }
        if (Math.abs(value) > MAX_ABS) {
            throw new Refused(Problem.of("share.file.absurd", path, UrlText.number(value), UrlText.number(MAX_ABS)));
        }
        return value == 0 ? 0.0 : value;
    }

    private static String text(byte[] bytes) throws Refused {
        if (bytes.length > MAX_BYTES) {
            throw new Refused(Problem.of("share.file.too-big", MAX_BYTES / 1024));
        }
        if (bytes.length == 0) {
            throw new Refused(Problem.of("share.file.empty"));
        }
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                throw new Refused(Problem.of("share.file.encoding")); // UTF-16 or UTF-32 text, or a binary file
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new Refused(Problem.of("share.file.encoding"));
        }
    }

    private static JsonNode tree(String text) throws Refused {
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            var where = e.getLocation();
            throw new Refused(Problem.of(
                    "share.file.malformed",
                    where == null ? 1 : where.getLineNr(),
                    where == null ? 1 : where.getColumnNr()));
        }
    }

    /** A refusal on its way out of the parser. */
    private static final class Refused extends Exception {

        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.key(), null, false, false);
            this.problem = problem;
        }
    }
}
