"""Resource clients of seven: ``SevenClient`` (sync) and ``AsyncSevenClient`` (async).

Each is a client of this API (usable as ``client=`` by every function of ``seven.api``) with
one namespace per tag, whose methods are the operations (``client.<tag>.<operation>(...)``); each
method has a ``*_detailed`` form returning the whole ``Response``. Generated: do not edit.
"""

import datetime
from collections.abc import Mapping
from decimal import Decimal

from attrs import define
from comptoir.clients import NOT_GIVEN, Namespace, NotGiven, TimeoutOption

from seven.models.analytics_grouping import AnalyticsGrouping
from seven.models.analytics_row import AnalyticsRow
from seven.models.balance import Balance
from seven.models.pricing import Pricing
from seven.models.pricing_format import PricingFormat
from seven.models.subaccount_scope import SubaccountScope
from seven.types import (
    UNSET,
    File,
    Response,
    Unset,
)

from .api.account import get_analytics as _account_get_analytics
from .api.account import get_analytics_by_country as _account_get_analytics_by_country
from .api.account import get_analytics_by_date as _account_get_analytics_by_date
from .api.account import get_analytics_by_label as _account_get_analytics_by_label
from .api.account import get_analytics_by_subaccount as _account_get_analytics_by_subaccount
from .api.account import get_balance as _account_get_balance
from .api.account import get_pricing as _account_get_pricing
from .client import AsyncAuthenticatedClient, AuthenticatedClient

__all__ = ["ASYNC_CLIENT_CLASS", "CLIENT_CLASS", "AsyncSevenClient", "SevenClient"]


