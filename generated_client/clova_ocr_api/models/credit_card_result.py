from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditCardResult")


@_attrs_define
class CreditCardResult:
    """Card number (masked), validity, holder name and issuer. Each item is a value object or a list of them; unknown keys
    may appear.

        Attributes:
            number (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used where no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            valid_thru (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used where
                no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            name (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used where no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            company (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used where no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
    """

    number: Any | Unset = UNSET
    valid_thru: Any | Unset = UNSET
    name: Any | Unset = UNSET
    company: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        valid_thru = self.valid_thru

        name = self.name

        company = self.company

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if valid_thru is not UNSET:
            field_dict["validThru"] = valid_thru
        if name is not UNSET:
            field_dict["name"] = name
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        valid_thru = d.pop("validThru", UNSET)

        name = d.pop("name", UNSET)

        company = d.pop("company", UNSET)

        credit_card_result = cls(
            number=number,
            valid_thru=valid_thru,
            name=name,
            company=company,
        )

        credit_card_result.additional_properties = d
        return credit_card_result

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
