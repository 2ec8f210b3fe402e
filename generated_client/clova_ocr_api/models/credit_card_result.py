from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_value import DocumentValue


T = TypeVar("T", bound="CreditCardResult")


@_attrs_define
class CreditCardResult:
    """Assumed keys (the response table was not published where we could read it); open.

    Attributes:
        number (DocumentValue | Unset): One extracted item of a Document OCR result.
        valid_thru (DocumentValue | Unset): One extracted item of a Document OCR result.
        name (DocumentValue | Unset): One extracted item of a Document OCR result.
        company (DocumentValue | Unset): One extracted item of a Document OCR result.
    """

    number: DocumentValue | Unset = UNSET
    valid_thru: DocumentValue | Unset = UNSET
    name: DocumentValue | Unset = UNSET
    company: DocumentValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.number, Unset):
            number = self.number.to_dict()

        valid_thru: dict[str, Any] | Unset = UNSET
        if not isinstance(self.valid_thru, Unset):
            valid_thru = self.valid_thru.to_dict()

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

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
        from ..models.document_value import DocumentValue

        d = dict(src_dict)
        _number = d.pop("number", UNSET)
        number: DocumentValue | Unset
        if isinstance(_number, Unset):
            number = UNSET
        else:
            number = DocumentValue.from_dict(_number)

        _valid_thru = d.pop("validThru", UNSET)
        valid_thru: DocumentValue | Unset
        if isinstance(_valid_thru, Unset):
            valid_thru = UNSET
        else:
            valid_thru = DocumentValue.from_dict(_valid_thru)

        _name = d.pop("name", UNSET)
        name: DocumentValue | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = DocumentValue.from_dict(_name)

        _company = d.pop("company", UNSET)
        company: DocumentValue | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = DocumentValue.from_dict(_company)

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
