from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.document_multipart_request import DocumentMultipartRequest
from ...models.document_request import DocumentRequest
from ...models.gateway_error import GatewayError
from ...models.ocr_error import OcrError
from ...models.passport_response import PassportResponse
from ...types import (  # clova-ocr: always import Unset (upstream #1451)
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    body: DocumentMultipartRequest | DocumentRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/document/passport",
    }

    if isinstance(body, DocumentMultipartRequest):
        _kwargs["files"] = body.to_multipart()

    if isinstance(body, DocumentRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


#: HTTP method of this operation (public seam for hand-written code; clova-ocr).
METHOD = "POST"
#: Path of this operation below the client's base URL (public seam; clova-ocr).
PATH = "/document/passport"


def request_kwargs(
    *,
    body: DocumentMultipartRequest | DocumentRequest | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request()` for this operation, without sending it.

    Public seam for hand-written code that sends with its own client (clova-ocr's SDK does, to
    own retries, timeouts and error mapping); stable across regenerations, unlike `_get_kwargs`.
    """
    return _get_kwargs(
        body=body,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewayError | OcrError | PassportResponse | str:
    if response.status_code == 200:
        response_200 = PassportResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> GatewayError | OcrError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = OcrError.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = GatewayError.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> GatewayError | OcrError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_401_type_0 = OcrError.from_dict(data)

                return response_401_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_401_type_1 = GatewayError.from_dict(data)

            return response_401_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GatewayError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GatewayError.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = GatewayError.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = GatewayError.from_dict(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> GatewayError | OcrError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_500_type_0 = OcrError.from_dict(data)

                return response_500_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_500_type_1 = GatewayError.from_dict(data)

            return response_500_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GatewayError.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GatewayError.from_dict(response.json())

        return response_504

    response_default = response.text
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GatewayError | OcrError | PassportResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DocumentMultipartRequest | DocumentRequest | Unset = UNSET,
) -> Response[GatewayError | OcrError | PassportResponse | str]:
    """Read a passport of any country (MRZ)

     Global passport reading from the machine-readable zone (added 2023-05-25), in
    `images[].passport.result`.

    Args:
        body (DocumentMultipartRequest): Document OCR multipart body.
        body (DocumentRequest): Document OCR JSON body (`version` V2 only, image inline as
            base64).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | GatewayError | OcrError | PassportResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DocumentMultipartRequest | DocumentRequest | Unset = UNSET,
) -> GatewayError | OcrError | PassportResponse | str | None:
    """Read a passport of any country (MRZ)

     Global passport reading from the machine-readable zone (added 2023-05-25), in
    `images[].passport.result`.

    Args:
        body (DocumentMultipartRequest): Document OCR multipart body.
        body (DocumentRequest): Document OCR JSON body (`version` V2 only, image inline as
            base64).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | GatewayError | OcrError | PassportResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DocumentMultipartRequest | DocumentRequest | Unset = UNSET,
) -> Response[GatewayError | OcrError | PassportResponse | str]:
    """Read a passport of any country (MRZ)

     Global passport reading from the machine-readable zone (added 2023-05-25), in
    `images[].passport.result`.

    Args:
        body (DocumentMultipartRequest): Document OCR multipart body.
        body (DocumentRequest): Document OCR JSON body (`version` V2 only, image inline as
            base64).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | GatewayError | OcrError | PassportResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DocumentMultipartRequest | DocumentRequest | Unset = UNSET,
) -> GatewayError | OcrError | PassportResponse | str | None:
    """Read a passport of any country (MRZ)

     Global passport reading from the machine-readable zone (added 2023-05-25), in
    `images[].passport.result`.

    Args:
        body (DocumentMultipartRequest): Document OCR multipart body.
        body (DocumentRequest): Document OCR JSON body (`version` V2 only, image inline as
            base64).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | GatewayError | OcrError | PassportResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
