package com.dianxiaoer.nlu;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.UnknownFieldSet;
import com.google.protobuf.UnsafeByteOperations;
import com.google.protobuf.WireFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts an ONNX model in two at one tensor, so that the first part can be run on its own and the second part only when
 * it is needed (the classifier's early exit after the encoder's first layer).
 * <p>
 * The first part holds every node the cut tensor depends on; the second holds the rest. Every tensor the second part
 * reads from the first (the cut tensor, and for a BERT encoder also the attention mask it has prepared) becomes an
 * output of the first and an input of the second, so running the two in turn computes exactly what the whole model does.
 * <p>
 * Works on the protobuf wire format through protobuf-java's {@link UnknownFieldSet} with the ONNX field numbers below,
 * so no generated ONNX classes are needed; tensor bytes are aliased, not copied, until each part is written out.
 */
final class OnnxModelSplit {
    // onnx.proto field numbers
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_DOC = 10;
    private static final int GRAPH_INPUT = 11;
    private static final int GRAPH_OUTPUT = 12;
    private static final int GRAPH_VALUE_INFO = 13;
    private static final int GRAPH_QUANTIZATION_ANNOTATION = 14;
    private static final int GRAPH_SPARSE_INITIALIZER = 15;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int TENSOR_NAME = 8;
    private static final int VALUE_INFO_NAME = 1;
    private static final int VALUE_INFO_TYPE = 2;
    private static final int TYPE_TENSOR = 1;
    private static final int TENSOR_TYPE_ELEM_TYPE = 1;
    private static final int ELEM_TYPE_FLOAT = 1;

    private OnnxModelSplit() {
    }

    /**
     * Writes the two parts as serialised models. They are streamed, never held whole in memory: the service that loads
     * the model starts with a small heap.
     *
     * @param model  the serialised {@code ModelProto}
     * @param cut    the tensor the first part ends with
     * @param first  receives the first part
     * @param second receives the second part
     * @return the tensors that pass from the first part to the second (outputs of one, inputs of the other), the cut first
     * @throws IllegalArgumentException when no node produces {@code cut}
     */
    static List<String> split(byte[] model, String cut, OutputStream first, OutputStream second) {
        try {
            UnknownFieldSet modelFields = parse(UnsafeByteOperations.unsafeWrap(model)); // read-only: never copied
            UnknownFieldSet graph = parse(modelFields.getField(MODEL_GRAPH).getLengthDelimitedList().get(0));
            if (!graph.getField(GRAPH_SPARSE_INITIALIZER).getLengthDelimitedList().isEmpty()) {
                throw new IllegalArgumentException("models with sparse initializers are not supported");
            }
            List<ByteString> nodes = graph.getField(GRAPH_NODE).getLengthDelimitedList();
            List<List<String>> inputs = new ArrayList<>();
            List<List<String>> outputs = new ArrayList<>();
            Map<String, Integer> producer = new HashMap<>();
            for (int n = 0; n < nodes.size(); n++) {
                inputs.add(strings(nodes.get(n), NODE_INPUT));
                outputs.add(strings(nodes.get(n), NODE_OUTPUT));
                for (String out : outputs.get(n)) {
                    producer.put(out, n);
                }
            }
            if (!producer.containsKey(cut)) {
                throw new IllegalArgumentException("no node of the model produces " + cut);
            }
            boolean[] inFirst = new boolean[nodes.size()];
            Deque<String> wanted = new ArrayDeque<>(List.of(cut));
            while (!wanted.isEmpty()) {
                Integer n = producer.get(wanted.pop());
                if (n != null && !inFirst[n]) {
                    inFirst[n] = true;
                    wanted.addAll(inputs.get(n));
                }
            }

            Map<String, ByteString> valueInfo = new HashMap<>();
            for (int field : new int[] {GRAPH_INPUT, GRAPH_VALUE_INFO}) {
                for (ByteString v : graph.getField(field).getLengthDelimitedList()) {
                    valueInfo.put(strings(v, VALUE_INFO_NAME).get(0), v);
                }
            }
            Set<String> graphInputs = new HashSet<>();
            for (ByteString v : graph.getField(GRAPH_INPUT).getLengthDelimitedList()) {
                graphInputs.add(strings(v, VALUE_INFO_NAME).get(0));
            }
            Set<String> handedOver = new LinkedHashSet<>(List.of(cut));
            for (int n = 0; n < nodes.size(); n++) {
                if (!inFirst[n]) {
                    for (String in : inputs.get(n)) {
                        Integer p = producer.get(in);
                        if ((p != null && inFirst[p]) || graphInputs.contains(in)) {
                            handedOver.add(in);
                        }
                    }
                }
            }
            List<ByteString> handedOverInfo = new ArrayList<>();
            for (String name : handedOver) {
                handedOverInfo.add(valueInfo.getOrDefault(name, floatTensor(name)));
            }

            writeWithGraph(modelFields, part(graph, nodes, inputs, inFirst, true,
                    graph.getField(GRAPH_INPUT).getLengthDelimitedList(), handedOverInfo), first);
            writeWithGraph(modelFields, part(graph, nodes, inputs, inFirst, false,
                    handedOverInfo, graph.getField(GRAPH_OUTPUT).getLengthDelimitedList()), second);
            return List.copyOf(handedOver);
        } catch (IOException e) {
            throw new UncheckedIOException("not an ONNX model", e);
        }
    }

