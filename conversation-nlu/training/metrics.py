"""The figures the README reports, computed the way the Java evaluation computes them (eval.Evaluate):
right = the answer is the primary or the `also` label; clarify = the margin between the two best intents is below
the clarify margin, so the customer is asked to choose; misrouted = answered, and handed to a stage that owns
neither label."""
from collections import Counter

import numpy as np

import data


def decide(probs, margin):
    order = np.argsort(-probs)
    if probs[order[0]] - probs[order[1]] < margin:
        return None
    return data.INTENTS[order[0]]


def report(probs, labels, margin):
    n = len(labels)
    right = clarify = misrouted = 0
    confusions = Counter()
    for p, (intent, also) in zip(probs, labels):
        answer = decide(p, margin)
        if answer is None:
            clarify += 1
            continue
        if answer in (intent, also):
            right += 1
            continue
        confusions[(intent, answer)] += 1
        if data.owner(answer) not in (data.owner(intent), data.owner(also) if also else None):
            misrouted += 1
    return {"n": n, "accuracy": right / n, "clarify": clarify / n, "misrouted": misrouted / n,
            "cost": (n - right - clarify) / n + 0.5 * clarify / n,
            "confusions": confusions.most_common(12)}
