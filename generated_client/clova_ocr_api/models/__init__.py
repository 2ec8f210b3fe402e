"""Contains all the data models used in inputs/outputs"""

from .alien_registration_card import AlienRegistrationCard
from .biz_license import BizLicense
from .biz_license_image_result import BizLicenseImageResult
from .biz_license_response import BizLicenseResponse
from .biz_license_result import BizLicenseResult
from .boolean_string import BooleanString
from .bounding import Bounding
from .bounding_poly import BoundingPoly
from .cell_text_line import CellTextLine
from .cell_word import CellWord
from .combine_result import CombineResult
from .converted_image_info import ConvertedImageInfo
from .credit_card import CreditCard
from .credit_card_image_result import CreditCardImageResult
from .credit_card_response import CreditCardResponse
from .credit_card_result import CreditCardResult
from .document_image_source import DocumentImageSource
from .document_message import DocumentMessage
from .document_meta import DocumentMeta
from .document_multipart_request import DocumentMultipartRequest
from .document_request import DocumentRequest
from .document_value import DocumentValue
from .document_version import DocumentVersion
from .driver_license import DriverLicense
from .field_type_value import FieldTypeValue
from .formatted_value import FormattedValue
from .gateway_error import GatewayError
from .gateway_error_detail import GatewayErrorDetail
from .general_field import GeneralField
from .general_image_result import GeneralImageResult
from .general_image_source import GeneralImageSource
from .general_message import GeneralMessage
from .general_multipart_request import GeneralMultipartRequest
from .general_request import GeneralRequest
from .general_response import GeneralResponse
from .id_card import IdCard
from .id_card_image_result import IdCardImageResult
from .id_card_response import IdCardResponse
from .id_card_result import IdCardResult
from .image_result_common import ImageResultCommon
from .infer_result_value import InferResultValue
from .matched_template import MatchedTemplate
from .medical_receipt import MedicalReceipt
from .medical_receipt_image_result import MedicalReceiptImageResult
from .medical_receipt_response import MedicalReceiptResponse
from .medical_receipt_result import MedicalReceiptResult
from .message_image import MessageImage
from .name_card import NameCard
from .name_card_image_result import NameCardImageResult
from .name_card_response import NameCardResponse
from .name_card_result import NameCardResult
from .ocr_error import OcrError
from .passport import Passport
from .passport_fields import PassportFields
from .passport_image_result import PassportImageResult
from .passport_response import PassportResponse
from .passport_result import PassportResult
from .receipt import Receipt
from .receipt_card_info import ReceiptCardInfo
from .receipt_image_result import ReceiptImageResult
from .receipt_item import ReceiptItem
from .receipt_item_price import ReceiptItemPrice
from .receipt_payment_info import ReceiptPaymentInfo
from .receipt_response import ReceiptResponse
from .receipt_result import ReceiptResult
from .receipt_store_info import ReceiptStoreInfo
from .receipt_sub_result import ReceiptSubResult
from .receipt_sub_total import ReceiptSubTotal
from .receipt_total_price import ReceiptTotalPrice
from .resident_card import ResidentCard
from .sub_field import SubField
from .table import Table
from .table_cell import TableCell
from .template_field import TemplateField
from .template_image_result import TemplateImageResult
from .template_image_source import TemplateImageSource
from .template_message import TemplateMessage
from .template_message_image import TemplateMessageImage
from .template_multipart_request import TemplateMultipartRequest
from .template_request import TemplateRequest
from .template_response import TemplateResponse
from .template_title import TemplateTitle
from .validation_result import ValidationResult
from .validation_result_value import ValidationResultValue
from .value_type_value import ValueTypeValue
from .version import Version
from .vertex import Vertex

__all__ = (
    "AlienRegistrationCard",
    "BizLicense",
    "BizLicenseImageResult",
    "BizLicenseResponse",
    "BizLicenseResult",
    "BooleanString",
    "Bounding",
    "BoundingPoly",
    "CellTextLine",
    "CellWord",
    "CombineResult",
    "ConvertedImageInfo",
    "CreditCard",
    "CreditCardImageResult",
    "CreditCardResponse",
    "CreditCardResult",
    "DocumentImageSource",
    "DocumentMessage",
    "DocumentMeta",
    "DocumentMultipartRequest",
    "DocumentRequest",
    "DocumentValue",
    "DocumentVersion",
    "DriverLicense",
    "FieldTypeValue",
    "FormattedValue",
    "GatewayError",
    "GatewayErrorDetail",
    "GeneralField",
    "GeneralImageResult",
    "GeneralImageSource",
    "GeneralMessage",
    "GeneralMultipartRequest",
    "GeneralRequest",
    "GeneralResponse",
    "IdCard",
    "IdCardImageResult",
    "IdCardResponse",
    "IdCardResult",
    "ImageResultCommon",
    "InferResultValue",
    "MatchedTemplate",
    "MedicalReceipt",
    "MedicalReceiptImageResult",
    "MedicalReceiptResponse",
    "MedicalReceiptResult",
    "MessageImage",
    "NameCard",
    "NameCardImageResult",
    "NameCardResponse",
    "NameCardResult",
    "OcrError",
    "Passport",
    "PassportFields",
    "PassportImageResult",
    "PassportResponse",
    "PassportResult",
    "Receipt",
    "ReceiptCardInfo",
    "ReceiptImageResult",
    "ReceiptItem",
    "ReceiptItemPrice",
    "ReceiptPaymentInfo",
    "ReceiptResponse",
    "ReceiptResult",
    "ReceiptStoreInfo",
    "ReceiptSubResult",
    "ReceiptSubTotal",
    "ReceiptTotalPrice",
    "ResidentCard",
    "SubField",
    "Table",
    "TableCell",
    "TemplateField",
    "TemplateImageResult",
    "TemplateImageSource",
    "TemplateMessage",
    "TemplateMessageImage",
    "TemplateMultipartRequest",
    "TemplateRequest",
    "TemplateResponse",
    "TemplateTitle",
    "ValidationResult",
    "ValidationResultValue",
    "ValueTypeValue",
    "Version",
    "Vertex",
)
