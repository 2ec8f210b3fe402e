from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.infer_result_value import InferResultValue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.combine_result import CombineResult
    from ..models.converted_image_info import ConvertedImageInfo
    from ..models.matched_template import MatchedTemplate
    from ..models.table import Table
    from ..models.template_field import TemplateField
    from ..models.template_title import TemplateTitle
    from ..models.validation_result import ValidationResult


T = TypeVar("T", bound="TemplateImageResult")


@_attrs_define
class TemplateImageResult:
    """Template OCR result for one image.

    Attributes:
        uid (str): Server-generated id (32 lowercase hex characters).
        name (str): Echo of the request's `images[].name`.
        infer_result (InferResultValue | str): Open enum; new values may appear.
        message (str): `SUCCESS`, or why the image failed.
        validation_result (ValidationResult | Unset): Result of the external validation hook.
        converted_image_info (ConvertedImageInfo | Unset): The image the coordinates refer to (V2, since 2021-02-04).
            May differ in size from the upload; one per page.
        matched_template (MatchedTemplate | Unset): The template that matched.
        title (TemplateTitle | Unset): The template's title area.
        fields (list[TemplateField] | Unset):
        combine_result (list[CombineResult] | Unset):
        tables (list[Table] | Unset):
    """

    uid: str
    name: str
    infer_result: InferResultValue | str
    message: str
    validation_result: ValidationResult | Unset = UNSET
    converted_image_info: ConvertedImageInfo | Unset = UNSET
    matched_template: MatchedTemplate | Unset = UNSET
    title: TemplateTitle | Unset = UNSET
    fields: list[TemplateField] | Unset = UNSET
    combine_result: list[CombineResult] | Unset = UNSET
    tables: list[Table] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        name = self.name

        infer_result: str
        if isinstance(self.infer_result, InferResultValue):
            infer_result = self.infer_result.value
        else:
            infer_result = self.infer_result

        message = self.message

        validation_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_result, Unset):
            validation_result = self.validation_result.to_dict()

        converted_image_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.converted_image_info, Unset):
            converted_image_info = self.converted_image_info.to_dict()

        matched_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.matched_template, Unset):
            matched_template = self.matched_template.to_dict()

        title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.to_dict()

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        combine_result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.combine_result, Unset):
            combine_result = []
            for combine_result_item_data in self.combine_result:
                combine_result_item = combine_result_item_data.to_dict()
                combine_result.append(combine_result_item)

        tables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tables, Unset):
            tables = []
            for tables_item_data in self.tables:
                tables_item = tables_item_data.to_dict()
                tables.append(tables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uid": uid,
                "name": name,
                "inferResult": infer_result,
                "message": message,
            }
        )
        if validation_result is not UNSET:
            field_dict["validationResult"] = validation_result
        if converted_image_info is not UNSET:
            field_dict["convertedImageInfo"] = converted_image_info
        if matched_template is not UNSET:
            field_dict["matchedTemplate"] = matched_template
        if title is not UNSET:
            field_dict["title"] = title
        if fields is not UNSET:
            field_dict["fields"] = fields
        if combine_result is not UNSET:
            field_dict["combineResult"] = combine_result
        if tables is not UNSET:
            field_dict["tables"] = tables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.combine_result import CombineResult
        from ..models.converted_image_info import ConvertedImageInfo
        from ..models.matched_template import MatchedTemplate
        from ..models.table import Table
        from ..models.template_field import TemplateField
        from ..models.template_title import TemplateTitle
        from ..models.validation_result import ValidationResult

        d = dict(src_dict)
        uid = d.pop("uid")

        name = d.pop("name")

        def _parse_infer_result(data: object) -> InferResultValue | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_infer_result_type_0 = InferResultValue(data)

                return componentsschemas_infer_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InferResultValue | str, data)

        infer_result = _parse_infer_result(d.pop("inferResult"))

        message = d.pop("message")

        _validation_result = d.pop("validationResult", UNSET)
        validation_result: ValidationResult | Unset
        if isinstance(_validation_result, Unset):
            validation_result = UNSET
        else:
            validation_result = ValidationResult.from_dict(_validation_result)

        _converted_image_info = d.pop("convertedImageInfo", UNSET)
        converted_image_info: ConvertedImageInfo | Unset
        if isinstance(_converted_image_info, Unset):
            converted_image_info = UNSET
        else:
            converted_image_info = ConvertedImageInfo.from_dict(_converted_image_info)

        _matched_template = d.pop("matchedTemplate", UNSET)
        matched_template: MatchedTemplate | Unset
        if isinstance(_matched_template, Unset):
            matched_template = UNSET
        else:
            matched_template = MatchedTemplate.from_dict(_matched_template)

        _title = d.pop("title", UNSET)
        title: TemplateTitle | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = TemplateTitle.from_dict(_title)

        _fields = d.pop("fields", UNSET)
        fields: list[TemplateField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = TemplateField.from_dict(fields_item_data)

                fields.append(fields_item)

        _combine_result = d.pop("combineResult", UNSET)
        combine_result: list[CombineResult] | Unset = UNSET
        if _combine_result is not UNSET:
            combine_result = []
            for combine_result_item_data in _combine_result:
                combine_result_item = CombineResult.from_dict(combine_result_item_data)

                combine_result.append(combine_result_item)

        _tables = d.pop("tables", UNSET)
        tables: list[Table] | Unset = UNSET
        if _tables is not UNSET:
            tables = []
            for tables_item_data in _tables:
                tables_item = Table.from_dict(tables_item_data)

                tables.append(tables_item)

        template_image_result = cls(
            uid=uid,
            name=name,
            infer_result=infer_result,
            message=message,
            validation_result=validation_result,
            converted_image_info=converted_image_info,
            matched_template=matched_template,
            title=title,
            fields=fields,
            combine_result=combine_result,
            tables=tables,
        )

        template_image_result.additional_properties = d
        return template_image_result

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
