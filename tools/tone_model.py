"""Train the tone scorer and write followup_kit/data/tone_model.txt.

Reads ``benchmarks/data/tone_train.tsv`` and the earlier tone sets (sentences labelled
desperate, pushy, informal or clean), turns each into the scorer's features
(followup_kit/rules/tone_model.py) and fits one L2-regularised logistic regression per rule,
in pure Python (AdaGrad with a fixed seed: the same data gives the same weights). A rule's
positives are its own sentences; its negatives are the clean sentences and, at a lower weight,
the other rules' sentences. Each rule's thresholds are chosen on five-fold cross-validated
scores: the lowest score at which at most MAX_FALSE_ALARMS of the clean sentences are flagged
(the scorer alone), and the lower one at SECONDED_FALSE_ALARMS (the scorer seconding a cue).
Run it after editing the training sentences, the word classes or the features:

    .venv/bin/python tools/tone_model.py            # train, print cross-validated figures, write
    .venv/bin/python tools/tone_model.py --check    # only the figures, with every miss
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from followup_kit.rules import tone_model  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
# The scorer's own sentences, then the earlier tone sets (each already tuned on by the phrase
# tables). The last unseen set (tone_unseen5.tsv) is never trained on.
TRAINING = [
    DATA / name
    for name in (
        "tone_train.tsv",
        "tone.tsv",
        "tone_fresh.tsv",
        "tone_unseen.tsv",
        "tone_unseen2.tsv",
        "tone_unseen3.tsv",
        "tone_unseen4.tsv",
    )
]
RULES = tone_model.RULES
L2 = 1e-2
EPOCHS = 20
RATE = 0.3
SEED = 7
FOLDS = 5
MIN_COUNT = 2  # a feature seen in fewer training sentences is left out
OTHER_RULE_WEIGHT = 0.3  # another rule's sentence is a weak negative: some are both
# Per rule, the share of cross-validated clean sentences a model may flag. The informal rule
# already knows casual words one by one, so its scorer only speaks when it is surer.
MAX_FALSE_ALARMS = {"desperate": 0.01, "pushy": 0.01, "informal": 0.005}
SECONDED_FALSE_ALARMS = 0.05  # the lower bar, at which the scorer seconds a cue
PRUNE = 0.005  # weights smaller than this are not written


def load(paths: list[Path] = TRAINING) -> list[tuple[str, str]]:
    """(label, sentence) for every line that is not a comment, each sentence once."""
    rows: dict[str, str] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                label, sentence = line.split("\t", 1)
                rows.setdefault(sentence.strip(), label)
    return [(label, sentence) for sentence, label in rows.items()]


def featurise(sentence: str) -> list[str]:
    """The names of a sentence's features."""
    _, found = tone_model.features(sentence)
    return [f.name for f in found]


def fit(
    rows: list[list[str]], targets: list[float], weights: list[float], kept: set[str]
) -> dict[str, float]:
    """L2 logistic regression by AdaGrad over sparse binary features."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    order = list(range(len(rows)))
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            names = [n for n in rows[i] if n in kept]
            z = sum(w.get(n, 0.0) for n in names)
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            error = (p - targets[i]) * weights[i]
            for n in names:
                wn = w.get(n, 0.0)
                grad = error + (L2 * wn if n != "bias" else 0.0)
                g2[n] = g2.get(n, 1e-8) + grad * grad
                w[n] = wn - RATE * grad / math.sqrt(g2[n])
    return w


def problem(labels: list[str], rule: str) -> tuple[list[float], list[float]]:
    """Targets and sample weights of one rule's model."""
    targets = [1.0 if label == rule else 0.0 for label in labels]
    weights = [1.0 if label in (rule, "clean") else OTHER_RULE_WEIGHT for label in labels]
    return targets, weights


def kept_features(rows: list[list[str]], rule: str) -> set[str]:
    """The features seen often enough that may carry weight for the rule."""
    counts = Counter(n for row in rows for n in set(row))
    return {n for n, c in counts.items() if c >= MIN_COUNT and tone_model.relevant(n, rule)} | {
        "bias"
    }


def cross_validated(rows: list[list[str]], labels: list[str], rule: str) -> list[float]:
    """Each sentence's score from a model trained without its fold."""
    scores = [0.0] * len(rows)
    for fold in range(FOLDS):
        train = [i for i in range(len(rows)) if i % FOLDS != fold]
        test = [i for i in range(len(rows)) if i % FOLDS == fold]
        sub_rows = [rows[i] for i in train]
        targets, weights = problem([labels[i] for i in train], rule)
        w = fit(sub_rows, targets, weights, kept_features(sub_rows, rule))
        for i in test:
            scores[i] = sum(w.get(n, 0.0) for n in rows[i])
    return scores


def threshold(scores: list[float], labels: list[str], rate: float) -> float:
    """The lowest score that flags at most ``rate`` of the clean sentences."""
    clean = sorted(
        (s for s, label in zip(scores, labels, strict=True) if label == "clean"), reverse=True
    )
    allowed = int(rate * len(clean))
    return clean[allowed] + 1e-6 if allowed < len(clean) else min(scores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print figures, write nothing")
    args = parser.parse_args()
    data = load()
    labels = [label for label, _ in data]
    rows = [featurise(sentence) for _, sentence in data]
    print(f"{len(data)} sentences: {dict(Counter(labels))}")
    lines = []
    for rule in RULES:
        scores = cross_validated(rows, labels, rule)
        cut = threshold(scores, labels, MAX_FALSE_ALARMS[rule])
        caught = [s >= cut for s, label in zip(scores, labels, strict=True) if label == rule]
        alarms = [s >= cut for s, label in zip(scores, labels, strict=True) if label == "clean"]
        print(
            f"{rule:<10} cross-validated: caught {sum(caught)}/{len(caught)} "
            f"({100 * sum(caught) / len(caught):.1f} %), clean flagged {sum(alarms)}/"
            f"{len(alarms)} ({100 * sum(alarms) / len(alarms):.1f} %), threshold {cut:.3f}"
        )
        if args.check:
            for (label, sentence), s in zip(data, scores, strict=True):
                if (label == rule) != (s >= cut) and label in (rule, "clean"):
                    print(f"   {'missed' if label == rule else 'flagged'} {s:+.2f} {sentence}")
            continue
        targets, weights = problem(labels, rule)
        w = fit(rows, targets, weights, kept_features(rows, rule))
        lines.append(f"threshold\t{rule}\t{cut:.4f}")
        second = threshold(scores, labels, SECONDED_FALSE_ALARMS)
        lines.append(f"second\t{rule}\t{second:.4f}")
        lines += [
            f"weight\t{rule}\t{name}\t{value:.4f}"
            for name, value in sorted(w.items())
            if abs(value) >= PRUNE or name == "bias"
        ]
    if args.check:
        return
    digest = tone_model.source_digest(b"".join(path.read_bytes() for path in TRAINING))
    header = [
        "# Weights of the tone scorer (followup_kit/rules/tone_model.py), one logistic regression",
        "# per rule. Built by tools/tone_model.py from benchmarks/data/tone_train.tsv; do not edit",
        f"# by hand. source {digest}",
    ]
    tone_model.MODEL.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"wrote {tone_model.MODEL.relative_to(ROOT)} ({len(lines)} lines)")


if __name__ == "__main__":
    main()
