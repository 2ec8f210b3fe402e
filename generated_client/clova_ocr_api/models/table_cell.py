from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bounding_poly import BoundingPoly
    from ..models.cell_text_line import CellTextLine


T = TypeVar("T", bound="TableCell")


@_attrs_define
class TableCell:
    """One cell; indexes are 0-based, spans ≥ 1. Empty cells have no text lines.

    Attributes:
        cell_text_lines (list[CellTextLine] | Unset):
        bounding_poly (BoundingPoly | Unset): A polygon, usually 4 vertices. For upright text top-left → top-right →
            bottom-right → bottom-left, but rotated text may start elsewhere; do not rely on the order.
        infer_confidence (float | Unset):
        row_span (int | Unset):
        row_index (int | Unset):
        column_span (int | Unset):
        column_index (int | Unset):
    """

    cell_text_lines: list[CellTextLine] | Unset = UNSET
    bounding_poly: BoundingPoly | Unset = UNSET
    infer_confidence: float | Unset = UNSET
    row_span: int | Unset = UNSET
    row_index: int | Unset = UNSET
    column_span: int | Unset = UNSET
    column_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cell_text_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cell_text_lines, Unset):
            cell_text_lines = []
            for cell_text_lines_item_data in self.cell_text_lines:
                cell_text_lines_item = cell_text_lines_item_data.to_dict()
                cell_text_lines.append(cell_text_lines_item)

        bounding_poly: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounding_poly, Unset):
            bounding_poly = self.bounding_poly.to_dict()

        infer_confidence = self.infer_confidence

        row_span = self.row_span

        row_index = self.row_index

        column_span = self.column_span

        column_index = self.column_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cell_text_lines is not UNSET:
            field_dict["cellTextLines"] = cell_text_lines
        if bounding_poly is not UNSET:
            field_dict["boundingPoly"] = bounding_poly
        if infer_confidence is not UNSET:
            field_dict["inferConfidence"] = infer_confidence
        if row_span is not UNSET:
            field_dict["rowSpan"] = row_span
        if row_index is not UNSET:
            field_dict["rowIndex"] = row_index
        if column_span is not UNSET:
            field_dict["columnSpan"] = column_span
        if column_index is not UNSET:
            field_dict["columnIndex"] = column_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bounding_poly import BoundingPoly
        from ..models.cell_text_line import CellTextLine

        d = dict(src_dict)
        _cell_text_lines = d.pop("cellTextLines", UNSET)
        cell_text_lines: list[CellTextLine] | Unset = UNSET
        if _cell_text_lines is not UNSET:
            cell_text_lines = []
            for cell_text_lines_item_data in _cell_text_lines:
                cell_text_lines_item = CellTextLine.from_dict(cell_text_lines_item_data)

                cell_text_lines.append(cell_text_lines_item)

        _bounding_poly = d.pop("boundingPoly", UNSET)
        bounding_poly: BoundingPoly | Unset
        if isinstance(_bounding_poly, Unset):
            bounding_poly = UNSET
        else:
            bounding_poly = BoundingPoly.from_dict(_bounding_poly)

        infer_confidence = d.pop("inferConfidence", UNSET)

        row_span = d.pop("rowSpan", UNSET)

        row_index = d.pop("rowIndex", UNSET)

        column_span = d.pop("columnSpan", UNSET)

        column_index = d.pop("columnIndex", UNSET)

        table_cell = cls(
            cell_text_lines=cell_text_lines,
            bounding_poly=bounding_poly,
            infer_confidence=infer_confidence,
            row_span=row_span,
            row_index=row_index,
            column_span=column_span,
            column_index=column_index,
        )

        table_cell.additional_properties = d
        return table_cell

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
