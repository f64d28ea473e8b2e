"""Plots are written at the expected size, in the expected format, and are not blank."""

from __future__ import annotations

from pathlib import Path

import matplotlib.image as mpimg
import numpy as np
import pytest

from defcoop.errors import OutputError
from defcoop.outputs.dataset import AnalystEvent, involving
from defcoop.outputs.plots import PLOT_KINDS, make_figure, nice_label, save_figure


def _not_blank(path: Path) -> np.ndarray:
    pixels = mpimg.imread(path)
    rgb = pixels[..., :3]
    assert rgb.std() > 0.05, "the image is nearly uniform"
    non_white = (rgb < 0.95).any(axis=2).mean()
    assert non_white > 0.03, "almost nothing is drawn"
    return pixels


@pytest.mark.parametrize("kind", PLOT_KINDS)
def test_png_of_every_kind(events: list[AnalystEvent], tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.png"
    save_figure(make_figure(kind, events), path)
    pixels = _not_blank(path)
    height, width = pixels.shape[:2]
    assert width >= 800 and height >= 400


@pytest.mark.parametrize("kind", PLOT_KINDS)
def test_focused_svg(events: list[AnalystEvent], tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.svg"
    save_figure(make_figure(kind, involving(events, "JPN"), "JPN"), path)
    text = path.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "Japan" in text or "JPN" in text


def test_empty_data_gives_a_message_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.png"
    save_figure(make_figure("network", []), path)
    assert mpimg.imread(path).shape[1] >= 800


def test_bad_extension_and_kind(events: list[AnalystEvent], tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"\.png or \.svg"):
        save_figure(make_figure("areas", events), tmp_path / "x.jpg")
    with pytest.raises(OutputError, match="unknown plot"):
        make_figure("pie", events)


def test_labels() -> None:
    assert nice_label("COUNTER_UAS") == "counter UAS"
    assert nice_label("AIR_MISSILE_DEFENSE") == "air missile defense"
    assert nice_label("AI") == "AI"


def test_history_recalled_in_passing_does_not_stretch_the_timeline() -> None:
    from defcoop.outputs.plots import _drop_distant_past

    recent = [(f"{2015 + i % 10}-0{1 + i % 9}", "EXERCISE") for i in range(40)]
    dated = sorted([("1949", "AGREEMENT"), ("1991-05", "ACCESS"), *recent])
    keep, dropped = _drop_distant_past(dated)
    assert [d for d, _ in dropped] == ["1949", "1991-05"] and len(keep) == 40
    short = sorted(recent)
    assert _drop_distant_past(short) == (short, [])
    half_old = sorted([("1990", "VISIT")] * 20 + recent)  # old events are a large share: keep them
    assert _drop_distant_past(half_old)[1] == []
