"""Source, SourceDomain and SourceEvent left for the sources app with their tables (sources 0001):
Django's state forgets them here, and the database keeps every row."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0008_alter_document_publisher'),
        ('reviews', '0005_evidence_domain'),
        ('sources', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(database_operations=[], state_operations=[
        migrations.RemoveField(
            model_name='sourceevent',
            name='source',
        ),
        migrations.AlterField(
            model_name='evidence',
            name='source',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='evidence', to='sources.source', verbose_name='source'),
        ),
        migrations.RemoveField(
            model_name='sourcedomain',
            name='source',
        ),
        migrations.RemoveField(
            model_name='sourceevent',
            name='actor',
        ),
        migrations.DeleteModel(
            name='Source',
        ),
        migrations.DeleteModel(
            name='SourceDomain',
        ),
        migrations.DeleteModel(
            name='SourceEvent',
        ),
            ]),
    ]
