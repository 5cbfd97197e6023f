"""Typed errors of the assistants layer. Every message is meant to be read by the user."""

from __future__ import annotations


class AssistantError(Exception):
    """Base class: ``message`` is a sentence the UI can show as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ModelRefused(AssistantError):
    """A model folder (or a model load) is refused: unsafe, incomplete, unsupported, too big."""


class Cancelled(AssistantError):
    """The user cancelled a long job; ``partial`` holds what was finished, if anything."""

    def __init__(self, message: str = "Cancelled.", partial: object = None) -> None:
        super().__init__(message)
        self.partial = partial


class GenerationError(AssistantError):
    """``model.generate`` failed in its worker thread; the cause is chained."""


class GenerationTimeout(GenerationError):
    """No text came from the model within the streamer's timeout."""
