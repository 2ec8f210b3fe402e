"""Points and polygons as the service reports them (pixels of ``convertedImageInfo``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple


class Point(NamedTuple):
    """A vertex in pixels (a tuple: a 533-word answer builds thousands of them)."""

    x: float
    y: float


@dataclass(frozen=True)
class Polygon:
    """A polygon (usually 4 points; do not rely on their order)."""

    points: tuple[Point, ...] = ()

    @classmethod
    def from_raw(cls, raw: Any) -> Polygon:
        """Build from ``{"vertices": [{"x", "y"}, …]}``, skipping malformed vertices."""
        vertices = raw.get("vertices") if isinstance(raw, dict) else None
        points = []
        for vertex in vertices if isinstance(vertices, list) else ():
            if isinstance(vertex, dict):
                x, y = vertex.get("x"), vertex.get("y")
                if isinstance(x, (int, float)) and isinstance(y, (int, float)):
                    points.append(Point(float(x), float(y)))
        return cls(tuple(points))

    @classmethod
    def from_rect(cls, raw: Any) -> Polygon:
        """Build from a V1 ``bounding`` ``{top, left, width, height}``."""
        if not isinstance(raw, dict):
            return cls()
        try:
            left, top = float(raw["left"]), float(raw["top"])
            right, bottom = left + float(raw["width"]), top + float(raw["height"])
        except (KeyError, TypeError, ValueError):
            return cls()
        return cls((Point(left, top), Point(right, top), Point(right, bottom), Point(left, bottom)))

    @property
    def bbox(self) -> tuple[float, float, float, float] | None:
        """``(left, top, right, bottom)``, or ``None`` for an empty polygon."""
        if not self.points:
            return None
        xs = [p.x for p in self.points]
        ys = [p.y for p in self.points]
        return min(xs), min(ys), max(xs), max(ys)

    @staticmethod
    def enclosing(polygons: list[Polygon]) -> Polygon:
        """The axis-aligned rectangle around all ``polygons``."""
        boxes = [b for b in (p.bbox for p in polygons) if b is not None]
        if not boxes:
            return Polygon()
        left = min(b[0] for b in boxes)
        top = min(b[1] for b in boxes)
        right = max(b[2] for b in boxes)
        bottom = max(b[3] for b in boxes)
        return Polygon(
            (Point(left, top), Point(right, top), Point(right, bottom), Point(left, bottom))
        )
