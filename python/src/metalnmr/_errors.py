"""Exceptions raised by the client."""

from __future__ import annotations

from typing import Sequence


class MetalNmrError(Exception):
    """A toolkit command failed.

    ``message`` is the toolkit's own one-line explanation (the last line it wrote on standard error),
    ``exit_code`` its exit status (2 bad input, 1 any other failure, see the CLI contract), ``command``
    the arguments that were run and ``stderr`` everything the command wrote on standard error.
    """

    def __init__(self, message: str, exit_code: int, command: Sequence[str] = (), stderr: str = ""):
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
        self.command = list(command)
        self.stderr = stderr

    def __str__(self) -> str:
        return f"{self.message} (exit {self.exit_code})"


class InvalidInputError(MetalNmrError, ValueError):
    """The toolkit refused an input (exit status 2): the message names the input and what is allowed."""


class JarNotFoundError(FileNotFoundError):
    """No toolkit jar was found (give ``jar=``, set ``METALNMR_JAR``, or build the repository)."""


class JavaNotFoundError(FileNotFoundError):
    """No Java runtime was found (set ``METALNMR_JAVA`` or ``JAVA_HOME``, or put ``java`` on the PATH)."""
