"""The exception hierarchy.

Every error the library raises on purpose derives from :class:`QuellenkritikError`,
so callers can catch one class. The tree::

    QuellenkritikError
    ├── ConfigError                 a settings file or value is invalid
    ├── PipelineError               the pipeline cannot be built or run
    │   ├── UnknownComponentError   a component name is not registered
    │   ├── PipelineValidationError requirements of a component are not met
    │   └── ComponentError          a component failed on one document
    ├── InputError                  one input cannot be turned into a document
    │   ├── InputNotFoundError      missing file or directory
    │   ├── UnsupportedInputError   binary file, unknown scheme, wrong type
    │   ├── DecodeError             bytes that cannot be decoded as text
    │   ├── EmptyDocumentError      no article text after cleaning
    │   └── FetchError              a URL could not be fetched
    │       └── BlockedAddressError a URL resolves to a loopback/private address
    ├── RecordError                 a document record does not match the schema
    └── StoreError                  the store cannot be opened, read or written
        └── NotFoundError           no record with that id

Each InputError carries ``location`` (the file, URL or line it came from), so
batch runs can report "where: why" in one line and go on with the rest.
"""

from __future__ import annotations

__all__ = [
    "QuellenkritikError",
    "ConfigError",
    "PipelineError",
    "UnknownComponentError",
    "PipelineValidationError",
    "ComponentError",
    "InputError",
    "InputNotFoundError",
    "UnsupportedInputError",
    "DecodeError",
    "EmptyDocumentError",
    "FetchError",
    "BlockedAddressError",
    "RecordError",
    "StoreError",
    "NotFoundError",
]


class QuellenkritikError(Exception):
    """Base class of every error raised on purpose by quellenkritik."""


class ConfigError(QuellenkritikError):
    """A configuration file or value is invalid."""


class PipelineError(QuellenkritikError):
    """The pipeline cannot be built or run."""


class UnknownComponentError(PipelineError):
    """A component name is not in the registry."""


class PipelineValidationError(PipelineError):
    """A component requires something that no earlier component adds."""


class ComponentError(PipelineError):
    """A component raised while processing one document."""

    def __init__(self, component: str, message: str) -> None:
        super().__init__(f"component {component!r} failed: {message}")
        self.component = component


class InputError(QuellenkritikError):
    """One input cannot be turned into a document. ``location`` says which."""

    def __init__(self, message: str, location: str | None = None) -> None:
        super().__init__(message)
        self.location = location
        self.reason = message

    def __str__(self) -> str:  # "where: why", one line
        if self.location:
            return f"{self.location}: {self.reason}"
        return self.reason


class InputNotFoundError(InputError):
    """A file or directory does not exist."""


class UnsupportedInputError(InputError):
    """The input is of a kind that cannot be analysed (binary file, bad scheme)."""


class DecodeError(InputError):
    """Bytes that cannot be decoded as text in any plausible encoding."""


class EmptyDocumentError(InputError):
    """No article text is left after cleaning."""


class FetchError(InputError):
    """A URL could not be fetched (timeout, HTTP error, too large)."""


class BlockedAddressError(FetchError):
    """A URL points to a loopback, private or link-local address and that is not allowed."""


class RecordError(QuellenkritikError):
    """A document record does not match the schema."""


class StoreError(QuellenkritikError):
    """The store cannot be opened, read or written."""


class NotFoundError(StoreError):
    """No record with that id (or prefix) is in the store."""
