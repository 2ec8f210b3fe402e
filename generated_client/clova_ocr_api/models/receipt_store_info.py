from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_value import DocumentValue


T = TypeVar("T", bound="ReceiptStoreInfo")


@_attrs_define
class ReceiptStoreInfo:
    """
    Attributes:
        name (DocumentValue | Unset): One extracted item of a Document OCR result.
        sub_name (DocumentValue | Unset): One extracted item of a Document OCR result.
        biz_num (DocumentValue | Unset): One extracted item of a Document OCR result.
        movie_name (DocumentValue | Unset): One extracted item of a Document OCR result.
        addresses (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        tel (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
    """

    name: DocumentValue | Unset = UNSET
    sub_name: DocumentValue | Unset = UNSET
    biz_num: DocumentValue | Unset = UNSET
    movie_name: DocumentValue | Unset = UNSET
    addresses: list[DocumentValue] | Unset = UNSET
    tel: list[DocumentValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        sub_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sub_name, Unset):
            sub_name = self.sub_name.to_dict()

        biz_num: dict[str, Any] | Unset = UNSET
        if not isinstance(self.biz_num, Unset):
            biz_num = self.biz_num.to_dict()

        movie_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.movie_name, Unset):
            movie_name = self.movie_name.to_dict()

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for componentsschemas_document_value_list_item_data in self.addresses:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                addresses.append(componentsschemas_document_value_list_item)

        tel: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tel, Unset):
            tel = []
            for componentsschemas_document_value_list_item_data in self.tel:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                tel.append(componentsschemas_document_value_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if sub_name is not UNSET:
            field_dict["subName"] = sub_name
        if biz_num is not UNSET:
            field_dict["bizNum"] = biz_num
        if movie_name is not UNSET:
            field_dict["movieName"] = movie_name
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if tel is not UNSET:
            field_dict["tel"] = tel

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_value import DocumentValue

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: DocumentValue | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = DocumentValue.from_dict(_name)

        _sub_name = d.pop("subName", UNSET)
        sub_name: DocumentValue | Unset
        if isinstance(_sub_name, Unset):
            sub_name = UNSET
        else:
            sub_name = DocumentValue.from_dict(_sub_name)

        _biz_num = d.pop("bizNum", UNSET)
        biz_num: DocumentValue | Unset
        if isinstance(_biz_num, Unset):
            biz_num = UNSET
        else:
            biz_num = DocumentValue.from_dict(_biz_num)

        _movie_name = d.pop("movieName", UNSET)
        movie_name: DocumentValue | Unset
        if isinstance(_movie_name, Unset):
            movie_name = UNSET
        else:
            movie_name = DocumentValue.from_dict(_movie_name)

        _addresses = d.pop("addresses", UNSET)
        addresses: list[DocumentValue] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for componentsschemas_document_value_list_item_data in _addresses:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                addresses.append(componentsschemas_document_value_list_item)

        _tel = d.pop("tel", UNSET)
        tel: list[DocumentValue] | Unset = UNSET
        if _tel is not UNSET:
            tel = []
            for componentsschemas_document_value_list_item_data in _tel:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                tel.append(componentsschemas_document_value_list_item)

        receipt_store_info = cls(
            name=name,
            sub_name=sub_name,
            biz_num=biz_num,
            movie_name=movie_name,
            addresses=addresses,
            tel=tel,
        )

        receipt_store_info.additional_properties = d
        return receipt_store_info

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
