"""seven.io: ``connect()`` and the balance as a number.

from comptoir import seven
from seven.api.account import get_pricing

client = seven.connect(api_key=os.environ["SEVEN_API_KEY"])
print(seven.balance(client))                       # Decimal('290.67')
pricing = get_pricing.sync(client=client, country="FR")
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
from seven.api.account import get_balance
from seven.client import AuthenticatedClient
from seven.models import Balance

from ._connect import build_client
from ._credentials import HeaderCredential, SpecAuth
from .errors import ComptoirError

PRODUCTION_URL = "https://gateway.seven.io/api"


def connect(
    *,
    api_key: str,
    base_url: str = PRODUCTION_URL,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    **httpx_args: Any,
) -> AuthenticatedClient:
    """The seven.io client, the API key in the ``X-Api-Key`` header of every request."""
    auth = SpecAuth({"apiKey": HeaderCredential("X-Api-Key", api_key)})
    return build_client(
        AuthenticatedClient, base_url=base_url, auth=auth, timeout=timeout, max_retries=max_retries, **httpx_args
    )


def balance(client: AuthenticatedClient) -> Decimal:
    """The account balance, whether the gateway answers plain text (as documented) or JSON."""
    try:
        response = get_balance.sync_detailed(client=client)
    except (ArithmeticError, ValueError, KeyError, TypeError) as error:
        raise ComptoirError(f"seven.io balance: the answer is not a number ({type(error).__name__})") from None
    parsed = response.parsed
    amount = parsed.amount if isinstance(parsed, Balance) else parsed
    if isinstance(amount, Decimal) and amount.is_finite():
        return amount
    raise ComptoirError(f"seven.io balance: unexpected answer, HTTP {int(response.status_code)}")
