"""Forms of the Monitoring pages (topics and the morning digest): they parse and check shapes; the
rules are in monitoring's services."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from monitoring.models import Topic
from monitoring.services.topics import TERM_FIELDS

TERM_LABELS = {
    "any_en": _("Any of these (English)"),
    "all_en": _("All of these (English)"),
    "exclude_en": _("None of these (English)"),
    "any_fr": _("Any of these (French)"),
    "all_fr": _("All of these (French)"),
    "exclude_fr": _("None of these (French)"),
}


class TermsField(forms.CharField):
    """One word or phrase a line."""

    widget = forms.Textarea(attrs={"rows": 3})

    def to_python(self, value):
        return [line.strip() for line in (value or "").splitlines() if line.strip()]

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value


class TopicForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100)

    def __init__(self, *args, topic: Topic | None = None, **kwargs):
        if topic is not None:
            kwargs.setdefault("initial", {"name": topic.name, **{f: getattr(topic, f) for f in TERM_FIELDS}})
        super().__init__(*args, **kwargs)
        for field in TERM_FIELDS:
            self.fields[field] = TermsField(
                label=TERM_LABELS[field],
                required=False,
                help_text=_("One word or phrase a line."),
            )

    def add_refusal(self, fields: dict[str, list[str]]) -> None:
        for name, messages in fields.items():
            for message in messages:
                self.add_error(name if name in self.fields else None, message)


class DigestScheduleForm(forms.Form):
    hour = forms.TypedChoiceField(
        label=_("Hour of the digest"), coerce=int, choices=[(hour, f"{hour:02d}:00") for hour in range(24)]
    )
    time_zone = forms.CharField(label=_("Time zone"), max_length=64, help_text=_("For example Europe/Paris."))


class DigestSubscriptionForm(forms.Form):
    all_topics = forms.BooleanField(label=_("Every topic"), required=False)
    topics = forms.ModelMultipleChoiceField(
        label=_("Or these topics"), queryset=Topic.objects.order_by("name"), required=False
    )
    language = forms.ChoiceField(label=_("Language of the digest"), choices=settings.LANGUAGES)
