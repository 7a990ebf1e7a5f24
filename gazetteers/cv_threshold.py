"""The probability threshold of a learned model, from cross-validation on NEREL-train alone.

Shared by build_linker.py, build_title_filter.py and build_workplace_linker.py. The first
two models' F1 curves over the threshold are flat near their best (the linker's 5-fold F1
is .727-.732 anywhere from 0.24 to 0.52), so the point where one cross-validation peaks,
or the highest point within a tolerance of that peak, is decided by noise: a few candidate
pairs more or less after an unrelated change to the pipeline moved the linker's from 0.47
to 0.51. Two kinds of noise are taken out before the maximum is taken:

- which documents happen to share a fold: the F1 of every threshold is averaged over
  SPLITS different 5-fold splits by document (documents ordered by a hash of the split
  number and their position: deterministic, independent of any random generator);
- the few rows that sit between two neighbouring thresholds: each point of the mean curve
  is averaged with the RADIUS points on either side (fewer at the ends of the grid).

Of the thresholds whose smoothed mean F1 is as good as its peak's, the highest is taken:
where the curve is flat, the more precise model. "As good" is within the F1 that the
choice of folds alone moves a point of the curve by, a noise level read off the train rows
rather than set by hand: the median over the thresholds of the range of the SPLITS curves,
steadier than that range at the peak alone. Preferring precision is a choice for
the product, not for a corpus: a reader of the facts table is served worse by a wrong post
than by a missing one, and F1 does not tell the two apart.
The dev files are never read: they only measure the result.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

import numpy as np

FOLDS = 5
SPLITS = 5
RADIUS = 3  # thresholds on either side averaged in: +-0.03 on the grid below
THRESHOLDS = [round(0.05 + 0.01 * i, 2) for i in range(91)]


def fold_split(documents: int, split: int) -> np.ndarray:
    """Each document's fold in the `split`-th 5-fold split: documents ordered by a hash of
    (split, position), dealt to the folds in turn, so every fold gets a fifth of them."""
    order = sorted(
        range(documents),
        key=lambda doc: hashlib.sha256(f"{split}:{doc}".encode()).hexdigest(),
    )
    folds = np.zeros(documents, dtype=int)
    for rank, doc in enumerate(order):
        folds[doc] = rank % FOLDS
    return folds


def smoothed(curve: Sequence[float], radius: int = RADIUS) -> list[float]:
    """Each point averaged with up to `radius` neighbours on either side."""
    return [float(np.mean(curve[max(0, i - radius) : i + radius + 1])) for i in range(len(curve))]


def steady_threshold(
    documents: int,
    f1_curve: Callable[[np.ndarray], Sequence[float]],
    label: str = "cv",
    within_noise: bool = True,
) -> float:
    """The highest threshold where the cross-validated F1, averaged over SPLITS fold splits
    and smoothed over neighbouring thresholds, is within the fold noise of its best.
    `f1_curve(folds)` gives the F1 at each of THRESHOLDS for out-of-fold scores, folds[doc]
    being each document's fold. With `within_noise` False, the peak itself: for a model
    whose curve already leaves out the thresholds too imprecise for it."""
    curves = np.array([f1_curve(fold_split(documents, split)) for split in range(SPLITS)])
    mean = curves.mean(axis=0)
    smooth = smoothed(list(mean))
    for i, threshold in enumerate(THRESHOLDS):
        spread = f"{curves[:, i].min():.4f}-{curves[:, i].max():.4f}"
        print(
            f"{label} threshold {threshold:.2f}: F1 mean {mean[i]:.4f} ({spread}) "
            f"smoothed {smooth[i]:.4f}"
        )
    peak = int(np.argmax(smooth))
    # F1 that the choice of folds alone moves, thresholds within it of the peak as good: the
    # median over the grid of the splits' range, a level the whole curve gives; the range at
    # the peak alone, five values, moved from .0018 to .0039 from one build to the next,
    # and the linker's threshold with it from 0.53 to 0.57
    noise = float(np.median(curves.max(axis=0) - curves.min(axis=0)))
    print(f"{label} peak {THRESHOLDS[peak]:.2f}: smoothed F1 {smooth[peak]:.4f}, noise {noise:.4f}")
    if not within_noise:
        return THRESHOLDS[peak]
    return max(t for t, f1 in zip(THRESHOLDS, smooth, strict=True) if f1 >= smooth[peak] - noise)
