from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_value import DocumentValue


T = TypeVar("T", bound="ReceiptItemPrice")


@_attrs_define
class ReceiptItemPrice:
    """
    Attributes:
        price (DocumentValue | Unset): One extracted item of a Document OCR result.
        unit_price (DocumentValue | Unset): One extracted item of a Document OCR result.
    """

    price: DocumentValue | Unset = UNSET
    unit_price: DocumentValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        unit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_price, Unset):
            unit_price = self.unit_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_value import DocumentValue

        d = dict(src_dict)
        _price = d.pop("price", UNSET)
        price: DocumentValue | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = DocumentValue.from_dict(_price)

        _unit_price = d.pop("unitPrice", UNSET)
        unit_price: DocumentValue | Unset
        if isinstance(_unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = DocumentValue.from_dict(_unit_price)

        receipt_item_price = cls(
            price=price,
            unit_price=unit_price,
        )

        receipt_item_price.additional_properties = d
        return receipt_item_price

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
