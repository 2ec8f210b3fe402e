from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bounding_poly import BoundingPoly


T = TypeVar("T", bound="SubField")


@_attrs_define
class SubField:
    """One box of a `MULTI_BOX` field.

    Attributes:
        bounding_poly (BoundingPoly | Unset): A polygon, usually 4 vertices. For upright text top-left → top-right →
            bottom-right → bottom-left, but rotated text may start elsewhere; do not rely on the order.
        infer_text (str | Unset):
        infer_confidence (float | Unset):
        line_break (bool | Unset):
    """

    bounding_poly: BoundingPoly | Unset = UNSET
    infer_text: str | Unset = UNSET
    infer_confidence: float | Unset = UNSET
    line_break: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bounding_poly: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounding_poly, Unset):
            bounding_poly = self.bounding_poly.to_dict()

        infer_text = self.infer_text

        infer_confidence = self.infer_confidence

        line_break = self.line_break

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bounding_poly is not UNSET:
            field_dict["boundingPoly"] = bounding_poly
        if infer_text is not UNSET:
            field_dict["inferText"] = infer_text
        if infer_confidence is not UNSET:
            field_dict["inferConfidence"] = infer_confidence
        if line_break is not UNSET:
            field_dict["lineBreak"] = line_break

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bounding_poly import BoundingPoly

        d = dict(src_dict)
        _bounding_poly = d.pop("boundingPoly", UNSET)
        bounding_poly: BoundingPoly | Unset
        if isinstance(_bounding_poly, Unset):
            bounding_poly = UNSET
        else:
            bounding_poly = BoundingPoly.from_dict(_bounding_poly)

        infer_text = d.pop("inferText", UNSET)

        infer_confidence = d.pop("inferConfidence", UNSET)

        line_break = d.pop("lineBreak", UNSET)

        sub_field = cls(
            bounding_poly=bounding_poly,
            infer_text=infer_text,
            infer_confidence=infer_confidence,
            line_break=line_break,
        )

        sub_field.additional_properties = d
        return sub_field

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
