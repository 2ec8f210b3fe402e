from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.receipt_payment_info import ReceiptPaymentInfo
    from ..models.receipt_store_info import ReceiptStoreInfo
    from ..models.receipt_sub_result import ReceiptSubResult
    from ..models.receipt_total_price import ReceiptTotalPrice


T = TypeVar("T", bound="ReceiptResult")


@_attrs_define
class ReceiptResult:
    """The receipt tree. Every part is optional; a receipt may yield only items and a total.

    Attributes:
        store_info (ReceiptStoreInfo | Unset):
        payment_info (ReceiptPaymentInfo | Unset):
        sub_results (list[ReceiptSubResult] | Unset):
        sub_total (Any | Unset): A list of `ReceiptSubTotal` objects in current answers; older answers carry a single
            `ReceiptSubTotal` object. Left without a type on purpose (see `DocumentValueOrList`):
            generated code sees plain JSON here; read both shapes.
        total_price (ReceiptTotalPrice | Unset):
    """

    store_info: ReceiptStoreInfo | Unset = UNSET
    payment_info: ReceiptPaymentInfo | Unset = UNSET
    sub_results: list[ReceiptSubResult] | Unset = UNSET
    sub_total: Any | Unset = UNSET
    total_price: ReceiptTotalPrice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        store_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.store_info, Unset):
            store_info = self.store_info.to_dict()

        payment_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_info, Unset):
            payment_info = self.payment_info.to_dict()

        sub_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_results, Unset):
            sub_results = []
            for sub_results_item_data in self.sub_results:
                sub_results_item = sub_results_item_data.to_dict()
                sub_results.append(sub_results_item)

        sub_total = self.sub_total

        total_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_price, Unset):
            total_price = self.total_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if store_info is not UNSET:
            field_dict["storeInfo"] = store_info
        if payment_info is not UNSET:
            field_dict["paymentInfo"] = payment_info
        if sub_results is not UNSET:
            field_dict["subResults"] = sub_results
        if sub_total is not UNSET:
            field_dict["subTotal"] = sub_total
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.receipt_payment_info import ReceiptPaymentInfo
        from ..models.receipt_store_info import ReceiptStoreInfo
        from ..models.receipt_sub_result import ReceiptSubResult
        from ..models.receipt_total_price import ReceiptTotalPrice

        d = dict(src_dict)
        _store_info = d.pop("storeInfo", UNSET)
        store_info: ReceiptStoreInfo | Unset
        if isinstance(_store_info, Unset):
            store_info = UNSET
        else:
            store_info = ReceiptStoreInfo.from_dict(_store_info)

        _payment_info = d.pop("paymentInfo", UNSET)
        payment_info: ReceiptPaymentInfo | Unset
        if isinstance(_payment_info, Unset):
            payment_info = UNSET
        else:
            payment_info = ReceiptPaymentInfo.from_dict(_payment_info)

        _sub_results = d.pop("subResults", UNSET)
        sub_results: list[ReceiptSubResult] | Unset = UNSET
        if _sub_results is not UNSET:
            sub_results = []
            for sub_results_item_data in _sub_results:
                sub_results_item = ReceiptSubResult.from_dict(sub_results_item_data)

                sub_results.append(sub_results_item)

        sub_total = d.pop("subTotal", UNSET)

        _total_price = d.pop("totalPrice", UNSET)
        total_price: ReceiptTotalPrice | Unset
        if isinstance(_total_price, Unset):
            total_price = UNSET
        else:
            total_price = ReceiptTotalPrice.from_dict(_total_price)

        receipt_result = cls(
            store_info=store_info,
            payment_info=payment_info,
            sub_results=sub_results,
            sub_total=sub_total,
            total_price=total_price,
        )

        receipt_result.additional_properties = d
        return receipt_result

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
