"""Forms only parse and check shapes; the rules are in the workflow and services."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from claims import services as claim_services
from claims.models import Claim
from factcheck.limits import URL_MAX_LENGTH
from monitoring import selectors as monitoring_selectors
from monitoring.models import Topic
from publishing.search import QUERY_MAX_LENGTH
from reviews.models import Evidence, SavedView, Verdict
from reviews.services.teamwork import TAG_MAX_LENGTH
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
    tag = forms.CharField(label=_("Tag"), required=False, max_length=40)
    verdict = forms.ChoiceField(
        label=_("Verdict"),
        required=False,
        choices=[
            ("", _("Any verdict")),
            ("none", _("No verdict yet")),
            (Verdict.State.DRAFT, _("Draft")),
            (Verdict.State.SUBMITTED, _("Awaiting approval")),
            (Verdict.State.REJECTED, _("Sent back")),
        ],
    )
    # One column of claims.selectors.QUEUE_SORTS, "-" first for descending; set by the column headers.
    sort = forms.CharField(required=False, max_length=20, widget=forms.HiddenInput)

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
            "tag": data["tag"].strip(),
        }

    def search_text(self) -> str:
        """Words for the desk's search (publishing.search), which the queue is narrowed to."""
        return self.cleaned_data["q"].strip() if self.is_valid() else ""

    def verdict_state(self) -> str:
        return self.cleaned_data["verdict"] if self.is_valid() else ""

    def sort_key(self) -> str:
        return self.cleaned_data["sort"] if self.is_valid() else ""


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=QUERY_MAX_LENGTH, strip=True)
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[
            ("", _("Everything")),
            ("claim", _("Claims")),
            ("factcheck", _("Published fact-checks")),
            ("imported", _("Imported fact-checks")),
            ("document", _("Documents")),
        ],
    )
    status = forms.ChoiceField(label=_("Claim status"), required=False, choices=[("", _("Any")), *Claim.Status.choices])


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
    url = forms.URLField(label=_("URL"), required=False, assume_scheme="https", max_length=URL_MAX_LENGTH)
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
    # No default: a rating is a decision, so the form starts on "— choose —" and requires one.
    rating = forms.ChoiceField(label=_("Rating"), choices=[("", _("— choose —")), *Verdict.Rating.choices])
    summary = forms.CharField(label=_("Summary"), widget=forms.Textarea(attrs={"rows": 4}))


class MemberChoiceField(forms.ModelChoiceField):
    """A desk member with their workload and languages ("fiona — 3 open · FR, EN"), when annotated
    by reviews.selectors.members_with_workload."""

    def label_from_instance(self, user):
        if not hasattr(user, "open_claims"):
            return user.get_username()
        profile = getattr(user, "reviewer_profile", None)
        languages = ", ".join(code.upper() for code in profile.languages) if profile and profile.languages else ""
        return _("%(name)s — %(count)s open · %(languages)s") % {
            "name": user.get_username(),
            "count": user.open_claims,
            "languages": languages or _("any language"),
        }


