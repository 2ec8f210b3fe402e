from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bounding_poly import BoundingPoly
    from ..models.formatted_value import FormattedValue


T = TypeVar("T", bound="DocumentValue")


@_attrs_define
class DocumentValue:
    """One extracted item of a Document OCR result.

    Attributes:
        text (str | Unset): Raw recognised text.
        formatted (FormattedValue | Unset): Normalised value. Most items: `value`. Dates: `year`, `month`, `day` (zero-
            padded strings;
            may be empty or `00` when unreadable). Times: `hour`, `minute`, `second`.
        key_text (str | Unset): The printed label next to the value (often empty).
        confidence_score (float | Unset): Confidence 0–1.
        bounding_polys (list[BoundingPoly] | Unset): One polygon per text segment of the value.
        masking_polys (list[BoundingPoly] | Unset): Regions to blank for privacy (identity numbers, card numbers,
            dates).
    """

    text: str | Unset = UNSET
    formatted: FormattedValue | Unset = UNSET
    key_text: str | Unset = UNSET
    confidence_score: float | Unset = UNSET
    bounding_polys: list[BoundingPoly] | Unset = UNSET
    masking_polys: list[BoundingPoly] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        formatted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.formatted, Unset):
            formatted = self.formatted.to_dict()

        key_text = self.key_text

        confidence_score = self.confidence_score

        bounding_polys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bounding_polys, Unset):
            bounding_polys = []
            for bounding_polys_item_data in self.bounding_polys:
                bounding_polys_item = bounding_polys_item_data.to_dict()
                bounding_polys.append(bounding_polys_item)

        masking_polys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.masking_polys, Unset):
            masking_polys = []
            for masking_polys_item_data in self.masking_polys:
                masking_polys_item = masking_polys_item_data.to_dict()
                masking_polys.append(masking_polys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if formatted is not UNSET:
            field_dict["formatted"] = formatted
        if key_text is not UNSET:
            field_dict["keyText"] = key_text
        if confidence_score is not UNSET:
            field_dict["confidenceScore"] = confidence_score
        if bounding_polys is not UNSET:
            field_dict["boundingPolys"] = bounding_polys
        if masking_polys is not UNSET:
            field_dict["maskingPolys"] = masking_polys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bounding_poly import BoundingPoly
        from ..models.formatted_value import FormattedValue

        d = dict(src_dict)
        text = d.pop("text", UNSET)

        _formatted = d.pop("formatted", UNSET)
        formatted: FormattedValue | Unset
        if isinstance(_formatted, Unset):
            formatted = UNSET
        else:
            formatted = FormattedValue.from_dict(_formatted)

        key_text = d.pop("keyText", UNSET)

        confidence_score = d.pop("confidenceScore", UNSET)

        _bounding_polys = d.pop("boundingPolys", UNSET)
        bounding_polys: list[BoundingPoly] | Unset = UNSET
        if _bounding_polys is not UNSET:
            bounding_polys = []
            for bounding_polys_item_data in _bounding_polys:
                bounding_polys_item = BoundingPoly.from_dict(bounding_polys_item_data)

                bounding_polys.append(bounding_polys_item)

        _masking_polys = d.pop("maskingPolys", UNSET)
        masking_polys: list[BoundingPoly] | Unset = UNSET
        if _masking_polys is not UNSET:
            masking_polys = []
            for masking_polys_item_data in _masking_polys:
                masking_polys_item = BoundingPoly.from_dict(masking_polys_item_data)

                masking_polys.append(masking_polys_item)

        document_value = cls(
            text=text,
            formatted=formatted,
            key_text=key_text,
            confidence_score=confidence_score,
            bounding_polys=bounding_polys,
            masking_polys=masking_polys,
        )

        document_value.additional_properties = d
        return document_value

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
