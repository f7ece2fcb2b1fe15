"""Forms only parse and check shapes; the rules are in the workflow and services."""

from django import forms
from django.utils.translation import gettext_lazy as _

from claims import services as claim_services
from claims.models import Claim
from reviews.models import Evidence, Verdict
from sources.models import Source


class QueueFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False)
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any status")), *Claim.Status.choices]
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("Any language")), ("fr", _("French")), ("en", _("English"))],
    )
    document = forms.ModelChoiceField(label=_("Document"), required=False, queryset=None, empty_label=_("Any document"))
    speaker = forms.CharField(label=_("Speaker"), required=False)

    def __init__(self, *args, documents, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["document"].queryset = documents

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "status": data["status"],
            "language": data["language"],
            "document_id": data["document"].pk if data["document"] else None,
            "speaker": data["speaker"].strip(),
            "text": data["q"].strip(),
        }


class VersionedForm(forms.Form):
    """Carries the claim version the person saw, so a stale action is caught."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class MoveForm(VersionedForm):
    to = forms.ChoiceField(choices=Claim.Status.choices, widget=forms.HiddenInput)
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class EvidenceForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"), choices=Evidence.Kind.choices, initial=Evidence.Kind.URL, widget=forms.RadioSelect
    )
    url = forms.URLField(label=_("URL"), required=False, assume_scheme="https")
    file = forms.FileField(label=_("File"), required=False)
    excerpt = forms.CharField(label=_("Quote or excerpt"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    stance = forms.ChoiceField(label=_("Stance"), choices=Evidence.Stance.choices, widget=forms.RadioSelect)
    source = forms.ModelChoiceField(
        label=_("Source"),
        required=False,
        queryset=Source.objects.filter(active=True),
        widget=forms.HiddenInput,
    )
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class VerdictForm(forms.Form):
    rating = forms.ChoiceField(label=_("Rating"), choices=Verdict.Rating.choices)
    summary = forms.CharField(label=_("Summary"), widget=forms.Textarea(attrs={"rows": 4}))


class AssignForm(VersionedForm):
    reviewer = forms.ModelChoiceField(label=_("Assign to"), queryset=None)
    due = forms.DateTimeField(
        label=_("Due"), required=False, widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewer"].queryset = members


class IntakeForm(forms.Form):
    text = forms.CharField(
        label=_("Paste the article's text"), required=False, widget=forms.Textarea(attrs={"rows": 10})
    )
    title = forms.CharField(label=_("Title (optional)"), required=False, max_length=500)
    file = forms.FileField(label=_("Or upload a file"), required=False)
    url = forms.URLField(label=_("Or give its URL"), required=False, assume_scheme="https")

    def clean_text(self):
        text = self.cleaned_data["text"]
        if claim_services.intake_too_large(len(text.encode("utf-8"))):
            raise forms.ValidationError(claim_services.intake_too_large_message())
        return text

    def clean_file(self):
        file = self.cleaned_data["file"]
        if file and claim_services.intake_too_large(file.size):
            raise forms.ValidationError(claim_services.intake_too_large_message())
        return file

    def clean(self):
        data = super().clean()
        given = [name for name in ("text", "file", "url") if data.get(name)]
        if len(given) != 1:
            raise forms.ValidationError(_("Give exactly one of: pasted text, a file or a URL."))
        return data


class WithdrawForm(forms.Form):
    reason = forms.CharField(label=_("Why withdraw it?"), widget=forms.Textarea(attrs={"rows": 2}))


class CorrectionForm(forms.Form):
    text = forms.CharField(label=_("Correction"), widget=forms.Textarea(attrs={"rows": 3}))


class DecisionForm(forms.Form):
    comment = forms.CharField(label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class SourceFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("Any kind")), *Source.Kind.choices])
    reliability = forms.ChoiceField(
        label=_("Reliability"), required=False, choices=[("", _("Any reliability")), *Source.Reliability.choices]
    )
