from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_value import DocumentValue


T = TypeVar("T", bound="ReceiptSubTotal")


@_attrs_define
class ReceiptSubTotal:
    """Tax, discount (2023-11-23) and taxable amounts (2026-07-23).

    Attributes:
        tax_price (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        discount_price (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an
            item).
        sub_total_price (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an
            item).
    """

    tax_price: list[DocumentValue] | Unset = UNSET
    discount_price: list[DocumentValue] | Unset = UNSET
    sub_total_price: list[DocumentValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_price: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_price, Unset):
            tax_price = []
            for componentsschemas_document_value_list_item_data in self.tax_price:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                tax_price.append(componentsschemas_document_value_list_item)

        discount_price: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discount_price, Unset):
            discount_price = []
            for componentsschemas_document_value_list_item_data in self.discount_price:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                discount_price.append(componentsschemas_document_value_list_item)

        sub_total_price: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_total_price, Unset):
            sub_total_price = []
            for componentsschemas_document_value_list_item_data in self.sub_total_price:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                sub_total_price.append(componentsschemas_document_value_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_price is not UNSET:
            field_dict["taxPrice"] = tax_price
        if discount_price is not UNSET:
            field_dict["discountPrice"] = discount_price
        if sub_total_price is not UNSET:
            field_dict["subTotalPrice"] = sub_total_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_value import DocumentValue

        d = dict(src_dict)
        _tax_price = d.pop("taxPrice", UNSET)
        tax_price: list[DocumentValue] | Unset = UNSET
        if _tax_price is not UNSET:
            tax_price = []
            for componentsschemas_document_value_list_item_data in _tax_price:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                tax_price.append(componentsschemas_document_value_list_item)

        _discount_price = d.pop("discountPrice", UNSET)
        discount_price: list[DocumentValue] | Unset = UNSET
        if _discount_price is not UNSET:
            discount_price = []
            for componentsschemas_document_value_list_item_data in _discount_price:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                discount_price.append(componentsschemas_document_value_list_item)

        _sub_total_price = d.pop("subTotalPrice", UNSET)
        sub_total_price: list[DocumentValue] | Unset = UNSET
        if _sub_total_price is not UNSET:
            sub_total_price = []
            for componentsschemas_document_value_list_item_data in _sub_total_price:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                sub_total_price.append(componentsschemas_document_value_list_item)

        receipt_sub_total = cls(
            tax_price=tax_price,
            discount_price=discount_price,
            sub_total_price=sub_total_price,
        )

        receipt_sub_total.additional_properties = d
        return receipt_sub_total

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
