"""How long ONNX Runtime takes to read one message with an exported intent model, on one thread, by input length in
tokens (the model is compute-bound: the cost grows with the tokens and the layers).

    python3 speed.py MODEL.onnx [MODEL.onnx ...]
"""
import sys
import time

import numpy as np
import onnxruntime as ort

TOKENS = (12, 24, 40, 60, 90)


def main(paths):
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    for path in paths:
        session = ort.InferenceSession(path, options)
        line = []
        for n in TOKENS:
            ids = np.full((1, n), 100, dtype=np.int64)
            ids[0, 0] = 101
            feed = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
            for _ in range(20):
                session.run(None, feed)
            started, runs = time.perf_counter(), 200
            for _ in range(runs):
                session.run(None, feed)
            line.append(f"{n} tokens {(time.perf_counter() - started) / runs * 1000:.2f} ms")
        print(f"{path}: " + ", ".join(line), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
