from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vertex import Vertex


T = TypeVar("T", bound="BoundingPoly")


@_attrs_define
class BoundingPoly:
    """A polygon, usually 4 vertices. For upright text top-left → top-right → bottom-right → bottom-left, but rotated text
    may start elsewhere; do not rely on the order.

        Attributes:
            vertices (list[Vertex] | Unset):
    """

    vertices: list[Vertex] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vertices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vertices, Unset):
            vertices = []
            for vertices_item_data in self.vertices:
                vertices_item = vertices_item_data.to_dict()
                vertices.append(vertices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vertices is not UNSET:
            field_dict["vertices"] = vertices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vertex import Vertex

        d = dict(src_dict)
        _vertices = d.pop("vertices", UNSET)
        vertices: list[Vertex] | Unset = UNSET
        if _vertices is not UNSET:
            vertices = []
            for vertices_item_data in _vertices:
                vertices_item = Vertex.from_dict(vertices_item_data)

                vertices.append(vertices_item)

        bounding_poly = cls(
            vertices=vertices,
        )

        bounding_poly.additional_properties = d
        return bounding_poly

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
