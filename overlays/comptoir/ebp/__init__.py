"""EBP: ``connect()`` to any of the 8 EBP APIs, and the WhereCondition builder (:mod:`comptoir.ebp.where`).

Log in once in a browser with ``comptoir login ebp``; the tokens are then refreshed automatically:

from comptoir import ebp
from comptoir.auth import FileTokenStore, RefreshingAuth, default_token_path, ebp_provider
from ebp_gescom.api.folders import list_folders

auth = RefreshingAuth(ebp_provider(CLIENT_ID, CLIENT_SECRET), FileTokenStore(default_token_path("ebp")))
client = ebp.connect("gescom", subscription_key=os.environ["EBP_SUBSCRIPTION_KEY"], auth=auth)
folders = list_folders.sync(client=client)
folders = client.folders.list()                   # the same, resource style

with ebp.connect("hubbix-gestion", subscription_key=key, auth=auth, domain_id=domain) as gc:
    customers = gc.customers.get_customers()
async with ebp.connect_async("gescom", subscription_key=key, auth=auth, folder_id="3691") as gescom:
    clients = await gescom.clients.list("3691")

Every request carries the subscription key (``ebp-subscription-key``) and the bearer access token,
as each operation's security requirement says. ``auth`` may also be a plain access token string
(sent as ``Authorization: Bearer …``, never refreshed: fine for a short script).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, overload
from uuid import UUID

import httpx

from .._connect import RateLimitsArg, build_client, client_defaults
from .._credentials import HeaderCredential, SpecAuth
from ..errors import ConfigurationError
from ..runtime.limits import StoreSpec
from ..secret import Secret
from . import where
from .where import Where, WhereError, col

if TYPE_CHECKING:
    import ebp_associatedfile.resources
    import ebp_batiment.resources
    import ebp_export.resources
    import ebp_gescom.resources
    import ebp_hubbix_compta.resources
    import ebp_hubbix_gestion.resources
    import ebp_import.resources
    import ebp_maintenance.resources

__all__ = [
    "API_NAMES",
    "PRODUCTION_URLS",
    "SUBSCRIPTION_KEY_HEADER",
    "EbpApi",
    "Where",
    "WhereError",
    "col",
    "connect",
    "connect_async",
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
    tenantid: str | UUID | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_hubbix_compta.resources.HubbixComptaClient: ...
@overload
def connect(
    api: Literal["hubbix-gestion"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    domain_id: str | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_hubbix_gestion.resources.HubbixGestionClient: ...
@overload
def connect(
    api: Literal["gescom"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    folder_id: str | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_gescom.resources.GescomClient: ...
@overload
def connect(
    api: Literal["batiment"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    folder_id: str | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_batiment.resources.BatimentClient: ...
@overload
def connect(
    api: Literal["maintenance"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_maintenance.resources.MaintenanceClient: ...
@overload
def connect(
    api: Literal["import"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_import.resources.ImportClient: ...
@overload
def connect(
    api: Literal["associatedfile"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_associatedfile.resources.AssociatedfileClient: ...
@overload
def connect(
    api: Literal["export"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_export.resources.ExportClient: ...
@overload
def connect(
    api: str,
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    domain_id: str | None = None,
    tenantid: str | UUID | None = None,
    folder_id: str | None = None,
    accept_language: str | None = None,
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
    domain_id: str | None = None,
    tenantid: str | UUID | None = None,
    folder_id: str | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> Any:
    """The resource client of one EBP API (``"gescom"`` → ``ebp_gescom.resources.GescomClient``).

    It is the package's ``AuthenticatedClient`` with one namespace per tag, so it is accepted as
    ``client=`` by every function of the package. ``subscription_key`` goes in
    ``ebp-subscription-key``; ``auth`` supplies the bearer token: normally a
    :class:`comptoir.auth.RefreshingAuth`, or an access token string (or an ``Authorization``
    :class:`~comptoir._credentials.HeaderCredential` with the ``Bearer`` prefix). ``base_url``
    defaults to the API's production URL; plain http is refused except to loopback. ``timeout``
    keeps the generated default unless given; other keyword arguments (``transport``,
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

    Client defaults (``domain_id``, ``tenantid``, ``folder_id``, ``accept_language``) are the
    context parameters the API's spec declares in ``x-comptoir-client-defaults``; giving one the
    API does not declare raises ``ConfigurationError``. Operations use them when the call omits them.
    """
    subscription_key = Secret.of(subscription_key)  # masked in tracebacks rendered with locals
    if isinstance(auth, str):
        auth = Secret(auth)
    defaults = {
        "domain_id": domain_id,
        "tenantid": tenantid,
        "folder_id": folder_id,
        "accept_language": accept_language,
    }
    return _build(
        api,
        False,
        subscription_key=subscription_key,
        auth=auth,
        base_url=base_url,
        timeout=timeout,
        defaults=defaults,
        traffic={
            "max_retries": max_retries,
            "rate_limits": rate_limits,
            "rate_limit_store": rate_limit_store,
            "max_wait": max_wait,
        },
        httpx_args=httpx_args,
    )


@overload
def connect_async(
    api: Literal["hubbix-compta"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    tenantid: str | UUID | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_hubbix_compta.resources.AsyncHubbixComptaClient: ...
@overload
def connect_async(
    api: Literal["hubbix-gestion"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    domain_id: str | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_hubbix_gestion.resources.AsyncHubbixGestionClient: ...
@overload
def connect_async(
    api: Literal["gescom"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    folder_id: str | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_gescom.resources.AsyncGescomClient: ...
@overload
def connect_async(
    api: Literal["batiment"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    folder_id: str | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_batiment.resources.AsyncBatimentClient: ...
@overload
def connect_async(
    api: Literal["maintenance"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_maintenance.resources.AsyncMaintenanceClient: ...
@overload
def connect_async(
    api: Literal["import"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_import.resources.AsyncImportClient: ...
@overload
def connect_async(
    api: Literal["associatedfile"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_associatedfile.resources.AsyncAssociatedfileClient: ...
@overload
def connect_async(
    api: Literal["export"],
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> ebp_export.resources.AsyncExportClient: ...
@overload
def connect_async(
    api: str,
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    domain_id: str | None = None,
    tenantid: str | UUID | None = None,
    folder_id: str | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> Any: ...
def connect_async(
    api: str,
    *,
    subscription_key: str | Secret,
    auth: httpx.Auth | HeaderCredential | str | Secret,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    domain_id: str | None = None,
    tenantid: str | UUID | None = None,
    folder_id: str | None = None,
    accept_language: str | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    **httpx_args: Any,
) -> Any:
    """The async resource client of one EBP API; arguments as :func:`connect`."""
    subscription_key = Secret.of(subscription_key)  # masked in tracebacks rendered with locals
    if isinstance(auth, str):
        auth = Secret(auth)
    defaults = {
        "domain_id": domain_id,
        "tenantid": tenantid,
        "folder_id": folder_id,
        "accept_language": accept_language,
    }
    return _build(
        api,
        True,
        subscription_key=subscription_key,
        auth=auth,
        base_url=base_url,
        timeout=timeout,
        defaults=defaults,
        traffic={
            "max_retries": max_retries,
            "rate_limits": rate_limits,
            "rate_limit_store": rate_limit_store,
            "max_wait": max_wait,
        },
        httpx_args=httpx_args,
    )


def _build(
    api: str,
    asynchronous: bool,
    *,
    subscription_key: Secret,
    auth: httpx.Auth | HeaderCredential | Secret,
    base_url: str | None,
    timeout: httpx.Timeout | float | None,
    defaults: Mapping[str, object | None],
    traffic: dict[str, Any],
    httpx_args: dict[str, Any],
) -> Any:
    _check_api(api)
    credentials = SpecAuth(
        {
            "subscriptionKey": HeaderCredential(SUBSCRIPTION_KEY_HEADER, subscription_key),
            "bearerAuth": _bearer(auth),
        }
    )
    package = package_name(api)
    module = importlib.import_module(f"{package}.resources")
    return build_client(
        module.ASYNC_CLIENT_CLASS if asynchronous else module.CLIENT_CLASS,
        base_url=base_url if base_url is not None else PRODUCTION_URLS[api],
        auth=credentials,
        timeout=timeout,
        defaults=client_defaults(package, defaults),
        rate_limit_secrets={"subscriptionKey": subscription_key},
        **traffic,
        **httpx_args,
    )
