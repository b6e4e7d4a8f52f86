"""EBP: ``connect()`` to any of the 8 EBP APIs, and the WhereCondition builder (:mod:`comptoir.ebp.where`).

Log in once in a browser with ``comptoir login ebp``; the tokens are then refreshed automatically:

from comptoir import ebp
from comptoir.auth import FileTokenStore, RefreshingAuth, default_token_path, ebp_provider
from ebp_gescom.api.folders import list_folders

auth = RefreshingAuth(ebp_provider(CLIENT_ID, CLIENT_SECRET), FileTokenStore(default_token_path("ebp")))
client = ebp.connect("gescom", subscription_key=os.environ["EBP_SUBSCRIPTION_KEY"], auth=auth)
folders = list_folders.sync(client=client)

Every request carries the subscription key (``ebp-subscription-key``) and the bearer access token,
as each operation's security requirement says. ``auth`` may also be a plain access token string
(sent as ``Authorization: Bearer …``, never refreshed: fine for a short script).
"""

from __future__ import annotations

import importlib
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from .._connect import RateLimitsArg, build_client
from .._credentials import HeaderCredential, SpecAuth
from ..errors import ConfigurationError
from ..runtime.limits import StoreSpec
from ..secret import Secret
from . import where
from .where import Where, WhereError, col

if TYPE_CHECKING:
    import ebp_associatedfile.client
    import ebp_batiment.client
    import ebp_export.client
    import ebp_gescom.client
    import ebp_hubbix_compta.client
    import ebp_hubbix_gestion.client
    import ebp_import.client
    import ebp_maintenance.client

__all__ = [
    "API_NAMES",
    "PRODUCTION_URLS",
    "SUBSCRIPTION_KEY_HEADER",
    "EbpApi",
    "Where",
    "WhereError",
    "col",
    "connect",
    "package_name",
    "where",
]

EbpApi = Literal[
    "hubbix-compta", "hubbix-gestion", "gescom", "batiment", "maintenance", "import", "associatedfile", "export"
]

PRODUCTION_URLS: MappingProxyType[str, str] = MappingProxyType(
    {
        "hubbix-compta": "https://api-developpeurs.ebp.com/hubbix-cpttpe/api",
        "hubbix-gestion": "https://api-developpeurs.ebp.com/hubbix-gctpe/api",
        "gescom": "https://api-developpeurs.ebp.com/gescom/api",
        "batiment": "https://api-developpeurs.ebp.com/batiment/api",
        "maintenance": "https://api-developpeurs.ebp.com/maintenance/api",
        "import": "https://api-developpeurs.ebp.com/import/api",
        "associatedfile": "https://api-developpeurs.ebp.com/associatedfile/api",
        "export": "https://api-developpeurs.ebp.com/export/api",
    }
)
"""Each API's production base URL: ``servers[0]`` of its spec (``specs/ebp-<api>.yaml``)."""

API_NAMES: tuple[str, ...] = tuple(PRODUCTION_URLS)
SUBSCRIPTION_KEY_HEADER = "ebp-subscription-key"


def package_name(api: str) -> str:
    """The generated package of an API: ``ebp_`` and the name with ``-`` as ``_`` (``ebp_hubbix_compta``)."""
    _check_api(api)
    return "ebp_" + api.replace("-", "_")


def _check_api(api: object) -> None:
    if not isinstance(api, str) or api not in PRODUCTION_URLS:
        raise ConfigurationError(f"unknown EBP API {api!r}; valid names: {', '.join(API_NAMES)}")


def _bearer(auth: httpx.Auth | HeaderCredential | Secret) -> httpx.Auth | HeaderCredential:
    if isinstance(auth, Secret):
        return HeaderCredential("Authorization", auth, prefix="Bearer")
    if isinstance(auth, HeaderCredential):
        if auth.header.lower() != "authorization":
            raise ConfigurationError(f"the EBP access token goes in Authorization, not in {auth.header}")
        return auth
    if isinstance(auth, httpx.Auth):
        return auth
    raise ConfigurationError(
        f"auth must be an httpx.Auth (such as comptoir.auth.RefreshingAuth) or an access token string, "
        f"not {type(auth).__name__}"
    )


@overload
def connect(
    api: Literal["hubbix-compta"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_hubbix_compta.client.AuthenticatedClient: ...
@overload
def connect(
    api: Literal["hubbix-gestion"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_hubbix_gestion.client.AuthenticatedClient: ...
@overload
def connect(
    api: Literal["gescom"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_gescom.client.AuthenticatedClient: ...
@overload
def connect(
    api: Literal["batiment"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_batiment.client.AuthenticatedClient: ...
@overload
def connect(
    api: Literal["maintenance"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_maintenance.client.AuthenticatedClient: ...
@overload
def connect(
    api: Literal["import"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_import.client.AuthenticatedClient: ...
@overload
def connect(
    api: Literal["associatedfile"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_associatedfile.client.AuthenticatedClient: ...
@overload
def connect(
    api: Literal["export"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_export.client.AuthenticatedClient: ...
@overload
def connect(
    api: str,
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> Any: ...
def connect(
    api: str,
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> Any:
    """The generated ``AuthenticatedClient`` of one EBP API (``"gescom"`` → ``ebp_gescom``).

    ``subscription_key`` goes in ``ebp-subscription-key``; ``auth`` supplies the bearer token:
    normally a :class:`comptoir.auth.RefreshingAuth`, or an access token string (or an
    ``Authorization`` :class:`~comptoir._credentials.HeaderCredential` with the ``Bearer`` prefix).
    ``base_url`` defaults to the API's production URL; plain http is refused except to loopback.
    ``timeout`` keeps the generated default unless given; other keyword arguments (``transport``,
    ``event_hooks``…) go to the httpx client.

    Production traffic: failed calls are retried ``max_retries`` times (idempotent ones only,
    except when the request never reached the server), and every request is paced by the limits
    of the spec (1 request/s and 10,000/day, one budget for the 8 APIs per subscription key, never
    stored in clear) shared through ``rate_limit_store``: ``None`` (a SQLite file under the user's
    cache directory: every process of this machine), ``"memory"`` (this process), or a
    ``"redis://..."`` URL / ``redis.Redis`` (every host). A spent daily quota raises
    :class:`~comptoir.errors.QuotaExceededError` at once, unless ``max_wait`` seconds allow
    waiting for it. ``rate_limits=None`` turns pacing off (a local mock); a mapping shaped like the
    spec's ``x-comptoir-rate-limits`` replaces the declared limits.
    """
    subscription_key = Secret.of(subscription_key)  # masked in tracebacks rendered with locals
    if isinstance(auth, str):
        auth = Secret(auth)
    _check_api(api)
    credentials = SpecAuth(
        {
            "subscriptionKey": HeaderCredential(SUBSCRIPTION_KEY_HEADER, subscription_key),
            "bearerAuth": _bearer(auth),
        }
    )
    module = importlib.import_module(f"{package_name(api)}.client")
    return build_client(
        module.AuthenticatedClient,
        base_url=base_url if base_url is not None else PRODUCTION_URLS[api],
        auth=credentials,
        timeout=timeout,
        max_retries=max_retries,
        rate_limits=rate_limits,
        rate_limit_secrets={"subscriptionKey": subscription_key},
        rate_limit_store=rate_limit_store,
        max_wait=max_wait,
        **httpx_args,
    )
