"""Receipt arithmetic: items add up to the total (after discounts); VAT is 1/11 of it.

Korean receipts show VAT-inclusive prices, so the VAT share of a taxable amount ``A`` is
``A / 11``. The taxable amount is ``subTotalPrice`` when the receipt has one, else the total.
A difference of up to one won per line is tolerated (rounding).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .outcome import CheckResult

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def amount(text: str) -> float | None:
    """``"12,300원"`` → 12300.0; ``None`` when there is no number (or it is masked)."""
    match = _NUMBER.search(text.replace(",", "").replace(" ", ""))
    return float(match.group()) if match else None


def keys_named(values: Mapping[str, str], name: str) -> tuple[str, ...]:
    """Keys whose last part is ``name`` (``subTotal[0].taxPrice``, ``….taxPrice[1]``)."""
    pattern = re.compile(rf"(^|\.){re.escape(name)}(\[\d+\])?$")
    return tuple(k for k in values if pattern.search(k))


def _sum(values: Mapping[str, str], name: str) -> tuple[float | None, tuple[str, ...]]:
    keys = keys_named(values, name)
    amounts = [amount(values[k]) for k in keys]
    if not keys or any(a is None for a in amounts):
        return None, keys
    return sum(abs(a) for a in amounts if a is not None), keys


def check_total(values: Mapping[str, str]) -> CheckResult:
    """Σ ``items[].price.price`` − Σ ``discountPrice`` = ``totalPrice.price``."""
    items, item_keys = _sum(values, "price.price")
    discount, discount_keys = _sum(values, "discountPrice")
    total = amount(values.get("totalPrice.price", ""))
    used = (*item_keys, *discount_keys, "totalPrice.price")
    if items is None or total is None:
        return CheckResult("receipt_total", "skip", used, "no item prices or no total")
    expected = items - (discount or 0.0)
    if abs(expected - total) <= max(1, len(item_keys)):
        return CheckResult("receipt_total", "pass", used)
    return CheckResult(
        "receipt_total",
        "fail",
        used,
        f"items minus discounts make {expected:g}, the total says {total:g}",
    )


def check_vat(values: Mapping[str, str]) -> CheckResult:
    """``taxPrice`` ≈ taxable amount / 11."""
    tax, tax_keys = _sum(values, "taxPrice")
    base_keys = list(keys_named(values, "subTotalPrice")) or ["totalPrice.price"]
    bases = [amount(values.get(k, "")) for k in base_keys]
    used = (*tax_keys, *base_keys)
    if tax is None or not tax_keys or any(b is None for b in bases):
        return CheckResult("receipt_vat", "skip", used, "no VAT or no taxable amount")
    base = sum(b for b in bases if b is not None)
    if abs(tax - base / 11) <= 1:
        return CheckResult("receipt_vat", "pass", used)
    return CheckResult(
        "receipt_vat", "fail", used, f"VAT {tax:g} is not 1/11 of {base:g} ({base / 11:.0f})"
    )
