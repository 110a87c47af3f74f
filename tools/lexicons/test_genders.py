"""Unit tests of build.py's gender vote, on invented names: python3 -m unittest discover tools/lexicons"""
import unittest
from unittest import mock

import build


class GenderVerdictTests(unittest.TestCase):
    def verdicts(self, votes, overrides=None):
        return build.gender_verdicts(votes, overrides or {})

    def test_majority_beats_one_dissenting_source(self):
        votes = {"Quenfrid": {"de|de": "m", "de_AT|de": "m", "gender-fr|fr": "f"}}
        self.assertEqual("m", self.verdicts(votes)["quenfrid"][:1])

    def test_source_listing_both_genders_casts_no_vote(self):
        votes = {"Ilvara": {"fr|fr": "f", "gender-fr|fr": "fm"}}
        self.assertEqual("f", self.verdicts(votes)["ilvara"])

    def test_balanced_sources_leave_both(self):
        votes = {"Tessaro": {"en|en": "f", "gender-en|en": "f", "it|it": "m", "gender-it|it": "m"}}
        self.assertTrue(self.verdicts(votes)["tessaro"].startswith("mf"))

    def test_language_whose_sources_differ_is_kept(self):
        votes = {"Orlevia": {"de|de": "f", "de_AT|de": "f", "en|en": "f", "es|es": "f", "it|it": "m", "gender-it|it": "m"}}
        self.assertEqual("f it:m", self.verdicts(votes)["orlevia"])

    def test_spellings_of_one_name_merge_their_votes(self):
        votes = {"Brannock": {"de|de": "m"}, "brannock": {"compromise|en": "m"}}
        self.assertEqual("m", self.verdicts(votes)["brannock"])

    def test_override_replaces_overall_and_keeps_other_languages(self):
        votes = {"Orlevia": {"de|de": "f", "de_AT|de": "f", "en|en": "f", "es|es": "f", "it|it": "m"}}
        verdict = self.verdicts(votes, {"orlevia": ("mf", {"fr": "m"})})
        self.assertEqual("mf de:f en:f es:f fr:m it:m", verdict["orlevia"])

    def test_no_gendered_vote_gives_no_gender(self):
        votes = {"Zuvane": {"en|en": "?"}}
        self.assertNotIn("zuvane", self.verdicts(votes))


class GenderOverrideFileTests(unittest.TestCase):
    def test_lines_read_as_overall_and_languages(self):
        with mock.patch.object(build, "read_curated", return_value=iter(["Quenfrid b it:m de:f"])):
            self.assertEqual({"quenfrid": ("mf", {"it": "m", "de": "f"})}, build.read_gender_overrides())


if __name__ == "__main__":
    unittest.main()
