from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RequestCommon")


@_attrs_define
class RequestCommon:
    """Fields every request message carries.

    Attributes:
        request_id (str): Any string identifying the call (NAVER suggests a UUID); echoed in the answer.
        timestamp (int): Call time in ms since the Unix epoch. Not validated beyond being an integer: NAVER's
            own examples send `0`, clients send seconds. The answer carries the server's time.
    """

    request_id: str
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_id = d.pop("requestId")

        timestamp = d.pop("timestamp")

        request_common = cls(
            request_id=request_id,
            timestamp=timestamp,
        )

        request_common.additional_properties = d
        return request_common

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
