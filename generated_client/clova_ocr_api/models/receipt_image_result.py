from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.infer_result_value import InferResultValue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.converted_image_info import ConvertedImageInfo
    from ..models.receipt import Receipt
    from ..models.validation_result import ValidationResult


T = TypeVar("T", bound="ReceiptImageResult")


@_attrs_define
class ReceiptImageResult:
    """
    Attributes:
        uid (str): Server-generated id (32 lowercase hex characters).
        name (str): Echo of the request's `images[].name`.
        infer_result (InferResultValue | str): Open enum; new values may appear.
        message (str): `SUCCESS`, or why the image failed.
        validation_result (ValidationResult | Unset): Result of the external validation hook.
        converted_image_info (ConvertedImageInfo | Unset): The image the coordinates refer to (V2, since 2021-02-04).
            May differ in size from the upload; one per page.
        receipt (Receipt | Unset):
    """

    uid: str
    name: str
    infer_result: InferResultValue | str
    message: str
    validation_result: ValidationResult | Unset = UNSET
    converted_image_info: ConvertedImageInfo | Unset = UNSET
    receipt: Receipt | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        name = self.name

        infer_result: str
        if isinstance(self.infer_result, InferResultValue):
            infer_result = self.infer_result.value
        else:
            infer_result = self.infer_result

        message = self.message

        validation_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_result, Unset):
            validation_result = self.validation_result.to_dict()

        converted_image_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.converted_image_info, Unset):
            converted_image_info = self.converted_image_info.to_dict()

        receipt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receipt, Unset):
            receipt = self.receipt.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uid": uid,
                "name": name,
                "inferResult": infer_result,
                "message": message,
            }
        )
        if validation_result is not UNSET:
            field_dict["validationResult"] = validation_result
        if converted_image_info is not UNSET:
            field_dict["convertedImageInfo"] = converted_image_info
        if receipt is not UNSET:
            field_dict["receipt"] = receipt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.converted_image_info import ConvertedImageInfo
        from ..models.receipt import Receipt
        from ..models.validation_result import ValidationResult

        d = dict(src_dict)
        uid = d.pop("uid")

        name = d.pop("name")

        def _parse_infer_result(data: object) -> InferResultValue | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_infer_result_type_0 = InferResultValue(data)

                return componentsschemas_infer_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InferResultValue | str, data)

        infer_result = _parse_infer_result(d.pop("inferResult"))

        message = d.pop("message")

        _validation_result = d.pop("validationResult", UNSET)
        validation_result: ValidationResult | Unset
        if isinstance(_validation_result, Unset):
            validation_result = UNSET
        else:
            validation_result = ValidationResult.from_dict(_validation_result)

        _converted_image_info = d.pop("convertedImageInfo", UNSET)
        converted_image_info: ConvertedImageInfo | Unset
        if isinstance(_converted_image_info, Unset):
            converted_image_info = UNSET
        else:
            converted_image_info = ConvertedImageInfo.from_dict(_converted_image_info)

        _receipt = d.pop("receipt", UNSET)
        receipt: Receipt | Unset
        if isinstance(_receipt, Unset):
            receipt = UNSET
        else:
            receipt = Receipt.from_dict(_receipt)

        receipt_image_result = cls(
            uid=uid,
            name=name,
            infer_result=infer_result,
            message=message,
            validation_result=validation_result,
            converted_image_info=converted_image_info,
            receipt=receipt,
        )

        receipt_image_result.additional_properties = d
        return receipt_image_result

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
