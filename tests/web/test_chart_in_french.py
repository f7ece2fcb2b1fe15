"""The dashboard's status chart draws in French too: its SVG coordinates keep a decimal point
("375.2"), where French number formatting would write "375,2", which is no coordinate."""

import re

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

COORDINATE = re.compile(r'\s(?:x|y|x1|x2|y1|y2|width|height)="([^"]*)"')


def test_the_status_chart_coordinates_are_numbers_in_french(editor_client):
    factories.ClaimFactory.create_batch(3)
    editor_client.post(reverse("set_language"), {"language": "fr"})
    page = editor_client.get(reverse("desk:dashboard")).content.decode()
    assert '<html lang="fr">' in page
    chart = page[page.index('<figure class="chart">') : page.index("</figure>")]
    coordinates = COORDINATE.findall(chart)
    assert coordinates
    assert [value for value in coordinates if not re.fullmatch(r"-?\d+(\.\d+)?", value)] == []
