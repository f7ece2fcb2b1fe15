"""Document.url_key: one document per normalised address, enforced by a unique column.

Existing duplicates (the same address submitted in parallel before this) are kept, since claims
hang on them: the oldest document of each address gets the key, later ones stay without one."""

from django.db import migrations, models

from claims.addresses import url_key


def key_the_oldest_document_of_each_address(apps, schema_editor):
    Document = apps.get_model("claims", "Document")
    keyed: set[str] = set()
    for document in Document.objects.exclude(url="").order_by("pk").only("pk", "url").iterator():
        key = url_key(document.url)
        if key not in keyed:
            keyed.add(key)
            Document.objects.filter(pk=document.pk).update(url_key=key)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0009_verdict_returned_and_under_review_event_kinds"),
    ]

    operations = [
        # Unique from the start, while every row is NULL: altering the column after the updates
        # would fail on PostgreSQL ("pending trigger events").
        migrations.AddField(
            model_name="document",
            name="url_key",
            field=models.CharField(blank=True, editable=False, max_length=64, null=True, unique=True),
        ),
        migrations.RunPython(key_the_oldest_document_of_each_address, migrations.RunPython.noop),
    ]
