from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

if TYPE_CHECKING:
    from ..models.general_message import GeneralMessage


T = TypeVar("T", bound="GeneralMultipartRequest")


@_attrs_define
class GeneralMultipartRequest:
    """General OCR multipart body.

    Attributes:
        message (GeneralMessage): The `message` part of a General OCR multipart body (sent as JSON text).
        file (File): The raw image or PDF bytes (send a filename; `application/octet-stream` or `image/<fmt>`).
    """

    message: GeneralMessage
    file: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message.to_dict()

        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "file": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            (
                "message",
                (None, json.dumps(self.message.to_dict()).encode(), "application/json"),
            )
        )

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.general_message import GeneralMessage

        d = dict(src_dict)
        message = GeneralMessage.from_dict(d.pop("message"))

        file = File(payload=BytesIO(d.pop("file")))

        general_multipart_request = cls(
            message=message,
            file=file,
        )

        general_multipart_request.additional_properties = d
        return general_multipart_request

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
