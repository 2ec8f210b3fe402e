from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_version import DocumentVersion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_image_source import DocumentImageSource


T = TypeVar("T", bound="DocumentRequest")


@_attrs_define
class DocumentRequest:
    """Document OCR JSON body (`version` V2 only, image inline as base64).

    Attributes:
        request_id (str): Any string identifying the call (NAVER suggests a UUID); echoed in the answer.
        timestamp (int): Call time in ms since the Unix epoch. Not validated beyond being an integer: NAVER's
            own examples send `0`, clients send seconds. The answer carries the server's time.
        version (DocumentVersion | Unset): Document OCR accepts only `V2` ("V2로 고정"); anything else → `0021`.
        images (list[DocumentImageSource] | Unset): Exactly one single-page image per call.
    """

    request_id: str
    timestamp: int
    version: DocumentVersion | Unset = UNSET
    images: list[DocumentImageSource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        timestamp = self.timestamp

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.value

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "timestamp": timestamp,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.document_image_source import DocumentImageSource

        d = dict(src_dict)
        request_id = d.pop("requestId")

        timestamp = d.pop("timestamp")

        _version = d.pop("version", UNSET)
        version: DocumentVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = DocumentVersion(_version)

        _images = d.pop("images", UNSET)
        images: list[DocumentImageSource] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = DocumentImageSource.from_dict(images_item_data)

                images.append(images_item)

        document_request = cls(
            request_id=request_id,
            timestamp=timestamp,
            version=version,
            images=images,
        )

        document_request.additional_properties = d
        return document_request

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
