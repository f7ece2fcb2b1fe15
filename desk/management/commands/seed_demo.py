from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from claims import roles
from ingest import flow
from monitoring import demo
from monitoring.models import Lead
from reviews.models import ChecklistItem, ReviewerProfile
from sources.models import Source, SourceDomain

SAMPLE_ARTICLE = settings.BASE_DIR / "samples" / "peskov-renseignements-fr.txt"
SAMPLE_TRANSCRIPT = settings.BASE_DIR / "samples" / "transcripts" / "debat-fictif-fr.vtt"

# (name, kind, reliability, domains): real outlets and bodies a desk would cite.
DEMO_SOURCES = [
    ("Reuters", Source.Kind.AGENCY, Source.Reliability.HIGH, ["reuters.com"]),
    ("Agence France-Presse", Source.Kind.AGENCY, Source.Reliability.HIGH, ["afp.com"]),
    ("Associated Press", Source.Kind.AGENCY, Source.Reliability.HIGH, ["apnews.com"]),
    ("The Wall Street Journal", Source.Kind.NEWS_OUTLET, Source.Reliability.HIGH, ["wsj.com"]),
    ("Le Monde", Source.Kind.NEWS_OUTLET, Source.Reliability.HIGH, ["lemonde.fr"]),
    ("Kremlin", Source.Kind.GOVERNMENT, Source.Reliability.UNKNOWN, ["kremlin.ru"]),
    ("NATO", Source.Kind.INTERNATIONAL_ORGANISATION, Source.Reliability.HIGH, ["nato.int"]),
    ("U.S. Department of Defense", Source.Kind.GOVERNMENT, Source.Reliability.MEDIUM, ["defense.gov"]),
    ("TASS", Source.Kind.AGENCY, Source.Reliability.LOW, ["tass.ru", "tass.com"]),
]

# The desk's checklist, in the sample's language; editors change it at /checklist/.
DEMO_CHECKLIST = [
    "Contacter l’auteur de la déclaration",
    "Trouver la source primaire",
    "Rechercher les images par recherche inversée",
]
DEMO_USERS = [
    ("admin", None, True),
    ("editor", roles.EDITORS, False),
    ("factchecker", roles.FACT_CHECKERS, False),
]
DEMO_PASSWORD = "demo"


class Command(BaseCommand):
    help = (
        "Load demo sources, the demo checklist and the sample article; "
        "with DEBUG on, also the demo users (password 'demo')."
    )

    def handle(self, **options):
        with transaction.atomic():
            for name, kind, reliability, domains in DEMO_SOURCES:
                source, _ = Source.objects.get_or_create(name=name, defaults={"kind": kind, "reliability": reliability})
                for domain in domains:
                    SourceDomain.objects.get_or_create(domain=domain, defaults={"source": source})
            for position, text in enumerate(DEMO_CHECKLIST):
                ChecklistItem.objects.get_or_create(text=text, defaults={"position": position})
            if settings.DEBUG:
                self._create_users()
            else:
                self.stdout.write("DEBUG is off: no demo users created.")
        call_command("ingest", str(SAMPLE_ARTICLE), stdout=self.stdout)
        self._read_demo_feed()
        if settings.DEBUG:
            self._monitor_demo_transcript()

    def _monitor_demo_transcript(self):
        """A fictional debate's subtitles given to monitoring: leads with speakers and timecodes."""
        editor = get_user_model().objects.get(username="editor")
        document, _created = flow.transcript_submit(
            SAMPLE_TRANSCRIPT.name, SAMPLE_TRANSCRIPT.read_bytes(), submitted_by=editor, monitor=True
        )
        self.stdout.write(
            f"Demo transcript: document {document.pk}, {Lead.objects.filter(document=document).count()} leads."
        )

    def _read_demo_feed(self):
        """The Monitoring view's demo leads: samples/monitoring/ polled through the real path, on loopback."""
        try:
            with demo.serving_samples():
                feed = demo.demo_feed()
                new_items = flow.feed_poll(feed.pk)
                demo.demo_feed_read(feed)
        except OSError as error:
            self.stdout.write(f"Demo feed skipped: port {demo.DEMO_HOST} is taken ({error.strerror}).")
            return
        leads = Lead.objects.filter(document__feed_items__feed=feed).distinct().count()
        self.stdout.write(f"Demo feed {feed.url}: {len(new_items)} new articles, {leads} leads.")

    def _create_users(self):
        User = get_user_model()
        for username, group, superuser in DEMO_USERS:
            # Only the admin is staff: the desk is where fact-checkers and editors work, and the Django
            # admin only shows what they may change elsewhere.
            user, created = User.objects.update_or_create(
                username=username, defaults={"is_staff": superuser, "is_superuser": superuser}
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            if group:
                user.groups.add(Group.objects.get(name=group))
            ReviewerProfile.objects.get_or_create(user=user, defaults={"languages": ["fr", "en"]})
            self.stdout.write(f"Demo user: {username} / {DEMO_PASSWORD}")
