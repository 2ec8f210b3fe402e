from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.value_type_value import ValueTypeValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="CombineResult")


@_attrs_define
class CombineResult:
    """A field combined from others in the template builder (since 2021-05-27).

    Attributes:
        name (str | Unset):
        value_type (str | Unset | ValueTypeValue): Open enum; new values may appear.
        infer_text (str | Unset):
    """

    name: str | Unset = UNSET
    value_type: str | Unset | ValueTypeValue = UNSET
    infer_text: str | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value_type is not UNSET:
            field_dict["valueType"] = value_type
        if infer_text is not UNSET:
            field_dict["inferText"] = infer_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        combine_result = cls(
            name=name,
            value_type=value_type,
            infer_text=infer_text,
        )

        combine_result.additional_properties = d
        return combine_result

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
