from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alien_registration_card import AlienRegistrationCard
    from ..models.bounding_poly import BoundingPoly
    from ..models.driver_license import DriverLicense
    from ..models.passport_fields import PassportFields
    from ..models.resident_card import ResidentCard


T = TypeVar("T", bound="IdCardResult")


@_attrs_define
class IdCardResult:
    """Exactly one of `ic`, `dl`, `pp`, `ac` is present, matching `idtype`.

    Attributes:
        idtype (str | Unset): `ID Card`, `Driver's License`, `Passport`, `Alien Registration Card` (open).
        is_confident (bool | Unset): Overall confidence flag.
        rois (list[BoundingPoly] | Unset): Card border polygon(s) in the image (since 2022-04-21).
        ic (ResidentCard | Unset): 주민등록증 (`ic`).
        dl (DriverLicense | Unset): 운전면허증 (`dl`).
        pp (PassportFields | Unset): Korean passport items (`pp` of an id-card answer); each is a list of value objects.
        ac (AlienRegistrationCard | Unset): 외국인등록증 (`ac`, since 2021-09-16).
    """

    idtype: str | Unset = UNSET
    is_confident: bool | Unset = UNSET
    rois: list[BoundingPoly] | Unset = UNSET
    ic: ResidentCard | Unset = UNSET
    dl: DriverLicense | Unset = UNSET
    pp: PassportFields | Unset = UNSET
    ac: AlienRegistrationCard | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idtype = self.idtype

        is_confident = self.is_confident

        rois: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rois, Unset):
            rois = []
            for rois_item_data in self.rois:
                rois_item = rois_item_data.to_dict()
                rois.append(rois_item)

        ic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ic, Unset):
            ic = self.ic.to_dict()

        dl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dl, Unset):
            dl = self.dl.to_dict()

        pp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pp, Unset):
            pp = self.pp.to_dict()

        ac: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ac, Unset):
            ac = self.ac.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if idtype is not UNSET:
            field_dict["idtype"] = idtype
        if is_confident is not UNSET:
            field_dict["isConfident"] = is_confident
        if rois is not UNSET:
            field_dict["rois"] = rois
        if ic is not UNSET:
            field_dict["ic"] = ic
        if dl is not UNSET:
            field_dict["dl"] = dl
        if pp is not UNSET:
            field_dict["pp"] = pp
        if ac is not UNSET:
            field_dict["ac"] = ac

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alien_registration_card import AlienRegistrationCard
        from ..models.bounding_poly import BoundingPoly
        from ..models.driver_license import DriverLicense
        from ..models.passport_fields import PassportFields
        from ..models.resident_card import ResidentCard

        d = dict(src_dict)
        idtype = d.pop("idtype", UNSET)

        is_confident = d.pop("isConfident", UNSET)

        _rois = d.pop("rois", UNSET)
        rois: list[BoundingPoly] | Unset = UNSET
        if _rois is not UNSET:
            rois = []
            for rois_item_data in _rois:
                rois_item = BoundingPoly.from_dict(rois_item_data)

                rois.append(rois_item)

        _ic = d.pop("ic", UNSET)
        ic: ResidentCard | Unset
        if isinstance(_ic, Unset):
            ic = UNSET
        else:
            ic = ResidentCard.from_dict(_ic)

        _dl = d.pop("dl", UNSET)
        dl: DriverLicense | Unset
        if isinstance(_dl, Unset):
            dl = UNSET
        else:
            dl = DriverLicense.from_dict(_dl)

        _pp = d.pop("pp", UNSET)
        pp: PassportFields | Unset
        if isinstance(_pp, Unset):
            pp = UNSET
        else:
            pp = PassportFields.from_dict(_pp)

        _ac = d.pop("ac", UNSET)
        ac: AlienRegistrationCard | Unset
        if isinstance(_ac, Unset):
            ac = UNSET
        else:
            ac = AlienRegistrationCard.from_dict(_ac)

        id_card_result = cls(
            idtype=idtype,
            is_confident=is_confident,
            rois=rois,
            ic=ic,
            dl=dl,
            pp=pp,
            ac=ac,
        )

        id_card_result.additional_properties = d
        return id_card_result

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
