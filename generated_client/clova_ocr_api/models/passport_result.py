from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PassportResult")


@_attrs_define
class PassportResult:
    """Passport items read from the page and its machine-readable zone (`mrz1`, `mrz2`). Each item is a value object or a
    list of them; unknown keys may appear.

        Attributes:
            type_ (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used where no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            issue_country (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used
                where no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            num (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used where no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            sur_name (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used where
                no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            given_name (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used where
                no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            full_name_kor (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used
                where no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            nationality (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used
                where no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            personal_num (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used
                where no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            birth_date (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used where
                no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            sex (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used where no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            issue_date (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used where
                no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            expire_date (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used
                where no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            authority (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used where
                no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            mrz1 (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used where no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
            mrz2 (Any | Unset): One value object (`DocumentValue`) or a list of them (`DocumentValueList`). Used where no
                real answer shows which of the two the service sends; read both. Left without a type on
                purpose: a union of an object and an array is re-serialised wrongly by some generators
                (openapi-generator python), so generated code sees plain JSON here.
    """

    type_: Any | Unset = UNSET
    issue_country: Any | Unset = UNSET
    num: Any | Unset = UNSET
    sur_name: Any | Unset = UNSET
    given_name: Any | Unset = UNSET
    full_name_kor: Any | Unset = UNSET
    nationality: Any | Unset = UNSET
    personal_num: Any | Unset = UNSET
    birth_date: Any | Unset = UNSET
    sex: Any | Unset = UNSET
    issue_date: Any | Unset = UNSET
    expire_date: Any | Unset = UNSET
    authority: Any | Unset = UNSET
    mrz1: Any | Unset = UNSET
    mrz2: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        issue_country = self.issue_country

        num = self.num

        sur_name = self.sur_name

        given_name = self.given_name

        full_name_kor = self.full_name_kor

        nationality = self.nationality

        personal_num = self.personal_num

        birth_date = self.birth_date

        sex = self.sex

        issue_date = self.issue_date

        expire_date = self.expire_date

        authority = self.authority

        mrz1 = self.mrz1

        mrz2 = self.mrz2

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
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        issue_country = d.pop("issueCountry", UNSET)

        num = d.pop("num", UNSET)

        sur_name = d.pop("surName", UNSET)

        given_name = d.pop("givenName", UNSET)

        full_name_kor = d.pop("fullNameKor", UNSET)

        nationality = d.pop("nationality", UNSET)

        personal_num = d.pop("personalNum", UNSET)

        birth_date = d.pop("birthDate", UNSET)

        sex = d.pop("sex", UNSET)

        issue_date = d.pop("issueDate", UNSET)

        expire_date = d.pop("expireDate", UNSET)

        authority = d.pop("authority", UNSET)

        mrz1 = d.pop("mrz1", UNSET)

        mrz2 = d.pop("mrz2", UNSET)

        passport_result = cls(
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

        passport_result.additional_properties = d
        return passport_result

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
