from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.version import Version

if TYPE_CHECKING:
    from ..models.general_image_result import GeneralImageResult


T = TypeVar("T", bound="GeneralResponse")


@_attrs_define
class GeneralResponse:
    """General OCR answer.

    Attributes:
        version (str | Version): Echo of the request's `version`. Open.
        request_id (str): Echo of the request's `requestId`.
        timestamp (int): Server time of the answer in ms.
        images (list[GeneralImageResult]):
    """

    version: str | Version
    request_id: str
    timestamp: int
    images: list[GeneralImageResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version: str
        if isinstance(self.version, Version):
            version = self.version.value
        else:
            version = self.version

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
        from ..models.general_image_result import GeneralImageResult

        d = dict(src_dict)

        def _parse_version(data: object) -> str | Version:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_response_version_type_0 = Version(data)

                return componentsschemas_response_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Version, data)

        version = _parse_version(d.pop("version"))

        request_id = d.pop("requestId")

        timestamp = d.pop("timestamp")

        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = GeneralImageResult.from_dict(images_item_data)

            images.append(images_item)

        general_response = cls(
            version=version,
            request_id=request_id,
            timestamp=timestamp,
            images=images,
        )

        general_response.additional_properties = d
        return general_response

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
