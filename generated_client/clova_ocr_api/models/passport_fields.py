from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_value import DocumentValue


T = TypeVar("T", bound="PassportFields")


@_attrs_define
class PassportFields:
    """Korean passport items (`pp` of an id-card answer); each is a list of value objects.

    Attributes:
        type_ (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        issue_country (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        num (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        sur_name (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        given_name (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        full_name_kor (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        nationality (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        personal_num (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        birth_date (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        sex (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        issue_date (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        expire_date (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        authority (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        mrz1 (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        mrz2 (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
    """

    type_: list[DocumentValue] | Unset = UNSET
    issue_country: list[DocumentValue] | Unset = UNSET
    num: list[DocumentValue] | Unset = UNSET
    sur_name: list[DocumentValue] | Unset = UNSET
    given_name: list[DocumentValue] | Unset = UNSET
    full_name_kor: list[DocumentValue] | Unset = UNSET
    nationality: list[DocumentValue] | Unset = UNSET
    personal_num: list[DocumentValue] | Unset = UNSET
    birth_date: list[DocumentValue] | Unset = UNSET
    sex: list[DocumentValue] | Unset = UNSET
    issue_date: list[DocumentValue] | Unset = UNSET
    expire_date: list[DocumentValue] | Unset = UNSET
    authority: list[DocumentValue] | Unset = UNSET
    mrz1: list[DocumentValue] | Unset = UNSET
    mrz2: list[DocumentValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = []
            for componentsschemas_document_value_list_item_data in self.type_:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                type_.append(componentsschemas_document_value_list_item)

        issue_country: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issue_country, Unset):
            issue_country = []
            for componentsschemas_document_value_list_item_data in self.issue_country:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                issue_country.append(componentsschemas_document_value_list_item)

        num: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.num, Unset):
            num = []
            for componentsschemas_document_value_list_item_data in self.num:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                num.append(componentsschemas_document_value_list_item)

        sur_name: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sur_name, Unset):
            sur_name = []
            for componentsschemas_document_value_list_item_data in self.sur_name:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                sur_name.append(componentsschemas_document_value_list_item)

        given_name: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.given_name, Unset):
            given_name = []
            for componentsschemas_document_value_list_item_data in self.given_name:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                given_name.append(componentsschemas_document_value_list_item)

        full_name_kor: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.full_name_kor, Unset):
            full_name_kor = []
            for componentsschemas_document_value_list_item_data in self.full_name_kor:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                full_name_kor.append(componentsschemas_document_value_list_item)

        nationality: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nationality, Unset):
            nationality = []
            for componentsschemas_document_value_list_item_data in self.nationality:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                nationality.append(componentsschemas_document_value_list_item)

        personal_num: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.personal_num, Unset):
            personal_num = []
            for componentsschemas_document_value_list_item_data in self.personal_num:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                personal_num.append(componentsschemas_document_value_list_item)

        birth_date: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = []
            for componentsschemas_document_value_list_item_data in self.birth_date:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                birth_date.append(componentsschemas_document_value_list_item)

        sex: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = []
            for componentsschemas_document_value_list_item_data in self.sex:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                sex.append(componentsschemas_document_value_list_item)

        issue_date: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issue_date, Unset):
            issue_date = []
            for componentsschemas_document_value_list_item_data in self.issue_date:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                issue_date.append(componentsschemas_document_value_list_item)

        expire_date: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expire_date, Unset):
            expire_date = []
            for componentsschemas_document_value_list_item_data in self.expire_date:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                expire_date.append(componentsschemas_document_value_list_item)

        authority: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authority, Unset):
            authority = []
            for componentsschemas_document_value_list_item_data in self.authority:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                authority.append(componentsschemas_document_value_list_item)

        mrz1: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mrz1, Unset):
            mrz1 = []
            for componentsschemas_document_value_list_item_data in self.mrz1:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                mrz1.append(componentsschemas_document_value_list_item)

        mrz2: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mrz2, Unset):
            mrz2 = []
            for componentsschemas_document_value_list_item_data in self.mrz2:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                mrz2.append(componentsschemas_document_value_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if issue_country is not UNSET:
            field_dict["issueCountry"] = issue_country
        if num is not UNSET:
            field_dict["num"] = num
        if sur_name is not UNSET:
            field_dict["surName"] = sur_name
        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        if full_name_kor is not UNSET:
            field_dict["fullNameKor"] = full_name_kor
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if personal_num is not UNSET:
            field_dict["personalNum"] = personal_num
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if sex is not UNSET:
            field_dict["sex"] = sex
        if issue_date is not UNSET:
            field_dict["issueDate"] = issue_date
        if expire_date is not UNSET:
            field_dict["expireDate"] = expire_date
        if authority is not UNSET:
            field_dict["authority"] = authority
        if mrz1 is not UNSET:
            field_dict["mrz1"] = mrz1
        if mrz2 is not UNSET:
            field_dict["mrz2"] = mrz2

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_value import DocumentValue

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: list[DocumentValue] | Unset = UNSET
        if _type_ is not UNSET:
            type_ = []
            for componentsschemas_document_value_list_item_data in _type_:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                type_.append(componentsschemas_document_value_list_item)

        _issue_country = d.pop("issueCountry", UNSET)
        issue_country: list[DocumentValue] | Unset = UNSET
        if _issue_country is not UNSET:
            issue_country = []
            for componentsschemas_document_value_list_item_data in _issue_country:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                issue_country.append(componentsschemas_document_value_list_item)

        _num = d.pop("num", UNSET)
        num: list[DocumentValue] | Unset = UNSET
        if _num is not UNSET:
            num = []
            for componentsschemas_document_value_list_item_data in _num:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                num.append(componentsschemas_document_value_list_item)

        _sur_name = d.pop("surName", UNSET)
        sur_name: list[DocumentValue] | Unset = UNSET
        if _sur_name is not UNSET:
            sur_name = []
            for componentsschemas_document_value_list_item_data in _sur_name:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                sur_name.append(componentsschemas_document_value_list_item)

        _given_name = d.pop("givenName", UNSET)
        given_name: list[DocumentValue] | Unset = UNSET
        if _given_name is not UNSET:
            given_name = []
            for componentsschemas_document_value_list_item_data in _given_name:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                given_name.append(componentsschemas_document_value_list_item)

        _full_name_kor = d.pop("fullNameKor", UNSET)
        full_name_kor: list[DocumentValue] | Unset = UNSET
        if _full_name_kor is not UNSET:
            full_name_kor = []
            for componentsschemas_document_value_list_item_data in _full_name_kor:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                full_name_kor.append(componentsschemas_document_value_list_item)

        _nationality = d.pop("nationality", UNSET)
        nationality: list[DocumentValue] | Unset = UNSET
        if _nationality is not UNSET:
            nationality = []
            for componentsschemas_document_value_list_item_data in _nationality:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                nationality.append(componentsschemas_document_value_list_item)

        _personal_num = d.pop("personalNum", UNSET)
        personal_num: list[DocumentValue] | Unset = UNSET
        if _personal_num is not UNSET:
            personal_num = []
            for componentsschemas_document_value_list_item_data in _personal_num:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                personal_num.append(componentsschemas_document_value_list_item)

        _birth_date = d.pop("birthDate", UNSET)
        birth_date: list[DocumentValue] | Unset = UNSET
        if _birth_date is not UNSET:
            birth_date = []
            for componentsschemas_document_value_list_item_data in _birth_date:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                birth_date.append(componentsschemas_document_value_list_item)

        _sex = d.pop("sex", UNSET)
        sex: list[DocumentValue] | Unset = UNSET
        if _sex is not UNSET:
            sex = []
            for componentsschemas_document_value_list_item_data in _sex:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                sex.append(componentsschemas_document_value_list_item)

        _issue_date = d.pop("issueDate", UNSET)
        issue_date: list[DocumentValue] | Unset = UNSET
        if _issue_date is not UNSET:
            issue_date = []
            for componentsschemas_document_value_list_item_data in _issue_date:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                issue_date.append(componentsschemas_document_value_list_item)

        _expire_date = d.pop("expireDate", UNSET)
        expire_date: list[DocumentValue] | Unset = UNSET
        if _expire_date is not UNSET:
            expire_date = []
            for componentsschemas_document_value_list_item_data in _expire_date:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                expire_date.append(componentsschemas_document_value_list_item)

        _authority = d.pop("authority", UNSET)
        authority: list[DocumentValue] | Unset = UNSET
        if _authority is not UNSET:
            authority = []
            for componentsschemas_document_value_list_item_data in _authority:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                authority.append(componentsschemas_document_value_list_item)

        _mrz1 = d.pop("mrz1", UNSET)
        mrz1: list[DocumentValue] | Unset = UNSET
        if _mrz1 is not UNSET:
            mrz1 = []
            for componentsschemas_document_value_list_item_data in _mrz1:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                mrz1.append(componentsschemas_document_value_list_item)

        _mrz2 = d.pop("mrz2", UNSET)
        mrz2: list[DocumentValue] | Unset = UNSET
        if _mrz2 is not UNSET:
            mrz2 = []
            for componentsschemas_document_value_list_item_data in _mrz2:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                mrz2.append(componentsschemas_document_value_list_item)

        passport_fields = cls(
            type_=type_,
            issue_country=issue_country,
            num=num,
            sur_name=sur_name,
            given_name=given_name,
            full_name_kor=full_name_kor,
            nationality=nationality,
            personal_num=personal_num,
            birth_date=birth_date,
            sex=sex,
            issue_date=issue_date,
            expire_date=expire_date,
            authority=authority,
            mrz1=mrz1,
            mrz2=mrz2,
        )

        passport_fields.additional_properties = d
        return passport_fields

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
