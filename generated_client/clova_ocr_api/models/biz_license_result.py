from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_value import DocumentValue


T = TypeVar("T", bound="BizLicenseResult")


@_attrs_define
class BizLicenseResult:
    """Items of a 사업자등록증 (business registration certificate); each is a list of value objects.

    Attributes:
        document_type (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        register_number (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an
            item).
        corp_name (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        corp_register_num (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an
            item).
        company_name (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        rep_name (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        co_rep_name (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        co_rep_social_num (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an
            item).
        birth_date (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        open_date (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        bis_address (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        head_address (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        bis_type (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        bis_item (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        tax_type (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        social_number (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        issuance_date (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        issuance_reason (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an
            item).
        bis_area_code (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
        ecommerce_num (list[DocumentValue] | Unset): Several value objects (e.g. each segment or occurrence of an item).
    """

    document_type: list[DocumentValue] | Unset = UNSET
    register_number: list[DocumentValue] | Unset = UNSET
    corp_name: list[DocumentValue] | Unset = UNSET
    corp_register_num: list[DocumentValue] | Unset = UNSET
    company_name: list[DocumentValue] | Unset = UNSET
    rep_name: list[DocumentValue] | Unset = UNSET
    co_rep_name: list[DocumentValue] | Unset = UNSET
    co_rep_social_num: list[DocumentValue] | Unset = UNSET
    birth_date: list[DocumentValue] | Unset = UNSET
    open_date: list[DocumentValue] | Unset = UNSET
    bis_address: list[DocumentValue] | Unset = UNSET
    head_address: list[DocumentValue] | Unset = UNSET
    bis_type: list[DocumentValue] | Unset = UNSET
    bis_item: list[DocumentValue] | Unset = UNSET
    tax_type: list[DocumentValue] | Unset = UNSET
    social_number: list[DocumentValue] | Unset = UNSET
    issuance_date: list[DocumentValue] | Unset = UNSET
    issuance_reason: list[DocumentValue] | Unset = UNSET
    bis_area_code: list[DocumentValue] | Unset = UNSET
    ecommerce_num: list[DocumentValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_type: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = []
            for componentsschemas_document_value_list_item_data in self.document_type:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                document_type.append(componentsschemas_document_value_list_item)

        register_number: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.register_number, Unset):
            register_number = []
            for componentsschemas_document_value_list_item_data in self.register_number:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                register_number.append(componentsschemas_document_value_list_item)

        corp_name: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.corp_name, Unset):
            corp_name = []
            for componentsschemas_document_value_list_item_data in self.corp_name:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                corp_name.append(componentsschemas_document_value_list_item)

        corp_register_num: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.corp_register_num, Unset):
            corp_register_num = []
            for (
                componentsschemas_document_value_list_item_data
            ) in self.corp_register_num:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                corp_register_num.append(componentsschemas_document_value_list_item)

        company_name: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.company_name, Unset):
            company_name = []
            for componentsschemas_document_value_list_item_data in self.company_name:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                company_name.append(componentsschemas_document_value_list_item)

        rep_name: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rep_name, Unset):
            rep_name = []
            for componentsschemas_document_value_list_item_data in self.rep_name:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                rep_name.append(componentsschemas_document_value_list_item)

        co_rep_name: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.co_rep_name, Unset):
            co_rep_name = []
            for componentsschemas_document_value_list_item_data in self.co_rep_name:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                co_rep_name.append(componentsschemas_document_value_list_item)

        co_rep_social_num: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.co_rep_social_num, Unset):
            co_rep_social_num = []
            for (
                componentsschemas_document_value_list_item_data
            ) in self.co_rep_social_num:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                co_rep_social_num.append(componentsschemas_document_value_list_item)

        birth_date: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = []
            for componentsschemas_document_value_list_item_data in self.birth_date:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                birth_date.append(componentsschemas_document_value_list_item)

        open_date: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.open_date, Unset):
            open_date = []
            for componentsschemas_document_value_list_item_data in self.open_date:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                open_date.append(componentsschemas_document_value_list_item)

        bis_address: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bis_address, Unset):
            bis_address = []
            for componentsschemas_document_value_list_item_data in self.bis_address:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                bis_address.append(componentsschemas_document_value_list_item)

        head_address: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.head_address, Unset):
            head_address = []
            for componentsschemas_document_value_list_item_data in self.head_address:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                head_address.append(componentsschemas_document_value_list_item)

        bis_type: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bis_type, Unset):
            bis_type = []
            for componentsschemas_document_value_list_item_data in self.bis_type:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                bis_type.append(componentsschemas_document_value_list_item)

        bis_item: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bis_item, Unset):
            bis_item = []
            for componentsschemas_document_value_list_item_data in self.bis_item:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                bis_item.append(componentsschemas_document_value_list_item)

        tax_type: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_type, Unset):
            tax_type = []
            for componentsschemas_document_value_list_item_data in self.tax_type:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                tax_type.append(componentsschemas_document_value_list_item)

        social_number: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.social_number, Unset):
            social_number = []
            for componentsschemas_document_value_list_item_data in self.social_number:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                social_number.append(componentsschemas_document_value_list_item)

        issuance_date: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issuance_date, Unset):
            issuance_date = []
            for componentsschemas_document_value_list_item_data in self.issuance_date:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                issuance_date.append(componentsschemas_document_value_list_item)

        issuance_reason: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issuance_reason, Unset):
            issuance_reason = []
            for componentsschemas_document_value_list_item_data in self.issuance_reason:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                issuance_reason.append(componentsschemas_document_value_list_item)

        bis_area_code: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bis_area_code, Unset):
            bis_area_code = []
            for componentsschemas_document_value_list_item_data in self.bis_area_code:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                bis_area_code.append(componentsschemas_document_value_list_item)

        ecommerce_num: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ecommerce_num, Unset):
            ecommerce_num = []
            for componentsschemas_document_value_list_item_data in self.ecommerce_num:
                componentsschemas_document_value_list_item = (
                    componentsschemas_document_value_list_item_data.to_dict()
                )
                ecommerce_num.append(componentsschemas_document_value_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if register_number is not UNSET:
            field_dict["registerNumber"] = register_number
        if corp_name is not UNSET:
            field_dict["corpName"] = corp_name
        if corp_register_num is not UNSET:
            field_dict["corpRegisterNum"] = corp_register_num
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if rep_name is not UNSET:
            field_dict["repName"] = rep_name
        if co_rep_name is not UNSET:
            field_dict["coRepName"] = co_rep_name
        if co_rep_social_num is not UNSET:
            field_dict["coRepSocialNum"] = co_rep_social_num
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if open_date is not UNSET:
            field_dict["openDate"] = open_date
        if bis_address is not UNSET:
            field_dict["bisAddress"] = bis_address
        if head_address is not UNSET:
            field_dict["headAddress"] = head_address
        if bis_type is not UNSET:
            field_dict["bisType"] = bis_type
        if bis_item is not UNSET:
            field_dict["bisItem"] = bis_item
        if tax_type is not UNSET:
            field_dict["taxType"] = tax_type
        if social_number is not UNSET:
            field_dict["socialNumber"] = social_number
        if issuance_date is not UNSET:
            field_dict["issuanceDate"] = issuance_date
        if issuance_reason is not UNSET:
            field_dict["issuanceReason"] = issuance_reason
        if bis_area_code is not UNSET:
            field_dict["bisAreaCode"] = bis_area_code
        if ecommerce_num is not UNSET:
            field_dict["ecommerceNum"] = ecommerce_num

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_value import DocumentValue

        d = dict(src_dict)
        _document_type = d.pop("documentType", UNSET)
        document_type: list[DocumentValue] | Unset = UNSET
        if _document_type is not UNSET:
            document_type = []
            for componentsschemas_document_value_list_item_data in _document_type:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                document_type.append(componentsschemas_document_value_list_item)

        _register_number = d.pop("registerNumber", UNSET)
        register_number: list[DocumentValue] | Unset = UNSET
        if _register_number is not UNSET:
            register_number = []
            for componentsschemas_document_value_list_item_data in _register_number:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                register_number.append(componentsschemas_document_value_list_item)

        _corp_name = d.pop("corpName", UNSET)
        corp_name: list[DocumentValue] | Unset = UNSET
        if _corp_name is not UNSET:
            corp_name = []
            for componentsschemas_document_value_list_item_data in _corp_name:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                corp_name.append(componentsschemas_document_value_list_item)

        _corp_register_num = d.pop("corpRegisterNum", UNSET)
        corp_register_num: list[DocumentValue] | Unset = UNSET
        if _corp_register_num is not UNSET:
            corp_register_num = []
            for componentsschemas_document_value_list_item_data in _corp_register_num:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                corp_register_num.append(componentsschemas_document_value_list_item)

        _company_name = d.pop("companyName", UNSET)
        company_name: list[DocumentValue] | Unset = UNSET
        if _company_name is not UNSET:
            company_name = []
            for componentsschemas_document_value_list_item_data in _company_name:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                company_name.append(componentsschemas_document_value_list_item)

        _rep_name = d.pop("repName", UNSET)
        rep_name: list[DocumentValue] | Unset = UNSET
        if _rep_name is not UNSET:
            rep_name = []
            for componentsschemas_document_value_list_item_data in _rep_name:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                rep_name.append(componentsschemas_document_value_list_item)

        _co_rep_name = d.pop("coRepName", UNSET)
        co_rep_name: list[DocumentValue] | Unset = UNSET
        if _co_rep_name is not UNSET:
            co_rep_name = []
            for componentsschemas_document_value_list_item_data in _co_rep_name:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                co_rep_name.append(componentsschemas_document_value_list_item)

        _co_rep_social_num = d.pop("coRepSocialNum", UNSET)
        co_rep_social_num: list[DocumentValue] | Unset = UNSET
        if _co_rep_social_num is not UNSET:
            co_rep_social_num = []
            for componentsschemas_document_value_list_item_data in _co_rep_social_num:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                co_rep_social_num.append(componentsschemas_document_value_list_item)

        _birth_date = d.pop("birthDate", UNSET)
        birth_date: list[DocumentValue] | Unset = UNSET
        if _birth_date is not UNSET:
            birth_date = []
            for componentsschemas_document_value_list_item_data in _birth_date:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                birth_date.append(componentsschemas_document_value_list_item)

        _open_date = d.pop("openDate", UNSET)
        open_date: list[DocumentValue] | Unset = UNSET
        if _open_date is not UNSET:
            open_date = []
            for componentsschemas_document_value_list_item_data in _open_date:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                open_date.append(componentsschemas_document_value_list_item)

        _bis_address = d.pop("bisAddress", UNSET)
        bis_address: list[DocumentValue] | Unset = UNSET
        if _bis_address is not UNSET:
            bis_address = []
            for componentsschemas_document_value_list_item_data in _bis_address:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                bis_address.append(componentsschemas_document_value_list_item)

        _head_address = d.pop("headAddress", UNSET)
        head_address: list[DocumentValue] | Unset = UNSET
        if _head_address is not UNSET:
            head_address = []
            for componentsschemas_document_value_list_item_data in _head_address:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                head_address.append(componentsschemas_document_value_list_item)

        _bis_type = d.pop("bisType", UNSET)
        bis_type: list[DocumentValue] | Unset = UNSET
        if _bis_type is not UNSET:
            bis_type = []
            for componentsschemas_document_value_list_item_data in _bis_type:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                bis_type.append(componentsschemas_document_value_list_item)

        _bis_item = d.pop("bisItem", UNSET)
        bis_item: list[DocumentValue] | Unset = UNSET
        if _bis_item is not UNSET:
            bis_item = []
            for componentsschemas_document_value_list_item_data in _bis_item:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                bis_item.append(componentsschemas_document_value_list_item)

        _tax_type = d.pop("taxType", UNSET)
        tax_type: list[DocumentValue] | Unset = UNSET
        if _tax_type is not UNSET:
            tax_type = []
            for componentsschemas_document_value_list_item_data in _tax_type:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                tax_type.append(componentsschemas_document_value_list_item)

        _social_number = d.pop("socialNumber", UNSET)
        social_number: list[DocumentValue] | Unset = UNSET
        if _social_number is not UNSET:
            social_number = []
            for componentsschemas_document_value_list_item_data in _social_number:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                social_number.append(componentsschemas_document_value_list_item)

        _issuance_date = d.pop("issuanceDate", UNSET)
        issuance_date: list[DocumentValue] | Unset = UNSET
        if _issuance_date is not UNSET:
            issuance_date = []
            for componentsschemas_document_value_list_item_data in _issuance_date:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                issuance_date.append(componentsschemas_document_value_list_item)

        _issuance_reason = d.pop("issuanceReason", UNSET)
        issuance_reason: list[DocumentValue] | Unset = UNSET
        if _issuance_reason is not UNSET:
            issuance_reason = []
            for componentsschemas_document_value_list_item_data in _issuance_reason:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                issuance_reason.append(componentsschemas_document_value_list_item)

        _bis_area_code = d.pop("bisAreaCode", UNSET)
        bis_area_code: list[DocumentValue] | Unset = UNSET
        if _bis_area_code is not UNSET:
            bis_area_code = []
            for componentsschemas_document_value_list_item_data in _bis_area_code:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                bis_area_code.append(componentsschemas_document_value_list_item)

        _ecommerce_num = d.pop("ecommerceNum", UNSET)
        ecommerce_num: list[DocumentValue] | Unset = UNSET
        if _ecommerce_num is not UNSET:
            ecommerce_num = []
            for componentsschemas_document_value_list_item_data in _ecommerce_num:
                componentsschemas_document_value_list_item = DocumentValue.from_dict(
                    componentsschemas_document_value_list_item_data
                )

                ecommerce_num.append(componentsschemas_document_value_list_item)

        biz_license_result = cls(
            document_type=document_type,
            register_number=register_number,
            corp_name=corp_name,
            corp_register_num=corp_register_num,
            company_name=company_name,
            rep_name=rep_name,
            co_rep_name=co_rep_name,
            co_rep_social_num=co_rep_social_num,
            birth_date=birth_date,
            open_date=open_date,
            bis_address=bis_address,
            head_address=head_address,
            bis_type=bis_type,
            bis_item=bis_item,
            tax_type=tax_type,
            social_number=social_number,
            issuance_date=issuance_date,
            issuance_reason=issuance_reason,
            bis_area_code=bis_area_code,
            ecommerce_num=ecommerce_num,
        )

        biz_license_result.additional_properties = d
        return biz_license_result

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
