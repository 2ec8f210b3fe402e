from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_type_value import FieldTypeValue
from ..models.value_type_value import ValueTypeValue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bounding import Bounding
    from ..models.bounding_poly import BoundingPoly
    from ..models.sub_field import SubField


T = TypeVar("T", bound="TemplateField")


@_attrs_define
class TemplateField:
    """One field defined in the template builder.

    Attributes:
        name (str | Unset): Field name from the template builder.
        value_type (str | Unset | ValueTypeValue): Open enum; new values may appear.
        infer_text (str | Unset):
        infer_confidence (float | Unset):
        bounding_poly (BoundingPoly | Unset): A polygon, usually 4 vertices. For upright text top-left → top-right →
            bottom-right → bottom-left, but rotated text may start elsewhere; do not rely on the order.
        bounding (Bounding | Unset): V1 Template OCR rectangle (instead of `boundingPoly`).
        type_ (FieldTypeValue | str | Unset): Open enum; new values may appear.
        sub_fields (list[SubField] | Unset):
        checked (bool | Unset): Checkbox state for `CHECKBOX` fields.
        line_break (bool | Unset):
    """

    name: str | Unset = UNSET
    value_type: str | Unset | ValueTypeValue = UNSET
    infer_text: str | Unset = UNSET
    infer_confidence: float | Unset = UNSET
    bounding_poly: BoundingPoly | Unset = UNSET
    bounding: Bounding | Unset = UNSET
    type_: FieldTypeValue | str | Unset = UNSET
    sub_fields: list[SubField] | Unset = UNSET
    checked: bool | Unset = UNSET
    line_break: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value_type: str | Unset
        if isinstance(self.value_type, Unset):
            value_type = UNSET
        elif isinstance(self.value_type, ValueTypeValue):
            value_type = self.value_type.value
        else:
            value_type = self.value_type

        infer_text = self.infer_text

        infer_confidence = self.infer_confidence

        bounding_poly: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounding_poly, Unset):
            bounding_poly = self.bounding_poly.to_dict()

        bounding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounding, Unset):
            bounding = self.bounding.to_dict()

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, FieldTypeValue):
            type_ = self.type_.value
        else:
            type_ = self.type_

        sub_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_fields, Unset):
            sub_fields = []
            for sub_fields_item_data in self.sub_fields:
                sub_fields_item = sub_fields_item_data.to_dict()
                sub_fields.append(sub_fields_item)

        checked = self.checked

        line_break = self.line_break

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value_type is not UNSET:
            field_dict["valueType"] = value_type
        if infer_text is not UNSET:
            field_dict["inferText"] = infer_text
        if infer_confidence is not UNSET:
            field_dict["inferConfidence"] = infer_confidence
        if bounding_poly is not UNSET:
            field_dict["boundingPoly"] = bounding_poly
        if bounding is not UNSET:
            field_dict["bounding"] = bounding
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sub_fields is not UNSET:
            field_dict["subFields"] = sub_fields
        if checked is not UNSET:
            field_dict["checked"] = checked
        if line_break is not UNSET:
            field_dict["lineBreak"] = line_break

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bounding import Bounding
        from ..models.bounding_poly import BoundingPoly
        from ..models.sub_field import SubField

        d = dict(src_dict)
        name = d.pop("name", UNSET)

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

        infer_text = d.pop("inferText", UNSET)

        infer_confidence = d.pop("inferConfidence", UNSET)

        _bounding_poly = d.pop("boundingPoly", UNSET)
        bounding_poly: BoundingPoly | Unset
        if isinstance(_bounding_poly, Unset):
            bounding_poly = UNSET
        else:
            bounding_poly = BoundingPoly.from_dict(_bounding_poly)

        _bounding = d.pop("bounding", UNSET)
        bounding: Bounding | Unset
        if isinstance(_bounding, Unset):
            bounding = UNSET
        else:
            bounding = Bounding.from_dict(_bounding)

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

        _sub_fields = d.pop("subFields", UNSET)
        sub_fields: list[SubField] | Unset = UNSET
        if _sub_fields is not UNSET:
            sub_fields = []
            for sub_fields_item_data in _sub_fields:
                sub_fields_item = SubField.from_dict(sub_fields_item_data)

                sub_fields.append(sub_fields_item)

        checked = d.pop("checked", UNSET)

        line_break = d.pop("lineBreak", UNSET)

        template_field = cls(
            name=name,
            value_type=value_type,
            infer_text=infer_text,
            infer_confidence=infer_confidence,
            bounding_poly=bounding_poly,
            bounding=bounding,
            type_=type_,
            sub_fields=sub_fields,
            checked=checked,
            line_break=line_break,
        )

        template_field.additional_properties = d
        return template_field

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
