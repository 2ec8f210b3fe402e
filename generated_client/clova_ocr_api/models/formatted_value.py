from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormattedValue")


@_attrs_define
class FormattedValue:
    """Normalised value. Most items: `value`. Dates: `year`, `month`, `day` (zero-padded strings;
    may be empty or `00` when unreadable). Times: `hour`, `minute`, `second`.

        Attributes:
            value (str | Unset):
            year (str | Unset):
            month (str | Unset):
            day (str | Unset):
            hour (str | Unset):
            minute (str | Unset):
            second (str | Unset):
    """

    value: str | Unset = UNSET
    year: str | Unset = UNSET
    month: str | Unset = UNSET
    day: str | Unset = UNSET
    hour: str | Unset = UNSET
    minute: str | Unset = UNSET
    second: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        year = self.year

        month = self.month

        day = self.day

        hour = self.hour

        minute = self.minute

        second = self.second

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if year is not UNSET:
            field_dict["year"] = year
        if month is not UNSET:
            field_dict["month"] = month
        if day is not UNSET:
            field_dict["day"] = day
        if hour is not UNSET:
            field_dict["hour"] = hour
        if minute is not UNSET:
            field_dict["minute"] = minute
        if second is not UNSET:
            field_dict["second"] = second

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        year = d.pop("year", UNSET)

        month = d.pop("month", UNSET)

        day = d.pop("day", UNSET)

        hour = d.pop("hour", UNSET)

        minute = d.pop("minute", UNSET)

        second = d.pop("second", UNSET)

        formatted_value = cls(
            value=value,
            year=year,
            month=month,
            day=day,
            hour=hour,
            minute=minute,
            second=second,
        )

        formatted_value.additional_properties = d
        return formatted_value

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
