"""linker's errors. Each carries the HTTP status the API answers with, so the web
layer maps them in one handler and the CLI prints their message on one line."""

from __future__ import annotations

from dataclasses import dataclass


class LinkerError(Exception):
    """Base class: ``status`` is the HTTP status, ``message`` a sentence for users."""

    status = 500

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class InputError(LinkerError):
    """The request or input cannot be used as given (malformed, missing field)."""

    status = 400


class TooLargeError(LinkerError):
    status = 413


class UnsupportedMediaError(LinkerError):
    status = 415


class UnprocessableTextError(LinkerError):
    """The input arrived but is not valid text (undecodable bytes, binary)."""

    status = 422


class InvalidURLError(InputError):
    """A URL linker will not fetch: unparsable, no host, or a scheme other than http/https."""

    status = 400


class BlockedAddressError(InputError):
    """The URL (or a redirect) leads to an address linker refuses to connect to: loopback,
    private, link-local, multicast, reserved and the like. Refused so that nobody can make the
    server reach its own network (SSRF)."""

    status = 400


class FetchError(LinkerError):
    """The upstream server failed us: unreachable, TLS failure, bad status, too many redirects.
    ``upstream_status`` is the status the upstream answered with, when it answered."""

    status = 502

    def __init__(
        self, message: str, status: int | None = None, upstream_status: int | None = None
    ) -> None:
        super().__init__(message, status)
        self.upstream_status = upstream_status


class FetchTimeout(FetchError):
    """The upstream server did not connect or answer in time (the gateway timed out)."""

    status = 504


class BusyError(LinkerError):
    """This worker is already fetching as many pages as it may at once
    (``LINKER_FETCH_CONCURRENCY``): the client should try again after ``retry_after``
    seconds (the ``Retry-After`` header)."""

    status = 503

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ConfigurationError(LinkerError):
    """A setting (usually a ``LINKER_*`` environment variable) has an unusable value."""

    status = 500


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the catalogue: which file, which field, and why."""

    file: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.reason}"


class CatalogueError(LinkerError):
    """The catalogue is invalid; ``problems`` lists every fault found."""

    status = 500

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(f"invalid catalogue ({len(self.problems)} problem(s)):\n{lines}")
