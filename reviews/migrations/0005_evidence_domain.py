"""Evidence keeps its URL's domain in a column of its own, so that the domains no source covers
are grouped and counted by the database (reviews.selectors.unmatched_domains)."""

from django.db import migrations, models

# The one rule for evidence domains; the migration uses it as it stands (if it ever moves,
# import it from its new home here).
from sources.selectors import domain_of

BATCH_SIZE = 2000


def backfill_domains(apps, schema_editor, batch_size=BATCH_SIZE):
    """Fill `domain` for the existing evidence with a URL, `batch_size` rows at a time by id, so
    that neither memory nor a single UPDATE grows with the table."""
    Evidence = apps.get_model("reviews", "Evidence")
    last_id = 0
    while True:
        batch = list(
            Evidence.objects.filter(pk__gt=last_id).exclude(url="").order_by("pk").only("pk", "url")[:batch_size]
        )
        if not batch:
            return
        for evidence in batch:
            evidence.domain = domain_of(evidence.url)
        Evidence.objects.bulk_update(batch, ["domain"])
        last_id = batch[-1].pk


class Migration(migrations.Migration):

    dependencies = [
        ('reviews', '0004_evidence_public'),
    ]

    operations = [
        migrations.AddField(
            model_name='evidence',
            name='domain',
            field=models.CharField(blank=True, default='', editable=False, max_length=253, verbose_name='domain'),
        ),
        # Going back, the column goes with the field: nothing to undo.
        migrations.RunPython(backfill_domains, migrations.RunPython.noop),
        # Built once the rows are filled in rather than updated row by row.
        migrations.AddIndex(
            model_name='evidence',
            index=models.Index(condition=models.Q(('kind', 'url'), ('source__isnull', True)), fields=['domain', 'claim'], name='evidence_unmatched_domain'),
        ),
    ]
