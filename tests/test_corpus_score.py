"""The importer on the development corpus (tests/corpus/: real published texts annotated by hand).

Floors, not targets: a change that lowers an overall figure below its floor fails. Raise a floor
when the importer gets better; `python benchmarks/import_score.py` prints every figure, per
document and per shape.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import import_score  # noqa: E402

FLOORS = {
    "task_recall": 0.97,
    "task_precision": 0.95,
    # unit F1 0.90: the fifth held-out set (2026-12-01, six texts) brings shapes no rule reads yet: roles in
    # an item's running sentence (qianxi-2010: 縣安監局配合在…, X牵头,会同有关单位开展…), doers named as
    # the subject of 要 (huanggangzhen-2023: 各村(居)委会、各单位要…, as yudu-2022), a county prefix shared
    # by 公司/臺 names; with it the 110 texts score 0.909 (role F1 0.901), the 104 earlier ones 0.914 (0.910)
    "unit_f1": 0.90,
    "role_f1": 0.90,
    # 0.95: the fourth held-out set misses one of its 14 deadlines ("过渡期内", a period phrase with one
    # example), which takes the 104 texts to 0.959; the 94 earlier texts stay at 0.964
    "deadline_recall": 0.95,
    "plans": 0.87,
    # 0.72: the place the importer gives the first plan, read from the official division names
    # (importer/places.py), is the gold place in 81 of the 110 texts (65 with the guesser before);
    # most of the others are table excerpts that never name their place (the gold's is from the page)
    "place": 0.72,
}


@pytest.fixture(scope="module")
def result():
    return import_score.score()


def test_the_corpus_holds_real_texts_with_their_annotations():
    corpus = import_score.load_corpus()
    assert len(corpus) >= 30
    for name, text, gold in corpus:
        assert gold["source"]["url"].startswith("http"), name
        assert gold["tasks"] is not None and text.strip(), name
    assert sum(1 for _, _, g in corpus if str(g.get("script", "")).startswith("traditional")) >= 3


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_overall_figures_stay_above_their_floors(result, figure):
    value = result["overall"][figure]
    assert value >= FLOORS[figure], f"{figure} fell to {value:.3f} (floor {FLOORS[figure]})"
