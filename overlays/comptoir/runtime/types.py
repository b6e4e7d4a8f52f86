"""The value types every generated package shares: one ``Unset``, one ``File``, one ``Response``."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of :data:`UNSET`: "this argument or field was not given" (distinct from ``None``)."""

    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload, or a binary response: its bytes, file name and media type."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The tuple httpx accepts for a multipart/form-data part."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint: the status, the raw body and headers, and the parsed value.

    ``parsed`` is the documented success value for a 2xx, the documented error model for an error
    status, or ``None`` (an undocumented status, or an error body that does not fit its model).
    """

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class CommaSeparated(list[Any]):
    """A query value sent once as ``a,b`` (OpenAPI ``style: form, explode: false``)."""
