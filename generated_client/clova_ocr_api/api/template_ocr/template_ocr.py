from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.ocr_error import OcrError
from ...models.template_multipart_request import TemplateMultipartRequest
from ...models.template_request import TemplateRequest
from ...models.template_response import TemplateResponse
from ...types import (  # clova-ocr: always import Unset (upstream #1451)
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    body: TemplateMultipartRequest | TemplateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/infer",
    }

    if isinstance(body, TemplateMultipartRequest):
        _kwargs["files"] = body.to_multipart()

    if isinstance(body, TemplateRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


#: HTTP method of this operation (public seam for hand-written code; clova-ocr).
METHOD = "POST"
#: Path of this operation below the client's base URL (public seam; clova-ocr).
PATH = "/infer"


def request_kwargs(
    *,
    body: TemplateMultipartRequest | TemplateRequest | Unset = UNSET,
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
) -> GatewayError | OcrError | TemplateResponse | str:
    if response.status_code == 200:
        response_200 = TemplateResponse.from_dict(response.json())

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
) -> Response[GatewayError | OcrError | TemplateResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateMultipartRequest | TemplateRequest | Unset = UNSET,
) -> Response[GatewayError | OcrError | TemplateResponse | str]:
    """Extract template fields (Template OCR)

     Classifies the image against the templates deployed in the domain (or only
    `images[].templateIds`) and returns the matched template, its title and its fields.
    Checkbox fields carry `checked`; multi-box fields carry `subFields`. `combineResult`
    holds fields combined in the template builder. With no deployed template the call
    fails with `1021`.

    Args:
        body (TemplateMultipartRequest): Template OCR multipart body.
        body (TemplateRequest): Template OCR JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | GatewayError | OcrError | TemplateResponse | str]
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
    body: TemplateMultipartRequest | TemplateRequest | Unset = UNSET,
) -> GatewayError | OcrError | TemplateResponse | str | None:
    """Extract template fields (Template OCR)

     Classifies the image against the templates deployed in the domain (or only
    `images[].templateIds`) and returns the matched template, its title and its fields.
    Checkbox fields carry `checked`; multi-box fields carry `subFields`. `combineResult`
    holds fields combined in the template builder. With no deployed template the call
    fails with `1021`.

    Args:
        body (TemplateMultipartRequest): Template OCR multipart body.
        body (TemplateRequest): Template OCR JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | GatewayError | OcrError | TemplateResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateMultipartRequest | TemplateRequest | Unset = UNSET,
) -> Response[GatewayError | OcrError | TemplateResponse | str]:
    """Extract template fields (Template OCR)

     Classifies the image against the templates deployed in the domain (or only
    `images[].templateIds`) and returns the matched template, its title and its fields.
    Checkbox fields carry `checked`; multi-box fields carry `subFields`. `combineResult`
    holds fields combined in the template builder. With no deployed template the call
    fails with `1021`.

    Args:
        body (TemplateMultipartRequest): Template OCR multipart body.
        body (TemplateRequest): Template OCR JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | GatewayError | OcrError | TemplateResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateMultipartRequest | TemplateRequest | Unset = UNSET,
) -> GatewayError | OcrError | TemplateResponse | str | None:
    """Extract template fields (Template OCR)

     Classifies the image against the templates deployed in the domain (or only
    `images[].templateIds`) and returns the matched template, its title and its fields.
    Checkbox fields carry `checked`; multi-box fields carry `subFields`. `combineResult`
    holds fields combined in the template builder. With no deployed template the call
    fails with `1021`.

    Args:
        body (TemplateMultipartRequest): Template OCR multipart body.
        body (TemplateRequest): Template OCR JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | GatewayError | OcrError | TemplateResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
