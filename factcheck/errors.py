"""The refusals every layer raises, so that a lower app can refuse without importing a higher one.

`claims.workflow` re-exports them beside its own Conflict; callers catch `workflow.WorkflowError`.
"""


class WorkflowError(Exception):
    """Base class; `messages` says what stands in the way."""

    def __init__(self, messages):
        self.messages = list(messages)
        super().__init__("; ".join(self.messages))


class NotAllowed(WorkflowError):
    """The actor's role does not permit this action on this claim."""


class Refused(WorkflowError):
    """The rules refuse the action as things stand; `messages` lists what is missing."""
