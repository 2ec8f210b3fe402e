from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateImageSource")


@_attrs_define
class TemplateImageSource:
    """One image for Template OCR in a JSON body, optionally restricted to some templates. Give
    `data` (base64 bytes) or `url` (a public URL): at least one of them must be a string,
    else the service answers `0011`. If both are given, `data` wins (the `if`/`then` below
    states the rule for validators).

        Attributes:
            format_ (str): Image format: `jpg`, `jpeg`, `png`, `pdf`, `tif` or `tiff`, matched case-insensitively
                (clients send `PNG`, `JPG` and it works). General/Template PDFs may have up to 10
                pages; Document OCR PDFs/TIFFs must have one page.
            name (str): Free text echoed back as `images[].name` to identify the image.
            url (None | str | Unset): Public http(s) URL of the image (General and Template OCR only).
            data (None | str | Unset): Base64 of the image bytes, no `data:` prefix.
            template_ids (list[int] | Unset): Only match against these deployed templates. Absent = all service templates of
                the domain.
    """

    format_: str
    name: str
    url: None | str | Unset = UNSET
    data: None | str | Unset = UNSET
    template_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

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
        if url is not UNSET:
            field_dict["url"] = url
        if data is not UNSET:
            field_dict["data"] = data
        if template_ids is not UNSET:
            field_dict["templateIds"] = template_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        format_ = d.pop("format")

        name = d.pop("name")

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        template_ids = cast(list[int], d.pop("templateIds", UNSET))

        template_image_source = cls(
            format_=format_,
            name=name,
            url=url,
            data=data,
            template_ids=template_ids,
        )

        template_image_source.additional_properties = d
        return template_image_source

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
