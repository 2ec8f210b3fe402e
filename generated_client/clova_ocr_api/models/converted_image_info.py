from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvertedImageInfo")


@_attrs_define
class ConvertedImageInfo:
    """The image the coordinates refer to (V2, since 2021-02-04). May differ in size from the upload; one per page.

    Attributes:
        width (int | Unset): Width in pixels.
        height (int | Unset): Height in pixels.
        page_index (int | Unset): 0-based page of a PDF/TIFF.
        long_image (bool | Unset): True for very long images processed in slices.
    """

    width: int | Unset = UNSET
    height: int | Unset = UNSET
    page_index: int | Unset = UNSET
    long_image: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        width = self.width

        height = self.height

        page_index = self.page_index

        long_image = self.long_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if page_index is not UNSET:
            field_dict["pageIndex"] = page_index
        if long_image is not UNSET:
            field_dict["longImage"] = long_image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        page_index = d.pop("pageIndex", UNSET)

        long_image = d.pop("longImage", UNSET)

        converted_image_info = cls(
            width=width,
            height=height,
            page_index=page_index,
            long_image=long_image,
        )

        converted_image_info.additional_properties = d
        return converted_image_info

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
