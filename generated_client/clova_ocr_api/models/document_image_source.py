from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DocumentImageSource")


@_attrs_define
class DocumentImageSource:
    """One image for Document OCR in a JSON body. Only `data` is accepted ("보안을 위해 인코딩된
    이미지 바이트만"); `url` is not supported. Files up to 50 MB, single page.

        Attributes:
            format_ (str): Image format: `jpg`, `jpeg`, `png`, `pdf`, `tif` or `tiff`, matched case-insensitively
                (clients send `PNG`, `JPG` and it works). General/Template PDFs may have up to 10
                pages; Document OCR PDFs/TIFFs must have one page.
            name (str): Free text echoed back as `images[].name`.
            data (str): Base64 of the image bytes (single-page PDF/TIFF).
    """

    format_: str
    name: str
    data: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        name = self.name

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "name": name,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        format_ = d.pop("format")

        name = d.pop("name")

        data = d.pop("data")

        document_image_source = cls(
            format_=format_,
            name=name,
            data=data,
        )

        document_image_source.additional_properties = d
        return document_image_source

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
