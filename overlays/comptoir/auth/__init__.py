"""OAuth 2.0 login and single-flight rotation of single-use refresh tokens, shared by all comptoir clients.

`RedisTokenStore` lives in `comptoir.auth.redis_store`, so that only its users pay for importing redis-py.
"""

from .errors import (
    AuthError,
    LockTimeout,
    LoginFailed,
    LoginRequired,
    RefreshInterrupted,
    StoreConflict,
    StoreError,
    TokenEndpointError,
    TokenRejected,
    TokenResponseLost,
)
from .file_store import FileTokenStore, default_token_path
from .journal import FileJournal, RefreshJournal, RefreshRecord
from .login import run_login
from .provider import OAuthProvider, ebp_provider
from .refreshing import RefreshingAuth
from .store import TokenStore
from .tokens import TokenSet

__all__ = [
    "AuthError",
    "FileJournal",
    "FileTokenStore",
    "LockTimeout",
    "LoginFailed",
    "LoginRequired",
    "OAuthProvider",
    "RefreshInterrupted",
    "RefreshJournal",
    "RefreshRecord",
    "RefreshingAuth",
    "StoreConflict",
    "StoreError",
    "TokenEndpointError",
    "TokenRejected",
    "TokenResponseLost",
    "TokenSet",
    "TokenStore",
    "default_token_path",
    "ebp_provider",
    "run_login",
]
