"""Figures for the report, drawn with matplotlib and returned as inline SVG text.

Text stays text in the SVG (``svg.fonttype = none``), so the figures are sharp at any zoom,
searchable, and small. Each figure gets its own id salt so several can share one HTML page.
"""

from __future__ import annotations

import html
import io
import itertools
import re
from collections import Counter

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import FancyBboxPatch, Polygon  # noqa: E402

INK = "#1f2933"
MUTED = "#7b8794"
ACCENT = "#0b6e99"
ACCENT_LIGHT = "#9fd3ea"
GOOD = "#2f855a"
RULE = "#cbd2d9"
_salt = itertools.count()

matplotlib.rcParams.update({
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.sans-serif": ["Helvetica Neue", "Helvetica", "Arial", "DejaVu Sans"],
    "font.size": 10,
    "axes.edgecolor": RULE,
    "axes.labelcolor": INK,
    "xtick.color": MUTED,
    "ytick.color": MUTED,
    "text.color": INK,
    "axes.spines.top": False,
    "axes.spines.right": False,
})


def to_svg(fig, title: str) -> str:
    """Serialise a figure as an accessible inline <svg> element and close it."""
    matplotlib.rcParams["svg.hashsalt"] = f"fig{next(_salt)}"
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r'<svg ([^>]*?)width="[^"]*" height="[^"]*"', r'<svg \1', svg, count=1)
    safe_title = html.escape(title, quote=True)
    return svg.replace(">", f' role="img" aria-label="{safe_title}"><title>{safe_title}</title>', 1)


def forest_plot(rows: list[dict], pooled: dict | None, *, xlabel: str, favours_left: str, favours_right: str,
                mid: float | None = None, title: str = "") -> str:
    """Studies with 95% CIs (marker area ~ weight), the pooled diamond and the prediction interval.

    ``rows``: label, yi, lo, hi, weight (percent, or None for unweighted single-trial results).
    ``pooled``: estimate, ci_low, ci_high, pi_low, pi_high, k; None draws the trials only.
    """
    n = len(rows)
    extra = 3 if pooled else 1
    fig, ax = plt.subplots(figsize=(8.6, 1.1 + 0.32 * (n + extra)))
    ys = list(range(n + extra - 1, extra - 1, -1))
    lows = [r["lo"] for r in rows] + ([pooled["pi_low"], pooled["ci_low"]] if pooled else [])
    highs = [r["hi"] for r in rows] + ([pooled["pi_high"], pooled["ci_high"]] if pooled else [])
    span = max(abs(min(lows)), abs(max(highs)), (mid or 0) * 1.2, 1e-9)
    for y, r in zip(ys, rows):
        ax.plot([r["lo"], r["hi"]], [y, y], color=INK, lw=1.1, solid_capstyle="butt")
        size = 7 if r.get("weight") is None else 4 + 10 * (r["weight"] / 100) ** 0.5
        ax.plot(r["yi"], y, marker="s", ms=size, color=ACCENT, mec="white", mew=0.5)
    ticks, labels = list(ys), [r["label"] for r in rows]
    right = [f"{r['yi']:+.2f} [{r['lo']:+.2f}, {r['hi']:+.2f}]" + (f"  {r['weight']:4.1f}%" if r.get("weight") is not None
                                                                     else "") for r in rows]
    if pooled:
        y0 = 1.2
        est, lo, hi = pooled["estimate"], pooled["ci_low"], pooled["ci_high"]
        ax.plot([pooled["pi_low"], pooled["pi_high"]], [y0, y0], color=ACCENT_LIGHT, lw=5, solid_capstyle="butt",
                zorder=1)
        ax.add_patch(Polygon([[lo, y0], [est, y0 + 0.38], [hi, y0], [est, y0 - 0.38]], closed=True, color=INK,
                             zorder=2))
        ticks.append(y0)
        labels.append(f"Pooled (k = {pooled['k']})")
        right.append(f"{est:+.2f} [{lo:+.2f}, {hi:+.2f}]")
    ax.axvline(0, color=MUTED, lw=0.9)
    if mid:
        for x in (-mid, mid):
            ax.axvline(x, color=MUTED, lw=0.7, ls=(0, (3, 3)))
    ax.set_yticks(ticks)
    ax.set_yticklabels(labels, fontsize=9.5, color=INK)
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(0.3 if pooled else 0.4, n + extra)
    ax.set_xlim(-span * 1.15, span * 1.15)
    ax.spines["left"].set_visible(False)
    ax.set_xlabel(f"\u2190 favours {favours_left}          {xlabel}          favours {favours_right} \u2192",
                  fontsize=9)
    side = ax.secondary_yaxis("right")
    side.set_yticks(ticks)
    side.set_yticklabels(right, fontsize=8.5, color=INK, family="monospace")
    side.tick_params(length=0)
    side.spines["right"].set_visible(False)
    if title:
        ax.set_title(title, loc="left", fontsize=10.5, color=INK, pad=10)
    return to_svg(fig, title or "Forest plot")


