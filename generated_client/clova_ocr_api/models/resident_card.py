from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_value import DocumentValue


T = TypeVar("T", bound="ResidentCard")


@_attrs_define
class ResidentCard:
    """주민등록증 (`ic`).

    Attributes:
        name (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        personal_num (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        address (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        issue_date (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        authority (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
    """

    name: list[DocumentValue] | Unset = UNSET
    personal_num: list[DocumentValue] | Unset = UNSET
    address: list[DocumentValue] | Unset = UNSET
    issue_date: list[DocumentValue] | Unset = UNSET
    authority: list[DocumentValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = []
            for componentsschemas_document_value_list_item_data in self.name:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                name.append(componentsschemas_document_value_list_item)

        personal_num: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.personal_num, Unset):
            personal_num = []
            for componentsschemas_document_value_list_item_data in self.personal_num:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                personal_num.append(componentsschemas_document_value_list_item)

        address: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = []
            for componentsschemas_document_value_list_item_data in self.address:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                address.append(componentsschemas_document_value_list_item)

        issue_date: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issue_date, Unset):
            issue_date = []
            for componentsschemas_document_value_list_item_data in self.issue_date:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                issue_date.append(componentsschemas_document_value_list_item)

        authority: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authority, Unset):
            authority = []
            for componentsschemas_document_value_list_item_data in self.authority:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                authority.append(componentsschemas_document_value_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if personal_num is not UNSET:
            field_dict["personalNum"] = personal_num
        if address is not UNSET:
            field_dict["address"] = address
        if issue_date is not UNSET:
            field_dict["issueDate"] = issue_date
        if authority is not UNSET:
            field_dict["authority"] = authority

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_value import DocumentValue

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: list[DocumentValue] | Unset = UNSET
        if _name is not UNSET:
            name = []
            for componentsschemas_document_value_list_item_data in _name:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                name.append(componentsschemas_document_value_list_item)

        _personal_num = d.pop("personalNum", UNSET)
        personal_num: list[DocumentValue] | Unset = UNSET
        if _personal_num is not UNSET:
            personal_num = []
            for componentsschemas_document_value_list_item_data in _personal_num:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                personal_num.append(componentsschemas_document_value_list_item)

        _address = d.pop("address", UNSET)
        address: list[DocumentValue] | Unset = UNSET
        if _address is not UNSET:
            address = []
            for componentsschemas_document_value_list_item_data in _address:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                address.append(componentsschemas_document_value_list_item)

        _issue_date = d.pop("issueDate", UNSET)
        issue_date: list[DocumentValue] | Unset = UNSET
        if _issue_date is not UNSET:
            issue_date = []
            for componentsschemas_document_value_list_item_data in _issue_date:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                issue_date.append(componentsschemas_document_value_list_item)

        _authority = d.pop("authority", UNSET)
        authority: list[DocumentValue] | Unset = UNSET
        if _authority is not UNSET:
            authority = []
            for componentsschemas_document_value_list_item_data in _authority:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                authority.append(componentsschemas_document_value_list_item)

        resident_card = cls(
            name=name,
            personal_num=personal_num,
            address=address,
            issue_date=issue_date,
            authority=authority,
        )

        resident_card.additional_properties = d
        return resident_card

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