    private static UnknownFieldSet part(UnknownFieldSet graph, List<ByteString> nodes, List<List<String>> inputs,
                                        boolean[] inFirst, boolean first, List<ByteString> in, List<ByteString> out) throws IOException {
        UnknownFieldSet.Field.Builder kept = UnknownFieldSet.Field.newBuilder();
        Set<String> read = new HashSet<>();
        for (int n = 0; n < nodes.size(); n++) {
            if (inFirst[n] == first) {
                kept.addLengthDelimited(nodes.get(n));
                read.addAll(inputs.get(n));
            }
        }
        UnknownFieldSet.Field.Builder initializers = UnknownFieldSet.Field.newBuilder();
        for (ByteString t : graph.getField(GRAPH_INITIALIZER).getLengthDelimitedList()) {
            if (read.contains(strings(t, TENSOR_NAME).get(0))) {
                initializers.addLengthDelimited(t);
            }
        }
        UnknownFieldSet.Field.Builder inputField = UnknownFieldSet.Field.newBuilder();
        in.forEach(inputField::addLengthDelimited);
        UnknownFieldSet.Field.Builder outputField = UnknownFieldSet.Field.newBuilder();
        out.forEach(outputField::addLengthDelimited);
        // Shape hints and quantisation annotations may name tensors of the other part; ONNX Runtime infers shapes anyway.
        // addField replaces a field's values.
        return graph.toBuilder()
                .clearField(GRAPH_DOC).clearField(GRAPH_VALUE_INFO).clearField(GRAPH_QUANTIZATION_ANNOTATION)
                .addField(GRAPH_NODE, kept.build())
                .addField(GRAPH_INITIALIZER, initializers.build())
                .addField(GRAPH_INPUT, inputField.build())
                .addField(GRAPH_OUTPUT, outputField.build())
                .build();
    }

    /** The model with another graph. */
    private static void writeWithGraph(UnknownFieldSet model, UnknownFieldSet graph, OutputStream out) throws IOException {
        CodedOutputStream stream = CodedOutputStream.newInstance(out);
        model.toBuilder().clearField(MODEL_GRAPH).build().writeTo(stream);
        stream.writeTag(MODEL_GRAPH, WireFormat.WIRETYPE_LENGTH_DELIMITED);
        stream.writeUInt32NoTag(graph.getSerializedSize());
        graph.writeTo(stream);
        stream.flush();
    }

    /** A {@code ValueInfoProto} for a float tensor of unknown shape: the type of the encoder's hidden states. */
    private static ByteString floatTensor(String name) {
        UnknownFieldSet tensorType = UnknownFieldSet.newBuilder()
                .addField(TENSOR_TYPE_ELEM_TYPE, UnknownFieldSet.Field.newBuilder().addVarint(ELEM_TYPE_FLOAT).build()).build();
        UnknownFieldSet type = UnknownFieldSet.newBuilder()
                .addField(TYPE_TENSOR, UnknownFieldSet.Field.newBuilder().addLengthDelimited(tensorType.toByteString()).build()).build();
        return UnknownFieldSet.newBuilder()
                .addField(VALUE_INFO_NAME, UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8(name)).build())
                .addField(VALUE_INFO_TYPE, UnknownFieldSet.Field.newBuilder().addLengthDelimited(type.toByteString()).build())
                .build().toByteString();
    }

    /** One message's fields, with length-delimited values aliasing {@code bytes} rather than copying them. */
    private static UnknownFieldSet parse(ByteString bytes) throws IOException {
        CodedInputStream in = bytes.newCodedInput();
        in.enableAliasing(true);
        return UnknownFieldSet.newBuilder().mergeFrom(in).build();
    }

    /** The string values of one field of a message, skipping everything else (tensor data included) unread. */
    private static List<String> strings(ByteString message, int field) throws IOException {
        List<String> out = new ArrayList<>();
        CodedInputStream in = message.newCodedInput();
        for (int tag; (tag = in.readTag()) != 0; ) {
            if (WireFormat.getTagFieldNumber(tag) == field && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                out.add(in.readStringRequireUtf8());
            } else {
                in.skipField(tag);
            }
        }
        return out;
    }
}
