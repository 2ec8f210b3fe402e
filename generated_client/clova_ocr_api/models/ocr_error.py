from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OcrError")


@_attrs_define
class OcrError:
    """Error answered by the CLOVA OCR engine.

    Attributes:
        code (str): 4-digit code as a string (leading zeros kept); see the table in the API description.
        message (str): English message (varies slightly between clouds; key on `code`).
        path (str | Unset): The request path.
        trace_id (str | Unset): Trace id to quote to NAVER support.
        timestamp (int | Unset): Server time in ms.
    """

    code: str
    message: str
    path: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        path = self.path

        trace_id = self.trace_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        path = d.pop("path", UNSET)

        trace_id = d.pop("traceId", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        ocr_error = cls(
            code=code,
            message=message,
            path=path,
            trace_id=trace_id,
            timestamp=timestamp,
        )

        ocr_error.additional_properties = d
        return ocr_error

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
