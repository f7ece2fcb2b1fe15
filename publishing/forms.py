"""The public list's search and filters: what a reader may ask for, checked before any query."""

from django import forms
from django.utils.translation import gettext_lazy as _

from publishing.claimreview import PAGE_LANGUAGES, RATING_VALUES, rating_name

ISO = ["%Y-%m-%d"]
DATE_INPUT = forms.DateInput({"type": "date"}, format="%Y-%m-%d")
LANGUAGE_NAMES = {"en": _("English"), "fr": _("French")}


class FactcheckFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200, strip=True)
    rating = forms.ChoiceField(label=_("Rating"), required=False)
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("Any"))] + [(code, LANGUAGE_NAMES[code]) for code in PAGE_LANGUAGES],
    )
    # Only ISO dates, as the browser's date picker sends them: "12/05/2026" is ambiguous.
    published_from = forms.DateField(label=_("Published from"), required=False, widget=DATE_INPUT, input_formats=ISO)
    published_to = forms.DateField(label=_("Published until"), required=False, widget=DATE_INPUT, input_formats=ISO)
    speaker = forms.CharField(label=_("Speaker"), required=False, max_length=200, strip=True)

    def __init__(self, data, *, language: str):
        super().__init__(data)
        # The ratings by their public names in the reader's language, from True to False.
        ratings = sorted(RATING_VALUES, key=lambda rating: -RATING_VALUES[rating])
        self.fields["rating"].choices = [("", _("Any"))] + [
            (rating, rating_name(rating, language)) for rating in ratings
        ]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("published_from"), cleaned.get("published_to")
        if start and end and start > end:
            self.add_error("published_to", _("This date is before the first one."))
        return cleaned

    def filters(self) -> dict:
        """The selector's keyword arguments; only valid input gets here."""
        data = self.cleaned_data
        return {
            "search": data["q"],
            "rating": data["rating"],
            "language": data["language"],
            "published_from": data["published_from"],
            "published_to": data["published_to"],
            "speaker": data["speaker"],
        }
