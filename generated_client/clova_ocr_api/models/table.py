from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bounding_poly import BoundingPoly
    from ..models.table_cell import TableCell


T = TypeVar("T", bound="Table")


@_attrs_define
class Table:
    """A detected table (with `enableTableDetection`). Its words also appear in `fields`.

    Attributes:
        cells (list[TableCell] | Unset):
        bounding_poly (BoundingPoly | Unset): A polygon, usually 4 vertices. For upright text top-left → top-right →
            bottom-right → bottom-left, but rotated text may start elsewhere; do not rely on the order.
        infer_confidence (float | Unset):
    """

    cells: list[TableCell] | Unset = UNSET
    bounding_poly: BoundingPoly | Unset = UNSET
    infer_confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cells: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cells, Unset):
            cells = []
            for cells_item_data in self.cells:
                cells_item = cells_item_data.to_dict()
                cells.append(cells_item)

        bounding_poly: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounding_poly, Unset):
            bounding_poly = self.bounding_poly.to_dict()

        infer_confidence = self.infer_confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cells is not UNSET:
            field_dict["cells"] = cells
        if bounding_poly is not UNSET:
            field_dict["boundingPoly"] = bounding_poly
        if infer_confidence is not UNSET:
            field_dict["inferConfidence"] = infer_confidence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bounding_poly import BoundingPoly
        from ..models.table_cell import TableCell

        d = dict(src_dict)
        _cells = d.pop("cells", UNSET)
        cells: list[TableCell] | Unset = UNSET
        if _cells is not UNSET:
            cells = []
            for cells_item_data in _cells:
                cells_item = TableCell.from_dict(cells_item_data)

                cells.append(cells_item)

        _bounding_poly = d.pop("boundingPoly", UNSET)
        bounding_poly: BoundingPoly | Unset
        if isinstance(_bounding_poly, Unset):
            bounding_poly = UNSET
        else:
            bounding_poly = BoundingPoly.from_dict(_bounding_poly)

        infer_confidence = d.pop("inferConfidence", UNSET)

        table = cls(
            cells=cells,
            bounding_poly=bounding_poly,
            infer_confidence=infer_confidence,
        )

        table.additional_properties = d
        return table

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
