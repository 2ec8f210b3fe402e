from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_value import DocumentValue


T = TypeVar("T", bound="ReceiptCardInfo")


@_attrs_define
class ReceiptCardInfo:
    """
    Attributes:
        company (DocumentValue | Unset): One extracted item of a Document OCR result.
        number (DocumentValue | Unset): One extracted item of a Document OCR result.
    """

    company: DocumentValue | Unset = UNSET
    number: DocumentValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.number, Unset):
            number = self.number.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company is not UNSET:
            field_dict["company"] = company
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_value import DocumentValue

        d = dict(src_dict)
        _company = d.pop("company", UNSET)
        company: DocumentValue | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = DocumentValue.from_dict(_company)

        _number = d.pop("number", UNSET)
        number: DocumentValue | Unset
        if isinstance(_number, Unset):
            number = UNSET
        else:
            number = DocumentValue.from_dict(_number)

        receipt_card_info = cls(
            company=company,
            number=number,
        )

        receipt_card_info.additional_properties = d
        return receipt_card_info

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
