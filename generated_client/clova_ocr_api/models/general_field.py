from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_type_value import FieldTypeValue
from ..models.value_type_value import ValueTypeValue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bounding_poly import BoundingPoly


T = TypeVar("T", bound="GeneralField")


@_attrs_define
class GeneralField:
    """One recognised word/token, in reading order.

    Attributes:
        infer_text (str): Recognised text of the token (spaces split tokens).
        value_type (str | Unset | ValueTypeValue): Open enum; new values may appear.
        bounding_poly (BoundingPoly | Unset): A polygon, usually 4 vertices. For upright text top-left → top-right →
            bottom-right → bottom-left, but rotated text may start elsewhere; do not rely on the order.
        infer_confidence (float | Unset): Confidence 0–1.
        type_ (FieldTypeValue | str | Unset): Open enum; new values may appear.
        line_break (bool | Unset): True when this token ends a line (V2).
    """

    infer_text: str
    value_type: str | Unset | ValueTypeValue = UNSET
    bounding_poly: BoundingPoly | Unset = UNSET
    infer_confidence: float | Unset = UNSET
    type_: FieldTypeValue | str | Unset = UNSET
    line_break: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        infer_text = self.infer_text

        value_type: str | Unset
        if isinstance(self.value_type, Unset):
            value_type = UNSET
        elif isinstance(self.value_type, ValueTypeValue):
            value_type = self.value_type.value
        else:
            value_type = self.value_type

        bounding_poly: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounding_poly, Unset):
            bounding_poly = self.bounding_poly.to_dict()

        infer_confidence = self.infer_confidence

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, FieldTypeValue):
            type_ = self.type_.value
        else:
            type_ = self.type_

        line_break = self.line_break

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inferText": infer_text,
            }
        )
        if value_type is not UNSET:
            field_dict["valueType"] = value_type
        if bounding_poly is not UNSET:
            field_dict["boundingPoly"] = bounding_poly
        if infer_confidence is not UNSET:
            field_dict["inferConfidence"] = infer_confidence
        if type_ is not UNSET:
            field_dict["type"] = type_
        if line_break is not UNSET:
            field_dict["lineBreak"] = line_break

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bounding_poly import BoundingPoly

        d = dict(src_dict)
        infer_text = d.pop("inferText")

        def _parse_value_type(data: object) -> str | Unset | ValueTypeValue:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_value_type_type_0 = ValueTypeValue(data)

                return componentsschemas_value_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | ValueTypeValue, data)

        value_type = _parse_value_type(d.pop("valueType", UNSET))

        _bounding_poly = d.pop("boundingPoly", UNSET)
        bounding_poly: BoundingPoly | Unset
        if isinstance(_bounding_poly, Unset):
            bounding_poly = UNSET
        else:
            bounding_poly = BoundingPoly.from_dict(_bounding_poly)

        infer_confidence = d.pop("inferConfidence", UNSET)

        def _parse_type_(data: object) -> FieldTypeValue | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_field_type_type_0 = FieldTypeValue(data)

                return componentsschemas_field_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldTypeValue | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        line_break = d.pop("lineBreak", UNSET)

        general_field = cls(
            infer_text=infer_text,
            value_type=value_type,
            bounding_poly=bounding_poly,
            infer_confidence=infer_confidence,
            type_=type_,
            line_break=line_break,
        )

        general_field.additional_properties = d
        return general_field

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