class AccountResource(Namespace[AuthenticatedClient]):
    """The ``account`` operations."""

    def get_balance(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Balance | int | Decimal:
        """Get balance.

        ``GET /balance`` (operationId ``getBalance``)

        Spec summary: Solde

        Args:
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Balance | int | Decimal

        """

        return _account_get_balance.sync(
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_balance_detailed(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[Balance | int | Decimal | None]:
        """Get balance. Returns the whole ``Response``.

        ``GET /balance`` (operationId ``getBalance``)

        Spec summary: Solde

        Args:
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[Balance | int | Decimal | None]

        """

        return _account_get_balance.sync_detailed(
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_pricing(
        self,
        *,
        country: str | Unset = UNSET,
        format_: PricingFormat | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> File | Pricing:
        """Get pricing.

        ``GET /pricing`` (operationId ``getPricing``)

        Spec summary: Tarifs

        Args:
            country: Code pays selon ISO-3166 (ALPHA-2) pour lequel interroger les tarifs. Sans ce paramètre, les
                tarifs de tous les pays sont affichés. (`country`, query)
            format_: Format de la réponse : JSON par défaut, ou CSV avec `format=csv`. (`format`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            File | Pricing

        """

        return _account_get_pricing.sync(
            country=country,
            format_=format_,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_pricing_detailed(
        self,
        *,
        country: str | Unset = UNSET,
        format_: PricingFormat | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[File | None | Pricing]:
        """Get pricing. Returns the whole ``Response``.

        ``GET /pricing`` (operationId ``getPricing``)

        Spec summary: Tarifs

        Args:
            country: Code pays selon ISO-3166 (ALPHA-2) pour lequel interroger les tarifs. Sans ce paramètre, les
                tarifs de tous les pays sont affichés. (`country`, query)
            format_: Format de la réponse : JSON par défaut, ou CSV avec `format=csv`. (`format`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[File | None | Pricing]

        """

        return _account_get_pricing.sync_detailed(
            country=country,
            format_=format_,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_analytics(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        group_by: AnalyticsGrouping | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[AnalyticsRow]:
        """Get analytics.

        ``GET /analytics`` (operationId ``getAnalytics``)

        Spec summary: Statistiques

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            group_by: Définit le groupement des données. La valeur par défaut est `date`. (`group_by`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            list[AnalyticsRow]

        """

        return _account_get_analytics.sync(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            group_by=group_by,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_analytics_detailed(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        group_by: AnalyticsGrouping | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[list[AnalyticsRow] | None]:
        """Get analytics. Returns the whole ``Response``.

        ``GET /analytics`` (operationId ``getAnalytics``)

        Spec summary: Statistiques

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            group_by: Définit le groupement des données. La valeur par défaut est `date`. (`group_by`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[list[AnalyticsRow] | None]

        """

        return _account_get_analytics.sync_detailed(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            group_by=group_by,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_analytics_by_date(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[AnalyticsRow]:
        """Get analytics by date.

        ``GET /analytics/date`` (operationId ``getAnalyticsByDate``)

        Spec summary: Statistiques par date

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            list[AnalyticsRow]

        """

        return _account_get_analytics_by_date.sync(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_analytics_by_date_detailed(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[list[AnalyticsRow] | None]:
        """Get analytics by date. Returns the whole ``Response``.

        ``GET /analytics/date`` (operationId ``getAnalyticsByDate``)

        Spec summary: Statistiques par date

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[list[AnalyticsRow] | None]

        """

        return _account_get_analytics_by_date.sync_detailed(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_analytics_by_country(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[AnalyticsRow]:
        """Get analytics by country.

        ``GET /analytics/country`` (operationId ``getAnalyticsByCountry``)

        Spec summary: Statistiques par pays

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            list[AnalyticsRow]

        """

        return _account_get_analytics_by_country.sync(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_analytics_by_country_detailed(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[list[AnalyticsRow] | None]:
        """Get analytics by country. Returns the whole ``Response``.

        ``GET /analytics/country`` (operationId ``getAnalyticsByCountry``)

        Spec summary: Statistiques par pays

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[list[AnalyticsRow] | None]

        """

        return _account_get_analytics_by_country.sync_detailed(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_analytics_by_label(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[AnalyticsRow]:
        """Get analytics by label.

        ``GET /analytics/label`` (operationId ``getAnalyticsByLabel``)

        Spec summary: Statistiques par label

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            list[AnalyticsRow]

        """

        return _account_get_analytics_by_label.sync(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_analytics_by_label_detailed(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[list[AnalyticsRow] | None]:
        """Get analytics by label. Returns the whole ``Response``.

        ``GET /analytics/label`` (operationId ``getAnalyticsByLabel``)

        Spec summary: Statistiques par label

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[list[AnalyticsRow] | None]

        """

        return _account_get_analytics_by_label.sync_detailed(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_analytics_by_subaccount(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[AnalyticsRow]:
        """Get analytics by subaccount.

        ``GET /analytics/subaccount`` (operationId ``getAnalyticsBySubaccount``)

        Spec summary: Statistiques par sous-compte

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            list[AnalyticsRow]

        """

        return _account_get_analytics_by_subaccount.sync(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_analytics_by_subaccount_detailed(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[list[AnalyticsRow] | None]:
        """Get analytics by subaccount. Returns the whole ``Response``.

        ``GET /analytics/subaccount`` (operationId ``getAnalyticsBySubaccount``)

        Spec summary: Statistiques par sous-compte

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[list[AnalyticsRow] | None]

        """

        return _account_get_analytics_by_subaccount.sync_detailed(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            client=self._call_client(timeout, extra_headers, max_retries),
        )


@define
class SevenClient(AuthenticatedClient):
    """The seven client with one namespace per tag: account."""

    @property
    def account(self) -> AccountResource:
        """The ``account`` operations."""
        return AccountResource(self)


class AsyncAccountResource(Namespace[AsyncAuthenticatedClient]):
    """The ``account`` operations."""

    async def get_balance(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Balance | int | Decimal:
        """Get balance.

        ``GET /balance`` (operationId ``getBalance``)

        Spec summary: Solde

        Args:
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Balance | int | Decimal

        """

        return await _account_get_balance.asyncio(
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_balance_detailed(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[Balance | int | Decimal | None]:
        """Get balance. Returns the whole ``Response``.

        ``GET /balance`` (operationId ``getBalance``)

        Spec summary: Solde

        Args:
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[Balance | int | Decimal | None]

        """

        return await _account_get_balance.asyncio_detailed(
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_pricing(
        self,
        *,
        country: str | Unset = UNSET,
        format_: PricingFormat | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> File | Pricing:
        """Get pricing.

        ``GET /pricing`` (operationId ``getPricing``)

        Spec summary: Tarifs

        Args:
            country: Code pays selon ISO-3166 (ALPHA-2) pour lequel interroger les tarifs. Sans ce paramètre, les
                tarifs de tous les pays sont affichés. (`country`, query)
            format_: Format de la réponse : JSON par défaut, ou CSV avec `format=csv`. (`format`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            File | Pricing

        """

        return await _account_get_pricing.asyncio(
            country=country,
            format_=format_,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_pricing_detailed(
        self,
        *,
        country: str | Unset = UNSET,
        format_: PricingFormat | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[File | None | Pricing]:
        """Get pricing. Returns the whole ``Response``.

        ``GET /pricing`` (operationId ``getPricing``)

        Spec summary: Tarifs

        Args:
            country: Code pays selon ISO-3166 (ALPHA-2) pour lequel interroger les tarifs. Sans ce paramètre, les
                tarifs de tous les pays sont affichés. (`country`, query)
            format_: Format de la réponse : JSON par défaut, ou CSV avec `format=csv`. (`format`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[File | None | Pricing]

        """

        return await _account_get_pricing.asyncio_detailed(
            country=country,
            format_=format_,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_analytics(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        group_by: AnalyticsGrouping | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[AnalyticsRow]:
        """Get analytics.

        ``GET /analytics`` (operationId ``getAnalytics``)

        Spec summary: Statistiques

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            group_by: Définit le groupement des données. La valeur par défaut est `date`. (`group_by`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            list[AnalyticsRow]

        """

        return await _account_get_analytics.asyncio(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            group_by=group_by,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_analytics_detailed(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        group_by: AnalyticsGrouping | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[list[AnalyticsRow] | None]:
        """Get analytics. Returns the whole ``Response``.

        ``GET /analytics`` (operationId ``getAnalytics``)

        Spec summary: Statistiques

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            group_by: Définit le groupement des données. La valeur par défaut est `date`. (`group_by`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[list[AnalyticsRow] | None]

        """

        return await _account_get_analytics.asyncio_detailed(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            group_by=group_by,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_analytics_by_date(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[AnalyticsRow]:
        """Get analytics by date.

        ``GET /analytics/date`` (operationId ``getAnalyticsByDate``)

        Spec summary: Statistiques par date

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            list[AnalyticsRow]

        """

        return await _account_get_analytics_by_date.asyncio(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_analytics_by_date_detailed(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[list[AnalyticsRow] | None]:
        """Get analytics by date. Returns the whole ``Response``.

        ``GET /analytics/date`` (operationId ``getAnalyticsByDate``)

        Spec summary: Statistiques par date

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[list[AnalyticsRow] | None]

        """

        return await _account_get_analytics_by_date.asyncio_detailed(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_analytics_by_country(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[AnalyticsRow]:
        """Get analytics by country.

        ``GET /analytics/country`` (operationId ``getAnalyticsByCountry``)

        Spec summary: Statistiques par pays

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            list[AnalyticsRow]

        """

        return await _account_get_analytics_by_country.asyncio(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_analytics_by_country_detailed(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[list[AnalyticsRow] | None]:
        """Get analytics by country. Returns the whole ``Response``.

        ``GET /analytics/country`` (operationId ``getAnalyticsByCountry``)

        Spec summary: Statistiques par pays

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[list[AnalyticsRow] | None]

        """

        return await _account_get_analytics_by_country.asyncio_detailed(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_analytics_by_label(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[AnalyticsRow]:
        """Get analytics by label.

        ``GET /analytics/label`` (operationId ``getAnalyticsByLabel``)

        Spec summary: Statistiques par label

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            list[AnalyticsRow]

        """

        return await _account_get_analytics_by_label.asyncio(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_analytics_by_label_detailed(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[list[AnalyticsRow] | None]:
        """Get analytics by label. Returns the whole ``Response``.

        ``GET /analytics/label`` (operationId ``getAnalyticsByLabel``)

        Spec summary: Statistiques par label

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[list[AnalyticsRow] | None]

        """

        return await _account_get_analytics_by_label.asyncio_detailed(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_analytics_by_subaccount(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[AnalyticsRow]:
        """Get analytics by subaccount.

        ``GET /analytics/subaccount`` (operationId ``getAnalyticsBySubaccount``)

        Spec summary: Statistiques par sous-compte

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            list[AnalyticsRow]

        """

        return await _account_get_analytics_by_subaccount.asyncio(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_analytics_by_subaccount_detailed(
        self,
        *,
        start: datetime.date | Unset = UNSET,
        end: datetime.date | Unset = UNSET,
        label: str | Unset = UNSET,
        subaccounts: int | SubaccountScope | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[list[AnalyticsRow] | None]:
        """Get analytics by subaccount. Returns the whole ``Response``.

        ``GET /analytics/subaccount`` (operationId ``getAnalyticsBySubaccount``)

        Spec summary: Statistiques par sous-compte

        Args:
            start: Date de début des statistiques au format YYYY-MM-DD. La date d'il y a 30 jours est définie par
                défaut. (`start`, query)
            end: Date de fin des statistiques. Le jour actuel par défaut. (`end`, query)
            label: Affiche uniquement les données pour un label spécifique ; `all` pour tous les labels. (`label`,
                query)
            subaccounts: `only_main` : uniquement le compte principal ; `all` : tous les comptes et sous-comptes de
                manière cumulative ; un ID de sous-compte : les données de ce sous-compte. (`subaccounts`,
                query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[list[AnalyticsRow] | None]

        """

        return await _account_get_analytics_by_subaccount.asyncio_detailed(
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
            client=self._call_client(timeout, extra_headers, max_retries),
        )


@define
class AsyncSevenClient(AsyncAuthenticatedClient):
    """The seven async client with one namespace per tag: account."""

    @property
    def account(self) -> AsyncAccountResource:
        """The ``account`` operations."""
        return AsyncAccountResource(self)


CLIENT_CLASS = SevenClient
"""The sync resource client class (what ``connect()`` returns)."""
ASYNC_CLIENT_CLASS = AsyncSevenClient
"""The async resource client class (what ``connect_async()`` returns)."""
