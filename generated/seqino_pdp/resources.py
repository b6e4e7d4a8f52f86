"""Resource clients of seqino_pdp: ``SeqinoPdpClient`` (sync) and ``AsyncSeqinoPdpClient`` (async).

Each is a client of this API (usable as ``client=`` by every function of ``seqino_pdp.api``) with
one namespace per tag, whose methods are the operations (``client.<tag>.<operation>(...)``); each
method has a ``*_detailed`` form returning the whole ``Response``. Generated: do not edit.
"""

import datetime
from collections.abc import Mapping

from attrs import define
from comptoir.clients import NOT_GIVEN, Namespace, NotGiven, TimeoutOption

from seqino_pdp.models.alert_list import AlertList
from seqino_pdp.models.client_statistics import ClientStatistics
from seqino_pdp.models.error_detail import ErrorDetail
from seqino_pdp.models.http_validation_error import HTTPValidationError
from seqino_pdp.models.mandate_statistics import MandateStatistics
from seqino_pdp.models.period import Period
from seqino_pdp.models.rate_limit import RateLimit
from seqino_pdp.models.rate_limit_list import RateLimitList
from seqino_pdp.models.usage_metrics import UsageMetrics
from seqino_pdp.models.usage_summary import UsageSummary
from seqino_pdp.types import (
    UNSET,
    Response,
    Unset,
)

from .api.usage import get_client_statistics as _usage_get_client_statistics
from .api.usage import get_mandate_statistics as _usage_get_mandate_statistics
from .api.usage import get_usage_alerts as _usage_get_usage_alerts
from .api.usage import get_usage_limits as _usage_get_usage_limits
from .api.usage import get_usage_metrics as _usage_get_usage_metrics
from .api.usage import get_usage_summary as _usage_get_usage_summary
from .api.usage import set_usage_limit as _usage_set_usage_limit
from .client import AsyncAuthenticatedClient, AuthenticatedClient

__all__ = ["ASYNC_CLIENT_CLASS", "CLIENT_CLASS", "AsyncSeqinoPdpClient", "SeqinoPdpClient"]


