"""The press text draws on everything in the file: top topics from the votes, first meetings of the groups."""

from __future__ import annotations

from pathlib import Path

from zwdesktop.cli import main as cli_main
from zwdesktop.core.press_facts import top_topics
from zwdesktop.export.minutes.file import minutes_data
from zwdesktop.store import WorkshopStore


def test_press_text_names_the_voted_topics_and_the_first_meetings(tmp_path: Path) -> None:
    workshop_file = tmp_path / "demo.zwd"
    assert cli_main(["demo", str(workshop_file)]) == 0
    with WorkshopStore.open(workshop_file, read_only=True) as store:
        data = minutes_data(store)
    topics = top_topics(data.votes)
    # The demo's critique round: a tie at the cut-off settled by a run-off ("Ehrenamt" won 17 : 11).
    assert "Ehrenamt" in topics and "Kinder & Jugend" not in topics
    out = tmp_path / "presse.txt"
    assert cli_main(["export", str(workshop_file), str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    for topic in topics[:3]:
        assert f"„{topic}“" in text
    # The critique round's winners are named as critique points, not as "Themen" in general.
    assert "Als dringendste Kritikpunkte benannten die Teilnehmenden „" in text
    assert "die Themen" not in text
    for bundle in data.agreements.bundles():
        if bundle.first_meeting is not None and bundle.agreement.status != "dropped":
            assert f"„{bundle.agreement.title}“ trifft sich zum ersten Mal" in text


def test_the_groups_are_named_in_the_order_they_first_meet(tmp_path: Path) -> None:
    """A newspaper reader meets the groups as a calendar, whatever their order in the agreements list."""
    workshop_file = tmp_path / "demo.zwd"
    assert cli_main(["demo", str(workshop_file)]) == 0
    with WorkshopStore.open(workshop_file, read_only=True) as store:
        data = minutes_data(store)
    firsts = [
        (bundle.first_meeting.starts_at, bundle.agreement.title)
        for bundle in data.agreements.bundles()
        if bundle.first_meeting is not None and bundle.agreement.status != "dropped"
    ]
    listed = [title for _, title in firsts]
    by_date = [title for _, title in sorted(firsts)]
    assert len(by_date) >= 3 and listed != by_date  # the demo lists them out of date order
    out = tmp_path / "presse.txt"
    assert cli_main(["export", str(workshop_file), str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    named = sorted(by_date, key=lambda title: text.index(f"„{title}“ trifft sich zum ersten Mal"))
    assert named == by_date
