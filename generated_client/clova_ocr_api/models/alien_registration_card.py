from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_value import DocumentValue


T = TypeVar("T", bound="AlienRegistrationCard")


@_attrs_define
class AlienRegistrationCard:
    """외국인등록증 (`ac`, since 2021-09-16).

    Attributes:
        name (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        alien_reg_num (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        alien_reg_num_etc (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an
            item).
        nationality (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        sex (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        visa_type (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        issue_date (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        authority (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        authority_eng (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
    """

    name: list[DocumentValue] | Unset = UNSET
    alien_reg_num: list[DocumentValue] | Unset = UNSET
    alien_reg_num_etc: list[DocumentValue] | Unset = UNSET
    nationality: list[DocumentValue] | Unset = UNSET
    sex: list[DocumentValue] | Unset = UNSET
    visa_type: list[DocumentValue] | Unset = UNSET
    issue_date: list[DocumentValue] | Unset = UNSET
    authority: list[DocumentValue] | Unset = UNSET
    authority_eng: list[DocumentValue] | Unset = UNSET
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

        alien_reg_num: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alien_reg_num, Unset):
            alien_reg_num = []
            for componentsschemas_document_value_list_item_data in self.alien_reg_num:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                alien_reg_num.append(componentsschemas_document_value_list_item)

        alien_reg_num_etc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alien_reg_num_etc, Unset):
            alien_reg_num_etc = []
            for (
                componentsschemas_document_value_list_item_data
            ) in self.alien_reg_num_etc:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                alien_reg_num_etc.append(componentsschemas_document_value_list_item)

        nationality: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nationality, Unset):
            nationality = []
            for componentsschemas_document_value_list_item_data in self.nationality:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                nationality.append(componentsschemas_document_value_list_item)

        sex: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = []
            for componentsschemas_document_value_list_item_data in self.sex:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                sex.append(componentsschemas_document_value_list_item)

        visa_type: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.visa_type, Unset):
            visa_type = []
            for componentsschemas_document_value_list_item_data in self.visa_type:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                visa_type.append(componentsschemas_document_value_list_item)

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

        authority_eng: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authority_eng, Unset):
            authority_eng = []
            for componentsschemas_document_value_list_item_data in self.authority_eng:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                authority_eng.append(componentsschemas_document_value_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if alien_reg_num is not UNSET:
            field_dict["alienRegNum"] = alien_reg_num
        if alien_reg_num_etc is not UNSET:
            field_dict["alienRegNumEtc"] = alien_reg_num_etc
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if sex is not UNSET:
            field_dict["sex"] = sex
        if visa_type is not UNSET:
            field_dict["visaType"] = visa_type
        if issue_date is not UNSET:
            field_dict["issueDate"] = issue_date
        if authority is not UNSET:
            field_dict["authority"] = authority
        if authority_eng is not UNSET:
            field_dict["authorityEng"] = authority_eng

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

        _alien_reg_num = d.pop("alienRegNum", UNSET)
        alien_reg_num: list[DocumentValue] | Unset = UNSET
        if _alien_reg_num is not UNSET:
            alien_reg_num = []
            for componentsschemas_document_value_list_item_data in _alien_reg_num:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                alien_reg_num.append(componentsschemas_document_value_list_item)

        _alien_reg_num_etc = d.pop("alienRegNumEtc", UNSET)
        alien_reg_num_etc: list[DocumentValue] | Unset = UNSET
        if _alien_reg_num_etc is not UNSET:
            alien_reg_num_etc = []
            for componentsschemas_document_value_list_item_data in _alien_reg_num_etc:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                alien_reg_num_etc.append(componentsschemas_document_value_list_item)

        _nationality = d.pop("nationality", UNSET)
        nationality: list[DocumentValue] | Unset = UNSET
        if _nationality is not UNSET:
            nationality = []
            for componentsschemas_document_value_list_item_data in _nationality:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                nationality.append(componentsschemas_document_value_list_item)

        _sex = d.pop("sex", UNSET)
        sex: list[DocumentValue] | Unset = UNSET
        if _sex is not UNSET:
            sex = []
            for componentsschemas_document_value_list_item_data in _sex:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                sex.append(componentsschemas_document_value_list_item)

        _visa_type = d.pop("visaType", UNSET)
        visa_type: list[DocumentValue] | Unset = UNSET
        if _visa_type is not UNSET:
            visa_type = []
            for componentsschemas_document_value_list_item_data in _visa_type:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                visa_type.append(componentsschemas_document_value_list_item)

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

        _authority_eng = d.pop("authorityEng", UNSET)
        authority_eng: list[DocumentValue] | Unset = UNSET
        if _authority_eng is not UNSET:
            authority_eng = []
            for componentsschemas_document_value_list_item_data in _authority_eng:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                authority_eng.append(componentsschemas_document_value_list_item)

        alien_registration_card = cls(
            name=name,
            alien_reg_num=alien_reg_num,
            alien_reg_num_etc=alien_reg_num_etc,
            nationality=nationality,
            sex=sex,
            visa_type=visa_type,
            issue_date=issue_date,
            authority=authority,
            authority_eng=authority_eng,
        )

        alien_registration_card.additional_properties = d
        return alien_registration_card

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
