from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString
from ..models.version import Version
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_image import MessageImage


T = TypeVar("T", bound="GeneralMessage")


@_attrs_define
class GeneralMessage:
    """The `message` part of a General OCR multipart body (sent as JSON text).

    Attributes:
        version (Version): API protocol version. `V2` is recommended (polygons, `type`, `lineBreak`,
            `convertedImageInfo`); `V1` is still accepted.
        request_id (str): Any string identifying the call (NAVER suggests a UUID); echoed in the answer.
        timestamp (int): Call time in ms since the Unix epoch. Not validated beyond being an integer (NAVER's examples
            send `0`).
        images (list[MessageImage]): Exactly one image per call.
        lang (str | Unset): Recognition language(s): `ko`, `ja`, `zh-TW`, or a comma-separated list
            (`ko,ja`, also written with spaces `ko, ja, zh-TW`). Default: the domain's language
            setting.
        enable_table_detection (bool | BooleanString | Unset): Also detect tables (`tables` in the answer). Needs the
            domain's table-extraction
            toggle, else `0028`. A boolean; NAVER's own gov/fin example sends the **string**
            `"false"`, which the service accepts, so `"true"`/`"false"` strings are allowed too.
    """

    version: Version
    request_id: str
    timestamp: int
    images: list[MessageImage]
    lang: str | Unset = UNSET
    enable_table_detection: bool | BooleanString | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version.value

        request_id = self.request_id

        timestamp = self.timestamp

        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        lang = self.lang

        enable_table_detection: bool | str | Unset
        if isinstance(self.enable_table_detection, Unset):
            enable_table_detection = UNSET
        elif isinstance(self.enable_table_detection, BooleanString):
            enable_table_detection = self.enable_table_detection.value
        else:
            enable_table_detection = self.enable_table_detection

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
        if lang is not UNSET:
            field_dict["lang"] = lang
        if enable_table_detection is not UNSET:
            field_dict["enableTableDetection"] = enable_table_detection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message_image import MessageImage

        d = dict(src_dict)
        version = Version(d.pop("version"))

        request_id = d.pop("requestId")

        timestamp = d.pop("timestamp")

        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = MessageImage.from_dict(images_item_data)

            images.append(images_item)

        lang = d.pop("lang", UNSET)

        def _parse_enable_table_detection(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_table_detection_flag_type_0 = BooleanString(data)

                return componentsschemas_table_detection_flag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        enable_table_detection = _parse_enable_table_detection(
            d.pop("enableTableDetection", UNSET)
        )

        general_message = cls(
            version=version,
            request_id=request_id,
            timestamp=timestamp,
            images=images,
            lang=lang,
            enable_table_detection=enable_table_detection,
        )

        general_message.additional_properties = d
        return general_message

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
