"""Plots are written at the expected size, in the expected format, and are not blank."""

from __future__ import annotations

from pathlib import Path

import matplotlib.image as mpimg
import numpy as np
import pytest
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure

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
    for kind in PLOT_KINDS:
        save_figure(make_figure(kind, []), path)
        height, width = mpimg.imread(path).shape[:2]
        assert width >= 800 and height < 200, "an empty figure is a one-line banner, not a blank page"


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


def _node_circles(fig: Figure) -> list[tuple[float, float, float]]:
    """Centre (pixels) and radius (pixels) of every node drawn in a network figure."""
    from matplotlib.collections import PathCollection

    fig.canvas.draw()
    ax = fig.axes[0]
    [nodes] = [c for c in ax.collections if isinstance(c, PathCollection)]
    centres = ax.transData.transform(nodes.get_offsets())
    radii = np.sqrt(nodes.get_sizes()) / 2 * fig.dpi / 72
    return [(x, y, r) for (x, y), r in zip(centres, radii, strict=True)]


def test_network_nodes_do_not_overlap(events: list[AnalystEvent]) -> None:
    import itertools

    import matplotlib.pyplot as plt

    fig = make_figure("network", events)
    circles = _node_circles(fig)
    plt.close(fig)
    assert len(circles) >= 20
    for (x1, y1, r1), (x2, y2, r2) in itertools.combinations(circles, 2):
        # at least a third of an inch between two nodes: room for the edges that meet there
        assert np.hypot(x1 - x2, y1 - y2) - r1 - r2 > 32, "two nodes of the network crowd each other"


def test_network_edges_share_one_opacity_so_a_color_means_one_type(events: list[AnalystEvent]) -> None:
    import matplotlib.pyplot as plt
    from matplotlib.collections import LineCollection

    from defcoop.outputs.plots import EDGE_ALPHA, TYPE_COLORS

    fig = make_figure("network", involving(events, "JPN"), "JPN")
    [edges] = [c for c in fig.axes[0].collections if isinstance(c, LineCollection)]
    colors = edges.get_colors()
    plt.close(fig)
    assert len(colors) >= 3
    assert {round(float(c[3]), 3) for c in colors} == {EDGE_ALPHA}
    palette = {tuple(round(v, 3) for v in to_rgb(c)) for c in TYPE_COLORS.values()}
    assert all(tuple(round(float(v), 3) for v in c[:3]) in palette for c in colors)


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def _undated_copy(item: AnalystEvent) -> AnalystEvent:
    """The same event as if neither the text nor its documents gave a date."""
    from dataclasses import replace

    return AnalystEvent(item.number, replace(item.event, date=None),
                        [source._replace(published=None) for source in item.sources])


def test_timeline_says_how_many_undated_events_it_leaves_out(events: list[AnalystEvent]) -> None:
    import matplotlib.pyplot as plt

    undated = [_undated_copy(item) for item in events[:7]]
    fig = make_figure("timeline", events[7:] + undated)
    texts = _texts(fig)
    plt.close(fig)
    assert any("7 undated events" in text for text in texts), texts
    fig = make_figure("timeline", undated)
    texts = _texts(fig)
    plt.close(fig)
    assert texts == ["None of the 7 matching events is dated"]