class AssignForm(VersionedForm):
    reviewer = MemberChoiceField(label=_("Assign to"), queryset=None)
    due = forms.DateTimeField(
        label=_("Due"), required=False, widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewer"].queryset = members


class PriorityForm(VersionedForm):
    priority = forms.ChoiceField(label=_("Priority"), choices=Claim.Priority.choices)


class BulkActionForm(forms.Form):
    """Editors' action on the claims ticked in a queue."""

    ASSIGN, RELEASE, URGENT, NORMAL, ADD_TAG = "assign", "release", "urgent", "normal", "tag"
    action = forms.ChoiceField(
        label=_("With the selected claims"),
        choices=[
            ("", _("— choose —")),
            (ASSIGN, _("Assign to…")),
            (RELEASE, _("Release")),
            (URGENT, _("Mark urgent")),
            (NORMAL, _("Mark normal priority")),
            (ADD_TAG, _("Add tag…")),
        ],
    )
    claims = forms.ModelMultipleChoiceField(queryset=None, error_messages={"required": _("Select at least one claim.")})
    reviewer = MemberChoiceField(label=_("Assign to"), queryset=None, required=False)
    tag = forms.CharField(label=_("Tag to add"), required=False, max_length=TAG_MAX_LENGTH)

    def __init__(self, *args, claims, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["claims"].queryset = claims
        self.fields["reviewer"].queryset = members

    def clean(self):
        data = super().clean()
        if data.get("action") == self.ASSIGN and not data.get("reviewer"):
            self.add_error("reviewer", _("Choose whom to assign the claims to."))
        if data.get("action") == self.ADD_TAG and not data.get("tag"):
            self.add_error("tag", _("Name the tag to add."))
        return data


class SavedViewForm(forms.Form):
    name = forms.CharField(label=_("Name this view"), max_length=80)
    shared = forms.BooleanField(label=_("Share with the desk"), required=False)
    queue = forms.ChoiceField(choices=SavedView.Queue.choices, widget=forms.HiddenInput)
    query = forms.CharField(required=False, max_length=1000, widget=forms.HiddenInput)


class IntakeForm(forms.Form):
    text = forms.CharField(
        label=_("Paste the article's text"), required=False, widget=forms.Textarea(attrs={"rows": 10})
    )
    title = forms.CharField(label=_("Title (optional)"), required=False, max_length=500)
    file = forms.FileField(label=_("Or upload a file"), required=False)
    url = forms.URLField(label=_("Or give its URL"), required=False, assume_scheme="https", max_length=URL_MAX_LENGTH)
    # About a pasted or uploaded article (a URL's page says it itself).
    original_url = forms.URLField(
        label=_("Its address"), required=False, assume_scheme="https", max_length=URL_MAX_LENGTH
    )
    outlet = forms.CharField(label=_("Outlet"), required=False, max_length=200)
    byline = forms.CharField(label=_("Author"), required=False, max_length=300)
    published = forms.DateField(
        label=_("Publication date"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    monitor = forms.BooleanField(
        label=_("A transcript to monitor: its claims become leads, not tickets"),
        help_text=_("Subtitles (.srt, .vtt) or a text of speaker turns, such as a debate or a broadcast."),
        required=False,
    )

    def metadata(self) -> dict:
        data = self.cleaned_data
        return {
            "url": data["original_url"],
            "outlet": data["outlet"].strip(),
            "byline": data["byline"].strip(),
            "published": data["published"],
        }

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
        if data.get("monitor") and not data.get("file"):
            self.add_error("monitor", _("Only an uploaded file can be given to monitoring."))
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


# Every reliability but "not yet rated", which is where a source starts rather than a rating.
RATINGS = [(value, label) for value, label in Source.Reliability.choices if value != Source.Reliability.UNRATED]


class SourceProposalForm(forms.Form):
    domain = forms.CharField(label=_("Domain"), max_length=URL_MAX_LENGTH)
    name = forms.CharField(label=_("Name"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=Source.Kind.choices, initial=Source.Kind.NEWS_OUTLET)
    reliability = forms.ChoiceField(
        label=_("Reliability you suggest"),
        required=False,
        choices=[("", _("No suggestion")), *RATINGS],
    )
    note = forms.CharField(
        label=_("Why (for the editor)"), required=False, widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )


class ProposalAcceptForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=Source.Kind.choices)
    reliability = forms.ChoiceField(label=_("Reliability"), choices=Source.Reliability.choices)


class ProposalDeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (sent to the proposer)"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )


class SourceEditForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=Source.Kind.choices)
    reliability = forms.ChoiceField(label=_("Reliability"), choices=Source.Reliability.choices)
    domains = forms.CharField(
        label=_("Domains"),
        required=False,
        help_text=_("One per line; subdomains are covered too."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    notes = forms.CharField(label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    active = forms.BooleanField(label=_("Active (offered when adding evidence)"), required=False)

    def clean_domains(self) -> list[str]:
        return self.cleaned_data["domains"].split()


class LeadFilterForm(forms.Form):
    feed = forms.ModelChoiceField(queryset=None, required=False, label=_("Feed"))
    topic = forms.ChoiceField(required=False, label=_("Topic"))
    outlet = forms.ModelChoiceField(queryset=None, required=False, label=_("Outlet"))
    speaker = forms.CharField(required=False, max_length=200, label=_("Speaker"))
    language = forms.ChoiceField(required=False, label=_("Language"))
    day = forms.DateField(required=False, label=_("Day"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["feed"].queryset = monitoring_selectors.feeds_visible(user)
        self.fields["outlet"].queryset = monitoring_selectors.outlets_watched()
        topics = Topic.objects.values_list("name", flat=True)
        self.fields["topic"].choices = [("", _("Any")), *((name, name) for name in topics)]
        self.fields["language"].choices = [("", _("Any")), *settings.LANGUAGES]
