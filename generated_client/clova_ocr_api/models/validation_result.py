from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_result_value import ValidationResultValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationResult")


@_attrs_define
class ValidationResult:
    """Result of the external validation hook.

    Attributes:
        result (str | Unset | ValidationResultValue): Open enum; new values may appear.
        message (str | Unset):
    """

    result: str | Unset | ValidationResultValue = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, ValidationResultValue):
            result = self.result.value
        else:
            result = self.result

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_result(data: object) -> str | Unset | ValidationResultValue:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_validation_result_code_type_0 = ValidationResultValue(
                    data
                )

                return componentsschemas_validation_result_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | ValidationResultValue, data)

        result = _parse_result(d.pop("result", UNSET))

        message = d.pop("message", UNSET)

        validation_result = cls(
            result=result,
            message=message,
        )

        validation_result.additional_properties = d
        return validation_result

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
