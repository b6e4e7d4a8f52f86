"""Contains all the data models used in inputs/outputs"""

from .analytics_grouping import AnalyticsGrouping
from .analytics_row import AnalyticsRow
from .balance import Balance
from .country_pricing import CountryPricing
from .network_pricing import NetworkPricing
from .pricing import Pricing
from .pricing_format import PricingFormat
from .subaccount_scope import SubaccountScope

__all__ = (
    "AnalyticsGrouping",
    "AnalyticsRow",
    "Balance",
    "CountryPricing",
    "NetworkPricing",
    "Pricing",
    "PricingFormat",
    "SubaccountScope",
)
