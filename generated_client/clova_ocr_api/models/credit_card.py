from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_card_result import CreditCardResult
    from ..models.document_meta import DocumentMeta


T = TypeVar("T", bound="CreditCard")


@_attrs_define
class CreditCard:
    """
    Attributes:
        meta (DocumentMeta | Unset): About the document.
        result (CreditCardResult | Unset): Card number (masked), validity, holder name and issuer. Each item is a value
            object or a list of them; unknown keys may appear.
    """

    meta: DocumentMeta | Unset = UNSET
    result: CreditCardResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["meta"] = meta
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credit_card_result import CreditCardResult
        from ..models.document_meta import DocumentMeta

        d = dict(src_dict)
        _meta = d.pop("meta", UNSET)
        meta: DocumentMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = DocumentMeta.from_dict(_meta)

        _result = d.pop("result", UNSET)
        result: CreditCardResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = CreditCardResult.from_dict(_result)

        credit_card = cls(
            meta=meta,
            result=result,
        )

        credit_card.additional_properties = d
        return credit_card

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
