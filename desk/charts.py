"""Geometry for the dashboard's stacked bar chart, drawn as inline SVG by a template."""

from dataclasses import dataclass

from claims.models import Claim

WIDTH = 560
HEIGHT = 200
MARGIN_LEFT = 32
MARGIN_BOTTOM = 28
MARGIN_TOP = 8
STATUS_ORDER = [Claim.Status.UNVERIFIED, Claim.Status.SOURCED, Claim.Status.CORROBORATED, Claim.Status.DISPUTED]


@dataclass(frozen=True)
class Segment:
    status: str
    label: str
    count: int
    y: float
    height: float


@dataclass(frozen=True)
class Bar:
    week_start: object
    x: float
    width: float
    total: int
    segments: list[Segment]


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    maximum: int
    baseline: float
    left: int
    gridlines: list[tuple[int, float]]
    legend: list[tuple[str, str]]

    @property
    def empty(self) -> bool:
        return self.maximum == 0


def status_chart(weeks: list[tuple[object, dict[str, int]]]) -> Chart:
    maximum = max((sum(counts.values()) for _week, counts in weeks), default=0)
    scale_top = max(maximum, 1)
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    baseline = HEIGHT - MARGIN_BOTTOM
    slot = (WIDTH - MARGIN_LEFT) / max(len(weeks), 1)
    bars = []
    for index, (week_start, counts) in enumerate(weeks):
        y = baseline
        segments = []
        for status in STATUS_ORDER:
            count = counts.get(status, 0)
            height = plot_height * count / scale_top
            y -= height
            segments.append(Segment(status, Claim.Status(status).label, count, round(y, 1), round(height, 1)))
        x = MARGIN_LEFT + index * slot + slot * 0.2
        bars.append(Bar(week_start, round(x, 1), round(slot * 0.6, 1), sum(counts.values()), segments))
    tick_values = {0, scale_top // 2, scale_top}
    gridlines = [(value, round(baseline - plot_height * value / scale_top, 1)) for value in tick_values]
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        bars=bars,
        maximum=maximum,
        baseline=baseline,
        left=MARGIN_LEFT,
        gridlines=sorted(gridlines),
        legend=[(status, Claim.Status(status).label) for status in STATUS_ORDER],
    )
