"""The registry moves here from the reviews app with its rows: its tables keep their names, so this
migration changes Django's state only. The content types move too, so the permissions that the
role groups hold on sources (and the admin's log) follow them."""

import django.db.models.deletion
import django.db.models.functions.text
import factcheck.audit
from django.conf import settings
from django.db import migrations, models


MODELS = ["source", "sourcedomain", "sourceevent"]


def _move_content_types(apps, old_label, new_label):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        if not ContentType.objects.filter(app_label=new_label, model=model).exists():
            ContentType.objects.filter(app_label=old_label, model=model).update(app_label=new_label)


def move_content_types_here(apps, schema_editor):
    _move_content_types(apps, "reviews", "sources")


def move_content_types_back(apps, schema_editor):
    _move_content_types(apps, "sources", "reviews")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("contenttypes", "0002_remove_content_type_name"),
        ("reviews", "0005_evidence_domain"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(database_operations=[], state_operations=[
        migrations.CreateModel(
            name='Source',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=200, unique=True, verbose_name='name')),
                ('kind', models.CharField(choices=[('news_outlet', 'News outlet'), ('government', 'Government'), ('agency', 'Agency'), ('international_organisation', 'International organisation'), ('company', 'Company'), ('ngo', 'NGO or think tank'), ('academic', 'Academic'), ('person', 'Person'), ('social_account', 'Social account'), ('other', 'Other')], default='other', max_length=32, verbose_name='kind')),
                ('reliability', models.CharField(choices=[('high', 'High'), ('medium', 'Medium'), ('low', 'Low'), ('unknown', 'Unknown')], default='unknown', max_length=8, verbose_name='reliability')),
                ('notes', models.TextField(blank=True, verbose_name='notes')),
                ('active', models.BooleanField(default=True, verbose_name='active')),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('updated_at', models.DateTimeField(auto_now=True)),
            ],
            options={
                'db_table': 'reviews_source',
                'ordering': ['name'],
            },
        ),
        migrations.CreateModel(
            name='SourceEvent',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('source_name', models.CharField(max_length=200)),
                ('kind', models.CharField(choices=[('created', 'Created'), ('reliability_changed', 'Reliability changed'), ('merged', 'Merged'), ('imported', 'Imported'), ('domain_added', 'Domain added')], max_length=20)),
                ('old_value', models.CharField(blank=True, max_length=200)),
                ('new_value', models.CharField(blank=True, max_length=200)),
                ('details', models.JSONField(blank=True, default=dict)),
                ('created_at', models.DateTimeField(auto_now_add=True, db_index=True)),
                ('actor', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('source', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='events', to='sources.source')),
            ],
            options={
                'db_table': 'reviews_sourceevent',
                'ordering': ['created_at', 'id'],
            },
            bases=(factcheck.audit.AppendOnly, models.Model),
        ),
        migrations.CreateModel(
            name='SourceDomain',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('domain', models.CharField(max_length=253, unique=True, verbose_name='domain')),
                ('source', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='domains', to='sources.source')),
            ],
            options={
                'db_table': 'reviews_sourcedomain',
                'ordering': ['domain'],
                'constraints': [models.CheckConstraint(condition=models.Q(('domain', django.db.models.functions.text.Lower('domain'))), name='domain_lowercase')],
            },
        ),
            ]),
        migrations.RunPython(move_content_types_here, move_content_types_back),
    ]
