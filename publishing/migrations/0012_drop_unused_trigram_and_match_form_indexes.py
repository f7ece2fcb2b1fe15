from django.db import migrations

# Matching stopped comparing whole sentences by trigrams (0002) and searching the matching form's
# words (0003): the lexical stage searches the stemmed words (0008). These GIN indexes only slowed
# every write. PostgreSQL only, as they were created.
UNUSED_INDEXES = {
    "publishing_claimtext_trgm": ("publishing_claimtext", "gin (normalized_text gin_trgm_ops)"),
    "publishing_externalfactcheck_trgm": ("publishing_externalfactcheck", "gin (normalized_text gin_trgm_ops)"),
    "publishing_claimtext_words": ("publishing_claimtext", "gin (to_tsvector('simple', normalized_text))"),
    "publishing_externalfactcheck_words": (
        "publishing_externalfactcheck",
        "gin (to_tsvector('simple', normalized_text))",
    ),
}


def drop_unused_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in UNUSED_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def create_unused_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (table, definition) in UNUSED_INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING {definition}")


class Migration(migrations.Migration):
    dependencies = [
        ("publishing", "0011_repeat_of_a_monitored_sentence"),
    ]

    operations = [
        migrations.RunPython(drop_unused_indexes, create_unused_indexes),
    ]
