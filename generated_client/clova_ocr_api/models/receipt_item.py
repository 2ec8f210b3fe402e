from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_value import DocumentValue
    from ..models.receipt_item_price import ReceiptItemPrice


T = TypeVar("T", bound="ReceiptItem")


@_attrs_define
class ReceiptItem:
    """
    Attributes:
        name (DocumentValue | Unset): One extracted item of a Document OCR result.
        code (DocumentValue | Unset): One extracted item of a Document OCR result.
        count (DocumentValue | Unset): One extracted item of a Document OCR result.
        price (ReceiptItemPrice | Unset):
    """

    name: DocumentValue | Unset = UNSET
    code: DocumentValue | Unset = UNSET
    count: DocumentValue | Unset = UNSET
    price: ReceiptItemPrice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.to_dict()

        count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.count, Unset):
            count = self.count.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if count is not UNSET:
            field_dict["count"] = count
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_value import DocumentValue
        from ..models.receipt_item_price import ReceiptItemPrice

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: DocumentValue | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = DocumentValue.from_dict(_name)

        _code = d.pop("code", UNSET)
        code: DocumentValue | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = DocumentValue.from_dict(_code)

        _count = d.pop("count", UNSET)
        count: DocumentValue | Unset
        if isinstance(_count, Unset):
            count = UNSET
        else:
            count = DocumentValue.from_dict(_count)

        _price = d.pop("price", UNSET)
        price: ReceiptItemPrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = ReceiptItemPrice.from_dict(_price)

        receipt_item = cls(
            name=name,
            code=code,
            count=count,
            price=price,
        )

        receipt_item.additional_properties = d
        return receipt_item

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
