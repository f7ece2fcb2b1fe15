from django.db import migrations

# Full-text GIN indexes of the matching form, from which matching starts on PostgreSQL
# (publishing.matching). PostgreSQL only, like the trigram indexes of 0002. The expression
# must stay the one publishing.matching.similar_postgres filters on.
WORD_INDEXES = {
    "publishing_claimtext_words": "publishing_claimtext",
    "publishing_externalfactcheck_words": "publishing_externalfactcheck",
}
BATCH = 2000


def create_word_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table in WORD_INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (to_tsvector('simple', normalized_text))"
        )
        # matching reads which words are common from the statistics ANALYZE keeps on the index.
        schema_editor.execute(f"ANALYZE {table}")


def drop_word_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in WORD_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def _rewrite(model, rows, form_of) -> None:
    batch = []
    for row in rows.iterator(chunk_size=BATCH):
        row.normalized_text = form_of(row)
        batch.append(row)
        if len(batch) == BATCH:
            model.objects.bulk_update(batch, ["normalized_text"])
            batch = []
    model.objects.bulk_update(batch, ["normalized_text"])


def rewrite(apps, form) -> None:
    ClaimText = apps.get_model("publishing", "ClaimText")
    ExternalFactCheck = apps.get_model("publishing", "ExternalFactCheck")
    claim_texts = ClaimText.objects.select_related("claim").only("pk", "claim__text")
    _rewrite(ClaimText, claim_texts, lambda row: form(row.claim.text))
    factchecks = ExternalFactCheck.objects.only("pk", "claim_reviewed")
    _rewrite(ExternalFactCheck, factchecks, lambda row: form(row.claim_reviewed))


def to_match_form(apps, schema_editor):
    from publishing.text import match_form

    rewrite(apps, match_form)


def to_normalized_form(apps, schema_editor):
    from publishing.text import normalize

    rewrite(apps, normalize)


class Migration(migrations.Migration):
    dependencies = [
        ("publishing", "0002_trigram_search_and_roles"),
    ]

    operations = [
        migrations.RunPython(to_match_form, to_normalized_form),
        migrations.RunPython(create_word_indexes, drop_word_indexes),
    ]
