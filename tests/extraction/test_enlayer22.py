"""The English decision layer's last blockers by structure (#16, enlayer22): an appeal in the singular passive ("is
asked to", "is urged to") is an appeal to the rules' cue as the plural is, so a held-back rule holds it and the layer
cannot lift it."""

import pytest
from django.test import override_settings

from claims.extraction import extract
from claims.extraction.features import cue_features, tokens
from claims.extraction.held_back import looks_ahead_only


def _cues(sentence: str) -> dict[str, float]:
    return cue_features(sentence, tokens(sentence), "en")


@pytest.mark.parametrize(
    "appeal",
    [
        "Anyone who saw the crash near Kendal {} asked to contact Cumbria Police.",
        "Every resident of Bolton {} urged to check the flood map before the weekend.",
    ],
)
def test_an_english_appeal_in_the_passive_is_one_in_the_singular_as_in_the_plural(appeal):
    for verb in ("is", "are"):
        cues = _cues(appeal.format(verb))
        assert cues.get("appeal") == 1.0, verb
        assert looks_ahead_only(cues), verb  # no figure, no past event beside it: held back


def test_with_the_english_layer_on_an_appeal_in_the_singular_is_not_lifted():
    appeal = "Anyone who finds the missing dog on the moors near Bolton is asked to alert the RSPCA by calling 999."
    with override_settings(FACTCHECK_DECISION_LAYER_LANGUAGES=("en",)):
        assert extract(appeal, language="en").claims == []
