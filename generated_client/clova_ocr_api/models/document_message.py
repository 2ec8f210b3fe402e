from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_version import DocumentVersion

if TYPE_CHECKING:
    from ..models.message_image import MessageImage


T = TypeVar("T", bound="DocumentMessage")


@_attrs_define
class DocumentMessage:
    """The `message` part of a Document OCR multipart body (sent as JSON text).

    Attributes:
        version (DocumentVersion): Document OCR accepts only `V2` ("V2로 고정"); anything else → `0021`.
        request_id (str): Any string identifying the call (NAVER suggests a UUID); echoed in the answer.
        timestamp (int): Call time in ms since the Unix epoch. Not validated beyond being an integer (NAVER's examples
            send `0`).
        images (list[MessageImage]): Exactly one single-page image per call.
    """

    version: DocumentVersion
    request_id: str
    timestamp: int
    images: list[MessageImage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version.value

        request_id = self.request_id

        timestamp = self.timestamp

        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "requestId": request_id,
                "timestamp": timestamp,
                "images": images,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message_image import MessageImage

        d = dict(src_dict)
        version = DocumentVersion(d.pop("version"))

        request_id = d.pop("requestId")

        timestamp = d.pop("timestamp")

        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = MessageImage.from_dict(images_item_data)

            images.append(images_item)

        document_message = cls(
            version=version,
            request_id=request_id,
            timestamp=timestamp,
            images=images,
        )

        document_message.additional_properties = d
        return document_message

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
