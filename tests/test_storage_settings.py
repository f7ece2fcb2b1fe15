import os
import subprocess
import sys

from django.conf import settings

PRINT_STORAGE = (
    "import django; django.setup(); from django.core.files.storage import default_storage as s; "
    "s._setup(); print(type(s._wrapped).__name__, getattr(s._wrapped, 'bucket_name', ''), "
    "getattr(s._wrapped, 'default_acl', ''))"
)


def default_storage_with(**env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    environment.update(DJANGO_SETTINGS_MODULE="factcheck.settings", DEBUG="1", **env)
    result = subprocess.run(
        [sys.executable, "-c", PRINT_STORAGE],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.stdout.split()


def test_files_stay_on_local_disk_by_default():
    assert default_storage_with() == ["FileSystemStorage"]


def test_a_bucket_name_switches_evidence_to_a_private_s3_bucket():
    assert default_storage_with(AWS_STORAGE_BUCKET_NAME="evidence") == ["S3Storage", "evidence", "private"]