def trials_per_year(years: list[int], title: str, *, cumulative: bool = True, color: str = ACCENT,
                    start: int | None = None, end: int | None = None) -> str:
    """Bars: trials per year; line (right axis): cumulative trials."""
    counts = Counter(years)
    first = start or (min(years) if years else 2000)
    last = end or (max(years) if years else 2000)
    xs = list(range(first, last + 1))
    ys = [counts.get(x, 0) for x in xs]
    fig, ax = plt.subplots(figsize=(8.6, 2.3))
    ax.bar(xs, ys, color=color, width=0.8)
    ax.set_ylabel("trials per year", fontsize=9)
    ax.yaxis.get_major_locator().set_params(integer=True)
    if cumulative and years:
        ax2 = ax.twinx()
        running = list(itertools.accumulate(ys))
        ax2.plot(xs, running, color=INK, lw=1.4)
        ax2.set_ylabel("cumulative trials", fontsize=9)
        ax2.spines["right"].set_visible(True)
        ax2.spines["top"].set_visible(False)
        ax2.set_ylim(0, max(running) * 1.1)
        ax2.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title, loc="left", fontsize=10.5, pad=8)
    return to_svg(fig, title)


def cumulative_plot(points: list[dict], *, ylabel: str, title: str, mid: float | None = None) -> str:
    """Cumulative meta-analysis: the pooled estimate and 95% CI as trials are added by year."""
    fig, ax = plt.subplots(figsize=(8.6, 2.8))
    xs = list(range(len(points)))
    ax.fill_between(xs, [p["ci_low"] for p in points], [p["ci_high"] for p in points], color=ACCENT_LIGHT,
                    alpha=0.7, lw=0)
    ax.plot(xs, [p["estimate"] for p in points], color=ACCENT, marker="o", ms=4, lw=1.5)
    ax.axhline(0, color=MUTED, lw=0.9)
    if mid:
        for y in (-mid, mid):
            ax.axhline(y, color=MUTED, lw=0.7, ls=(0, (3, 3)))
    ax.set_xticks(xs)
    ax.set_xticklabels([p["label"] for p in points], rotation=40, ha="right", fontsize=8)
    ax.set_ylabel(ylabel, fontsize=9)
    ax.set_title(title, loc="left", fontsize=10.5, pad=8)
    return to_svg(fig, title)


def prisma_flow(counts: dict[str, int], exclusions: list[tuple[str, int]], per_condition: list[tuple[str, int]]) -> str:
    """The PRISMA 2020 flow diagram for a database-only, automated screening review."""
    fig, ax = plt.subplots(figsize=(8.6, 6.4))
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    ax.axis("off")

    def box(x, y, w, h, text, bold=False, fill="#f5f7fa"):
        ax.add_patch(FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0.4,rounding_size=1.2", fc=fill, ec=RULE, lw=1))
        ax.text(x + 1.5, y + h / 2, text, va="center", ha="left", fontsize=8.6, color=INK,
                fontweight="bold" if bold else "normal", linespacing=1.35)

    def arrow(x1, y1, x2, y2):
        ax.annotate("", xy=(x2, y2), xytext=(x1, y1), arrowprops=dict(arrowstyle="-|>", color=MUTED, lw=1))

    for label, y in (("Identification", 84), ("Screening", 50), ("Included", 10)):
        ax.text(1, y, label, rotation=90, va="center", ha="center", fontsize=9, color=ACCENT, fontweight="bold")
    box(5, 78, 42, 14, f"Records identified from PubMed\n(n = {counts['identified']})")
    box(55, 78, 43, 14, f"Records removed before screening:\n  duplicate records (n = {counts['duplicates']})\n"
                        f"  retracted publications (n = {counts['retracted']})")
    arrow(47, 85, 55, 85)
    box(5, 50, 42, 12, f"Records screened\n(title, abstract, publication type)\n(n = {counts['screened']})")
    arrow(26, 78, 26, 62)
    lines = "\n".join(f"  {reason} (n = {n})" for reason, n in exclusions[:9])
    if len(exclusions) > 9:
        lines += f"\n  other reasons (n = {sum(n for _, n in exclusions[9:])})"
    box(55, 30, 43, 44, f"Records excluded (n = {counts['excluded']}):\n{lines}", fill="#fbfbfc")
    arrow(47, 56, 55, 56)
    per = "\n".join(f"  {name}: {n}" for name, n in per_condition if n)
    box(5, 2, 42, 38, f"Randomised trials included\n(n = {counts['included']})\n\nby condition\n"
                      f"(a trial may count twice):\n{per}", fill="#eef6fb")
    arrow(26, 50, 26, 40)
    return to_svg(fig, "PRISMA 2020 flow diagram")
