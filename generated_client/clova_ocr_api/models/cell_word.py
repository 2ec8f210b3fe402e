from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bounding_poly import BoundingPoly


T = TypeVar("T", bound="CellWord")


@_attrs_define
class CellWord:
    """One word of a cell line.

    Attributes:
        infer_text (str | Unset):
        bounding_poly (BoundingPoly | Unset): A polygon, usually 4 vertices. For upright text top-left → top-right →
            bottom-right → bottom-left, but rotated text may start elsewhere; do not rely on the order.
        infer_confidence (float | Unset):
    """

    infer_text: str | Unset = UNSET
    bounding_poly: BoundingPoly | Unset = UNSET
    infer_confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        infer_text = self.infer_text

        bounding_poly: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounding_poly, Unset):
            bounding_poly = self.bounding_poly.to_dict()

        infer_confidence = self.infer_confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if infer_text is not UNSET:
            field_dict["inferText"] = infer_text
        if bounding_poly is not UNSET:
            field_dict["boundingPoly"] = bounding_poly
        if infer_confidence is not UNSET:
            field_dict["inferConfidence"] = infer_confidence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bounding_poly import BoundingPoly

        d = dict(src_dict)
        infer_text = d.pop("inferText", UNSET)

        _bounding_poly = d.pop("boundingPoly", UNSET)
        bounding_poly: BoundingPoly | Unset
        if isinstance(_bounding_poly, Unset):
            bounding_poly = UNSET
        else:
            bounding_poly = BoundingPoly.from_dict(_bounding_poly)

        infer_confidence = d.pop("inferConfidence", UNSET)

        cell_word = cls(
            infer_text=infer_text,
            bounding_poly=bounding_poly,
            infer_confidence=infer_confidence,
        )

        cell_word.additional_properties = d
        return cell_word

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
