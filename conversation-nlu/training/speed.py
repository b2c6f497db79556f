"""How long ONNX Runtime takes to read one message with exported intent models, on one thread, by input length in
tokens (the model is compute-bound: the cost grows with the tokens and the layers). The files take turns run by run,
and medians are reported, so that a shared machine's noise falls on all of them alike; each line after the first
gives its ratio to the first file.

    python3 speed.py MODEL.onnx [MODEL.onnx ...]
"""
import sys
import time

import numpy as np
import onnxruntime as ort

TOKENS = (12, 24, 40, 60, 90)
RUNS = 200


def main(paths):
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    sessions = [ort.InferenceSession(path, options) for path in paths]
    medians = {path: [] for path in paths}
    for n in TOKENS:
        ids = np.full((1, n), 100, dtype=np.int64)
        ids[0, 0] = 101
        feed = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
        times = [[] for _ in sessions]
        for _ in range(20):
            for session in sessions:
                session.run(None, feed)
        turn = list(enumerate(sessions))
        for run in range(RUNS):
            for i, session in turn[run % len(turn):] + turn[:run % len(turn)]:
                started = time.perf_counter()
                session.run(None, feed)
                times[i].append(time.perf_counter() - started)
        for path, t in zip(paths, times):
            medians[path].append(float(np.median(t)) * 1000)
    first = medians[paths[0]]
    for k, path in enumerate(paths):
        cells = [f"{n} tokens {m:.2f} ms" + (f" ({m / f:.2f})" if k else "") for n, m, f in zip(TOKENS, medians[path], first)]
        print(f"{path}: " + ", ".join(cells), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