class UsageResource(Namespace[AuthenticatedClient]):
    """The ``usage`` operations."""

    def get_usage_metrics(
        self,
        *,
        period: Period | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> UsageMetrics:
        """Usage metrics.

        ``GET /usage/metrics`` (operationId ``getUsageMetrics``)

        Args:
            period: Aggregation period of the metrics. (`period`, query)
            start_date: First day of the period (inclusive). (`start_date`, query)
            end_date: Last day of the period (inclusive). (`end_date`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            UsageMetrics

        """

        return _usage_get_usage_metrics.sync(
            period=period,
            start_date=start_date,
            end_date=end_date,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_usage_metrics_detailed(
        self,
        *,
        period: Period | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[ErrorDetail | HTTPValidationError | UsageMetrics]:
        """Usage metrics. Returns the whole ``Response``.

        ``GET /usage/metrics`` (operationId ``getUsageMetrics``)

        Args:
            period: Aggregation period of the metrics. (`period`, query)
            start_date: First day of the period (inclusive). (`start_date`, query)
            end_date: Last day of the period (inclusive). (`end_date`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[ErrorDetail | HTTPValidationError | UsageMetrics]

        """

        return _usage_get_usage_metrics.sync_detailed(
            period=period,
            start_date=start_date,
            end_date=end_date,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_usage_summary(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> UsageSummary:
        """Usage summary.

        ``GET /usage/summary`` (operationId ``getUsageSummary``)

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
            UsageSummary

        """

        return _usage_get_usage_summary.sync(
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_usage_summary_detailed(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[ErrorDetail | HTTPValidationError | UsageSummary]:
        """Usage summary. Returns the whole ``Response``.

        ``GET /usage/summary`` (operationId ``getUsageSummary``)

        Args:
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[ErrorDetail | HTTPValidationError | UsageSummary]

        """

        return _usage_get_usage_summary.sync_detailed(
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_usage_limits(
        self,
        *,
        endpoint: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> RateLimitList:
        """Rate limits.

        ``GET /usage/limits`` (operationId ``getUsageLimits``)

        Args:
            endpoint: Only the limits of this endpoint. (`endpoint`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            RateLimitList

        """

        return _usage_get_usage_limits.sync(
            endpoint=endpoint,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_usage_limits_detailed(
        self,
        *,
        endpoint: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[ErrorDetail | HTTPValidationError | RateLimitList]:
        """Rate limits. Returns the whole ``Response``.

        ``GET /usage/limits`` (operationId ``getUsageLimits``)

        Args:
            endpoint: Only the limits of this endpoint. (`endpoint`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[ErrorDetail | HTTPValidationError | RateLimitList]

        """

        return _usage_get_usage_limits.sync_detailed(
            endpoint=endpoint,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def set_usage_limit(
        self,
        *,
        body: RateLimit,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> RateLimit:
        """Create or update a rate limit.

        ``POST /usage/limits`` (operationId ``setUsageLimit``)

        Args:
            body: (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            RateLimit

        """

        return _usage_set_usage_limit.sync(
            body=body,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def set_usage_limit_detailed(
        self,
        *,
        body: RateLimit,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[ErrorDetail | HTTPValidationError | RateLimit]:
        """Create or update a rate limit. Returns the whole ``Response``.

        ``POST /usage/limits`` (operationId ``setUsageLimit``)

        Args:
            body: (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[ErrorDetail | HTTPValidationError | RateLimit]

        """

        return _usage_set_usage_limit.sync_detailed(
            body=body,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_usage_alerts(
        self,
        *,
        active_only: bool | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> AlertList:
        """Usage alerts.

        ``GET /usage/alerts`` (operationId ``getUsageAlerts``)

        Args:
            active_only: Only the alerts that are still active. (`active_only`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            AlertList

        """

        return _usage_get_usage_alerts.sync(
            active_only=active_only,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_usage_alerts_detailed(
        self,
        *,
        active_only: bool | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[AlertList | ErrorDetail | HTTPValidationError]:
        """Usage alerts. Returns the whole ``Response``.

        ``GET /usage/alerts`` (operationId ``getUsageAlerts``)

        Args:
            active_only: Only the alerts that are still active. (`active_only`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[AlertList | ErrorDetail | HTTPValidationError]

        """

        return _usage_get_usage_alerts.sync_detailed(
            active_only=active_only,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_mandate_statistics(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> MandateStatistics:
        """Mandate statistics.

        ``GET /usage/mandates`` (operationId ``getMandateStatistics``)

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
            MandateStatistics

        """

        return _usage_get_mandate_statistics.sync(
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_mandate_statistics_detailed(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[ErrorDetail | MandateStatistics]:
        """Mandate statistics. Returns the whole ``Response``.

        ``GET /usage/mandates`` (operationId ``getMandateStatistics``)

        Args:
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[ErrorDetail | MandateStatistics]

        """

        return _usage_get_mandate_statistics.sync_detailed(
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_client_statistics(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ClientStatistics:
        """Client statistics.

        ``GET /usage/clients`` (operationId ``getClientStatistics``)

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
            ClientStatistics

        """

        return _usage_get_client_statistics.sync(
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_client_statistics_detailed(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[ClientStatistics | ErrorDetail]:
        """Client statistics. Returns the whole ``Response``.

        ``GET /usage/clients`` (operationId ``getClientStatistics``)

        Args:
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[ClientStatistics | ErrorDetail]

        """

        return _usage_get_client_statistics.sync_detailed(
            client=self._call_client(timeout, extra_headers, max_retries),
        )


@define
class SeqinoPdpClient(AuthenticatedClient):
    """The seqino_pdp client with one namespace per tag: usage."""

    @property
    def usage(self) -> UsageResource:
        """The ``usage`` operations."""
        return UsageResource(self)


class AsyncUsageResource(Namespace[AsyncAuthenticatedClient]):
    """The ``usage`` operations."""

    async def get_usage_metrics(
        self,
        *,
        period: Period | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> UsageMetrics:
        """Usage metrics.

        ``GET /usage/metrics`` (operationId ``getUsageMetrics``)

        Args:
            period: Aggregation period of the metrics. (`period`, query)
            start_date: First day of the period (inclusive). (`start_date`, query)
            end_date: Last day of the period (inclusive). (`end_date`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            UsageMetrics

        """

        return await _usage_get_usage_metrics.asyncio(
            period=period,
            start_date=start_date,
            end_date=end_date,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_usage_metrics_detailed(
        self,
        *,
        period: Period | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[ErrorDetail | HTTPValidationError | UsageMetrics]:
        """Usage metrics. Returns the whole ``Response``.

        ``GET /usage/metrics`` (operationId ``getUsageMetrics``)

        Args:
            period: Aggregation period of the metrics. (`period`, query)
            start_date: First day of the period (inclusive). (`start_date`, query)
            end_date: Last day of the period (inclusive). (`end_date`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[ErrorDetail | HTTPValidationError | UsageMetrics]

        """

        return await _usage_get_usage_metrics.asyncio_detailed(
            period=period,
            start_date=start_date,
            end_date=end_date,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_usage_summary(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> UsageSummary:
        """Usage summary.

        ``GET /usage/summary`` (operationId ``getUsageSummary``)

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
            UsageSummary

        """

        return await _usage_get_usage_summary.asyncio(
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_usage_summary_detailed(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[ErrorDetail | HTTPValidationError | UsageSummary]:
        """Usage summary. Returns the whole ``Response``.

        ``GET /usage/summary`` (operationId ``getUsageSummary``)

        Args:
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[ErrorDetail | HTTPValidationError | UsageSummary]

        """

        return await _usage_get_usage_summary.asyncio_detailed(
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_usage_limits(
        self,
        *,
        endpoint: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> RateLimitList:
        """Rate limits.

        ``GET /usage/limits`` (operationId ``getUsageLimits``)

        Args:
            endpoint: Only the limits of this endpoint. (`endpoint`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            RateLimitList

        """

        return await _usage_get_usage_limits.asyncio(
            endpoint=endpoint,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_usage_limits_detailed(
        self,
        *,
        endpoint: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[ErrorDetail | HTTPValidationError | RateLimitList]:
        """Rate limits. Returns the whole ``Response``.

        ``GET /usage/limits`` (operationId ``getUsageLimits``)

        Args:
            endpoint: Only the limits of this endpoint. (`endpoint`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[ErrorDetail | HTTPValidationError | RateLimitList]

        """

        return await _usage_get_usage_limits.asyncio_detailed(
            endpoint=endpoint,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def set_usage_limit(
        self,
        *,
        body: RateLimit,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> RateLimit:
        """Create or update a rate limit.

        ``POST /usage/limits`` (operationId ``setUsageLimit``)

        Args:
            body: (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            RateLimit

        """

        return await _usage_set_usage_limit.asyncio(
            body=body,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def set_usage_limit_detailed(
        self,
        *,
        body: RateLimit,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[ErrorDetail | HTTPValidationError | RateLimit]:
        """Create or update a rate limit. Returns the whole ``Response``.

        ``POST /usage/limits`` (operationId ``setUsageLimit``)

        Args:
            body: (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[ErrorDetail | HTTPValidationError | RateLimit]

        """

        return await _usage_set_usage_limit.asyncio_detailed(
            body=body,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_usage_alerts(
        self,
        *,
        active_only: bool | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> AlertList:
        """Usage alerts.

        ``GET /usage/alerts`` (operationId ``getUsageAlerts``)

        Args:
            active_only: Only the alerts that are still active. (`active_only`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            AlertList

        """

        return await _usage_get_usage_alerts.asyncio(
            active_only=active_only,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_usage_alerts_detailed(
        self,
        *,
        active_only: bool | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[AlertList | ErrorDetail | HTTPValidationError]:
        """Usage alerts. Returns the whole ``Response``.

        ``GET /usage/alerts`` (operationId ``getUsageAlerts``)

        Args:
            active_only: Only the alerts that are still active. (`active_only`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[AlertList | ErrorDetail | HTTPValidationError]

        """

        return await _usage_get_usage_alerts.asyncio_detailed(
            active_only=active_only,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_mandate_statistics(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> MandateStatistics:
        """Mandate statistics.

        ``GET /usage/mandates`` (operationId ``getMandateStatistics``)

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
            MandateStatistics

        """

        return await _usage_get_mandate_statistics.asyncio(
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_mandate_statistics_detailed(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[ErrorDetail | MandateStatistics]:
        """Mandate statistics. Returns the whole ``Response``.

        ``GET /usage/mandates`` (operationId ``getMandateStatistics``)

        Args:
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[ErrorDetail | MandateStatistics]

        """

        return await _usage_get_mandate_statistics.asyncio_detailed(
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_client_statistics(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ClientStatistics:
        """Client statistics.

        ``GET /usage/clients`` (operationId ``getClientStatistics``)

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
            ClientStatistics

        """

        return await _usage_get_client_statistics.asyncio(
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_client_statistics_detailed(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[ClientStatistics | ErrorDetail]:
        """Client statistics. Returns the whole ``Response``.

        ``GET /usage/clients`` (operationId ``getClientStatistics``)

        Args:
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[ClientStatistics | ErrorDetail]

        """

        return await _usage_get_client_statistics.asyncio_detailed(
            client=self._call_client(timeout, extra_headers, max_retries),
        )


@define
class AsyncSeqinoPdpClient(AsyncAuthenticatedClient):
    """The seqino_pdp async client with one namespace per tag: usage."""

    @property
    def usage(self) -> AsyncUsageResource:
        """The ``usage`` operations."""
        return AsyncUsageResource(self)


CLIENT_CLASS = SeqinoPdpClient
"""The sync resource client class (what ``connect()`` returns)."""
ASYNC_CLIENT_CLASS = AsyncSeqinoPdpClient
"""The async resource client class (what ``connect_async()`` returns)."""
