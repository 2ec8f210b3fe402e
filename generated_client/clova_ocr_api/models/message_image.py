from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageImage")


@_attrs_define
class MessageImage:
    """One image described in a multipart `message`; the bytes travel in the `file` part.

    Attributes:
        format_ (str): Image format: `jpg`, `jpeg`, `png`, `pdf`, `tif` or `tiff`, matched case-insensitively
            (clients send `PNG`, `JPG` and it works). General/Template PDFs may have up to 10
            pages; Document OCR PDFs/TIFFs must have one page.
        name (str): Free text echoed back as `images[].name` to identify the image.
    """

    format_: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        format_ = d.pop("format")

        name = d.pop("name")

        message_image = cls(
            format_=format_,
            name=name,
        )

        message_image.additional_properties = d
        return message_image

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
