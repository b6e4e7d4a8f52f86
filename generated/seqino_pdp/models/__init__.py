"""Contains all the data models used in inputs/outputs"""

from .alert import Alert
from .alert_list import AlertList
from .client_statistics import ClientStatistics
from .endpoint_usage import EndpointUsage
from .error_detail import ErrorDetail
from .http_validation_error import HTTPValidationError
from .mandate_statistics import MandateStatistics
from .period import Period
from .rate_limit import RateLimit
from .rate_limit_list import RateLimitList
from .usage_metrics import UsageMetrics
from .usage_summary import UsageSummary
from .validation_issue import ValidationIssue

__all__ = (
    "Alert",
    "AlertList",
    "ClientStatistics",
    "EndpointUsage",
    "ErrorDetail",
    "HTTPValidationError",
    "MandateStatistics",
    "Period",
    "RateLimit",
    "RateLimitList",
    "UsageMetrics",
    "UsageSummary",
    "ValidationIssue",
)
