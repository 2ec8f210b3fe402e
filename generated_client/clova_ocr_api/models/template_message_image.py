from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateMessageImage")


@_attrs_define
class TemplateMessageImage:
    """One image for Template OCR in a multipart `message`; the bytes travel in the `file` part.

    Attributes:
        format_ (str): Image format: `jpg`, `jpeg`, `png`, `pdf`, `tif` or `tiff`, matched case-insensitively
            (clients send `PNG`, `JPG` and it works). General/Template PDFs may have up to 10
            pages; Document OCR PDFs/TIFFs must have one page.
        name (str): Free text echoed back as `images[].name` to identify the image.
        template_ids (list[int] | Unset): Only match against these deployed templates. Absent = all service templates of
            the domain.
    """

    format_: str
    name: str
    template_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        name = self.name

        template_ids: list[int] | Unset = UNSET
        if not isinstance(self.template_ids, Unset):
            template_ids = self.template_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "name": name,
            }
        )
        if template_ids is not UNSET:
            field_dict["templateIds"] = template_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        format_ = d.pop("format")

        name = d.pop("name")

        template_ids = cast(list[int], d.pop("templateIds", UNSET))

        template_message_image = cls(
            format_=format_,
            name=name,
            template_ids=template_ids,
        )

        template_message_image.additional_properties = d
        return template_message_image

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
