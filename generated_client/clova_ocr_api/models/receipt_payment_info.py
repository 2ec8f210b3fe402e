from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_value import DocumentValue
    from ..models.receipt_card_info import ReceiptCardInfo


T = TypeVar("T", bound="ReceiptPaymentInfo")


@_attrs_define
class ReceiptPaymentInfo:
    """
    Attributes:
        date (DocumentValue | Unset): One extracted item of a Document OCR result.
        time (DocumentValue | Unset): One extracted item of a Document OCR result.
        card_info (ReceiptCardInfo | Unset):
        confirm_num (DocumentValue | Unset): One extracted item of a Document OCR result.
    """

    date: DocumentValue | Unset = UNSET
    time: DocumentValue | Unset = UNSET
    card_info: ReceiptCardInfo | Unset = UNSET
    confirm_num: DocumentValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.to_dict()

        card_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_info, Unset):
            card_info = self.card_info.to_dict()

        confirm_num: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confirm_num, Unset):
            confirm_num = self.confirm_num.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if time is not UNSET:
            field_dict["time"] = time
        if card_info is not UNSET:
            field_dict["cardInfo"] = card_info
        if confirm_num is not UNSET:
            field_dict["confirmNum"] = confirm_num

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_value import DocumentValue
        from ..models.receipt_card_info import ReceiptCardInfo

        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: DocumentValue | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = DocumentValue.from_dict(_date)

        _time = d.pop("time", UNSET)
        time: DocumentValue | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = DocumentValue.from_dict(_time)

        _card_info = d.pop("cardInfo", UNSET)
        card_info: ReceiptCardInfo | Unset
        if isinstance(_card_info, Unset):
            card_info = UNSET
        else:
            card_info = ReceiptCardInfo.from_dict(_card_info)

        _confirm_num = d.pop("confirmNum", UNSET)
        confirm_num: DocumentValue | Unset
        if isinstance(_confirm_num, Unset):
            confirm_num = UNSET
        else:
            confirm_num = DocumentValue.from_dict(_confirm_num)

        receipt_payment_info = cls(
            date=date,
            time=time,
            card_info=card_info,
            confirm_num=confirm_num,
        )

        receipt_payment_info.additional_properties = d
        return receipt_payment_info

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
