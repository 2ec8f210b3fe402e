from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_value import DocumentValue


T = TypeVar("T", bound="NameCardResult")


@_attrs_define
class NameCardResult:
    """
    Attributes:
        name (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        name_furigana (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        company (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        department (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        position (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        address (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        tel (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        mobile (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        fax (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        email (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        homepage (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
    """

    name: list[DocumentValue] | Unset = UNSET
    name_furigana: list[DocumentValue] | Unset = UNSET
    company: list[DocumentValue] | Unset = UNSET
    department: list[DocumentValue] | Unset = UNSET
    position: list[DocumentValue] | Unset = UNSET
    address: list[DocumentValue] | Unset = UNSET
    tel: list[DocumentValue] | Unset = UNSET
    mobile: list[DocumentValue] | Unset = UNSET
    fax: list[DocumentValue] | Unset = UNSET
    email: list[DocumentValue] | Unset = UNSET
    homepage: list[DocumentValue] | Unset = UNSET
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

        name_furigana: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.name_furigana, Unset):
            name_furigana = []
            for componentsschemas_document_value_list_item_data in self.name_furigana:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                name_furigana.append(componentsschemas_document_value_list_item)

        company: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = []
            for componentsschemas_document_value_list_item_data in self.company:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                company.append(componentsschemas_document_value_list_item)

        department: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = []
            for componentsschemas_document_value_list_item_data in self.department:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                department.append(componentsschemas_document_value_list_item)

        position: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = []
            for componentsschemas_document_value_list_item_data in self.position:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                position.append(componentsschemas_document_value_list_item)

        address: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = []
            for componentsschemas_document_value_list_item_data in self.address:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                address.append(componentsschemas_document_value_list_item)

        tel: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tel, Unset):
            tel = []
            for componentsschemas_document_value_list_item_data in self.tel:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                tel.append(componentsschemas_document_value_list_item)

        mobile: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mobile, Unset):
            mobile = []
            for componentsschemas_document_value_list_item_data in self.mobile:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                mobile.append(componentsschemas_document_value_list_item)

        fax: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fax, Unset):
            fax = []
            for componentsschemas_document_value_list_item_data in self.fax:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                fax.append(componentsschemas_document_value_list_item)

        email: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = []
            for componentsschemas_document_value_list_item_data in self.email:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                email.append(componentsschemas_document_value_list_item)

        homepage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.homepage, Unset):
            homepage = []
            for componentsschemas_document_value_list_item_data in self.homepage:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                homepage.append(componentsschemas_document_value_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if name_furigana is not UNSET:
            field_dict["nameFurigana"] = name_furigana
        if company is not UNSET:
            field_dict["company"] = company
        if department is not UNSET:
            field_dict["department"] = department
        if position is not UNSET:
            field_dict["position"] = position
        if address is not UNSET:
            field_dict["address"] = address
        if tel is not UNSET:
            field_dict["tel"] = tel
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if homepage is not UNSET:
            field_dict["homepage"] = homepage

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

        _name_furigana = d.pop("nameFurigana", UNSET)
        name_furigana: list[DocumentValue] | Unset = UNSET
        if _name_furigana is not UNSET:
            name_furigana = []
            for componentsschemas_document_value_list_item_data in _name_furigana:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                name_furigana.append(componentsschemas_document_value_list_item)

        _company = d.pop("company", UNSET)
        company: list[DocumentValue] | Unset = UNSET
        if _company is not UNSET:
            company = []
            for componentsschemas_document_value_list_item_data in _company:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                company.append(componentsschemas_document_value_list_item)

        _department = d.pop("department", UNSET)
        department: list[DocumentValue] | Unset = UNSET
        if _department is not UNSET:
            department = []
            for componentsschemas_document_value_list_item_data in _department:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                department.append(componentsschemas_document_value_list_item)

        _position = d.pop("position", UNSET)
        position: list[DocumentValue] | Unset = UNSET
        if _position is not UNSET:
            position = []
            for componentsschemas_document_value_list_item_data in _position:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                position.append(componentsschemas_document_value_list_item)

        _address = d.pop("address", UNSET)
        address: list[DocumentValue] | Unset = UNSET
        if _address is not UNSET:
            address = []
            for componentsschemas_document_value_list_item_data in _address:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                address.append(componentsschemas_document_value_list_item)

        _tel = d.pop("tel", UNSET)
        tel: list[DocumentValue] | Unset = UNSET
        if _tel is not UNSET:
            tel = []
            for componentsschemas_document_value_list_item_data in _tel:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                tel.append(componentsschemas_document_value_list_item)

        _mobile = d.pop("mobile", UNSET)
        mobile: list[DocumentValue] | Unset = UNSET
        if _mobile is not UNSET:
            mobile = []
            for componentsschemas_document_value_list_item_data in _mobile:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                mobile.append(componentsschemas_document_value_list_item)

        _fax = d.pop("fax", UNSET)
        fax: list[DocumentValue] | Unset = UNSET
        if _fax is not UNSET:
            fax = []
            for componentsschemas_document_value_list_item_data in _fax:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                fax.append(componentsschemas_document_value_list_item)

        _email = d.pop("email", UNSET)
        email: list[DocumentValue] | Unset = UNSET
        if _email is not UNSET:
            email = []
            for componentsschemas_document_value_list_item_data in _email:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                email.append(componentsschemas_document_value_list_item)

        _homepage = d.pop("homepage", UNSET)
        homepage: list[DocumentValue] | Unset = UNSET
        if _homepage is not UNSET:
            homepage = []
            for componentsschemas_document_value_list_item_data in _homepage:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                homepage.append(componentsschemas_document_value_list_item)

        name_card_result = cls(
            name=name,
            name_furigana=name_furigana,
            company=company,
            department=department,
            position=position,
            address=address,
            tel=tel,
            mobile=mobile,
            fax=fax,
            email=email,
            homepage=homepage,
        )

        name_card_result.additional_properties = d
        return name_card_result

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
