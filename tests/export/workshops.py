"""Workshops the export tests share: the demo, and one in many scripts with agreements and ideas."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from zwdesktop.cli import main as cli_main
from zwdesktop.core.agreements import Agreement, AgreementsData, Meeting, Step
from zwdesktop.core.exchange import ExchangeData
from zwdesktop.core.ideas import Cluster, Idea
from zwdesktop.export.minutes.file import minutes_data
from zwdesktop.store import WorkshopStore

from .test_minutes_pdf import ARABIC, FARSI, LTR_TEXTS, hostile_workshop

ARABIC_IDEA = "نريد مقهى لغوي في مركز المدينة كل أسبوع"
FARSI_IDEA = "یک باشگاه جوانان برای همه می‌خواهیم"
TIGRINYA_IDEA = LTR_TEXTS["tigrinya"]
EMOJI_IDEA = "Mehr Feste im Ort 🎉 mit Musik 🎶 und Kaffee ☕"
ARABIC_AGREEMENT = "مقهى اللغة العربية والألمانية"
FARSI_AGREEMENT = "گروه جوانان آولندورف"


def demo_data(folder: Path) -> tuple[Path, ExchangeData]:
    """The demo workshop as a file in ``folder`` and its minutes' records."""
    path = folder / "demo.zwd"
    if not path.exists():
        assert cli_main(["demo", str(path)]) == 0
    with WorkshopStore.open(path, read_only=True) as store:
        data = minutes_data(store)
        data.photos = store.photos.all(with_data=True)
        return path, data


def multilingual_workshop() -> ExchangeData:
    """The hostile workshop with ideas and agreements in Arabic, Farsi, Tigrinya and emoji, with QR codes."""
    data = hostile_workshop()
    cluster = Cluster(name="لقاء · Begegnung", position=0)
    data.clusters = [cluster]
    data.ideas = [
        Idea(text=ARABIC_IDEA, phase="critique", cluster_id=cluster.id, created_at="2026-11-25T13:10:00+00:00"),
        Idea(text=FARSI_IDEA, phase="critique", cluster_id=cluster.id, created_at="2026-11-25T13:11:00+00:00"),
        Idea(text=TIGRINYA_IDEA, phase="critique", created_at="2026-11-25T13:12:00+00:00"),
        Idea(text=EMOJI_IDEA, phase="fantasy", created_at="2026-11-25T13:40:00+00:00"),
        Idea(text=ARABIC, phase="fantasy", created_at="2026-11-25T13:41:00+00:00"),
    ]
    records = AgreementsData()
    first = dt.datetime(2026, 12, 10, 17, 0, tzinfo=dt.UTC)
    for number, (title, goal, place) in enumerate(
        [
            (ARABIC_AGREEMENT, ARABIC_IDEA, "مركز المدينة، Hauptstraße 1"),
            (FARSI_AGREEMENT, FARSI, "Jugendhaus Aulendorf"),
            ("ቡና ንኹሉ 🎉 Café für alle", TIGRINYA_IDEA, "Bürgerhaus Aulendorf, Café"),
        ]
    ):
        agreement = Agreement(
            title=title, goal=goal, contact_name="Eva Militz", contact_email="e.militz@rv.de",
            signup_email=f"gruppe{number}@example.org", position=number,
        )  # fmt: skip
        records.agreements.append(agreement)
        records.steps.append(Step(agreement_id=agreement.id, what=goal, who="Fatima Haddad", position=0))
        start = first + dt.timedelta(days=7 * number)
        records.meetings.append(
            Meeting(agreement_id=agreement.id, starts_at=start, ends_at=start + dt.timedelta(hours=2), place=place,
                    purpose=goal, updated_at="2026-11-25T16:00:00+00:00")
        )  # fmt: skip
    data.agreements = records
    return data
