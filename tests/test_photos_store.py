"""Photos in the workshop file: attach, edit, reorder, remove, migrate, exchange and merge."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from test_store import make_file, make_old_file

from zwdesktop.cli import main as cli_main
from zwdesktop.core.exchange import DocumentError, build_document, parse_document
from zwdesktop.core.photos import PHOTO_AT_END, Photo
from zwdesktop.export.exchange_file import exchange_data, read_exchange_file, schema_path
from zwdesktop.store import StoreError, WorkshopStore
from zwdesktop.store.errors import InvalidValueError
from zwdesktop.store.merge import create_from_document, merge_document


def picture(colour: str = "red", kind: str = "JPEG", size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, kind)
    return out.getvalue()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[WorkshopStore]:
    opened = WorkshopStore.open(make_file(tmp_path / "fotos.zwd"))
    yield opened
    opened.close()


def attach(store: WorkshopStore, caption: str, index: int = 99, phase: str = "critique") -> Photo:
    return store.photos.insert(
        Photo(phase=phase, caption=caption, original_name=f"{caption}.jpg", data=picture()), index
    )


def test_attached_photos_keep_their_bytes_and_order(store: WorkshopStore) -> None:
    data = picture("blue", "PNG", (30, 20))
    first = store.photos.insert(Photo(phase="fantasy", caption="Pinnwand", original_name="p.png", data=data), 0)
    attach(store, "zweites")
    attach(store, "davor", index=0)
    assert [p.caption for p in store.photos.all()] == ["davor", "Pinnwand", "zweites"]
    assert [p.position for p in store.photos.all()] == [0, 1, 2]
    assert store.photos.data(first.id) == data
    stored = store.photos.get(first.id)
    assert (stored.media_type, stored.width, stored.height, stored.original_name) == ("image/png", 30, 20, "p.png")
    assert store.photos.all()[0].data == b""  # listings leave the bytes in the file
    assert store.counts()["photos"] == 3


def test_caption_phase_move_and_remove(store: WorkshopStore) -> None:
    a, b, c = (attach(store, name) for name in "abc")
    store.photos.update(b.id, caption="Kritik-Pinnwand", phase=PHOTO_AT_END)
    assert store.photos.get(b.id).caption == "Kritik-Pinnwand" and store.photos.get(b.id).phase == PHOTO_AT_END
    assert store.photos.move(c.id, 0) == 2
    assert [p.id for p in store.photos.all()] == [c.id, a.id, b.id]
    data_a = store.photos.data(a.id)
    removed, index = store.photos.remove(a.id)
    assert index == 1 and removed.data == data_a
    store.photos.insert(removed, index)  # what an undo does
    assert [p.id for p in store.photos.all()] == [c.id, a.id, b.id]


def test_bad_input_is_refused_and_changes_nothing(store: WorkshopStore, tmp_path: Path) -> None:
    attach(store, "gut")
    before = store.photos.all()
    for data in (b"kein Bild", b"GIF89a\x01\x00\x01\x00"):
        with pytest.raises(InvalidValueError) as caught:
            store.photos.insert(Photo(data=data), 0)
        assert caught.value.problem.code == "photo_not_image"
    with pytest.raises(InvalidValueError):
        store.photos.insert(Photo(phase="mittag", data=picture()), 0)
    with pytest.raises(InvalidValueError):
        store.photos.update(before[0].id, caption="x" * 2001)
    with pytest.raises(StoreError):
        store.photos.update(before[0].id, data=b"")
    assert store.photos.all() == before


def test_an_older_file_gets_the_photo_table_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "alt.zwd"
    make_old_file(path)
    with WorkshopStore.open(path) as store:
        assert store.backup_path is not None
        assert store.photos.all() == []
        attach(store, "nach dem Update")
        assert len(store.photos.all()) == 1


def test_exchange_document_carries_photos_and_merges_them_by_id(store: WorkshopStore, tmp_path: Path) -> None:
    data_a = picture("green")
    photo = store.photos.insert(Photo(phase="critique", caption="Grüne Karten", original_name="a.jpg", data=data_a), 0)
    document = build_document(exchange_data(store))
    assert document["photos"][0]["caption"] == "Grüne Karten"
    parsed = parse_document(json.loads(json.dumps(document)), schema_path())
    assert parsed.photos[0].data == data_a

    # A copy on the second laptop changes the caption and adds a photo; merging brings both, twice is a no-op.
    other = tmp_path / "laptop2.zwd"
    with create_from_document(other, parsed) as second:
        second.photos.update(photo.id, caption="Grüne Karten (Kritik)")
        attach(second, "vom zweiten Laptop")
        later = build_document(exchange_data(second))
    incoming = parse_document(later, schema_path())
    report = merge_document(store, incoming)
    assert report.added == {"photos": 1} and report.updated == {"photos": 1}
    assert {p.caption for p in store.photos.all()} == {"Grüne Karten (Kritik)", "vom zweiten Laptop"}
    assert not merge_document(store, incoming).changed


def test_a_document_with_a_broken_photo_is_refused_by_its_path(store: WorkshopStore) -> None:
    attach(store, "x")
    document = build_document(exchange_data(store))
    document["photos"][0]["data_base64"] = "bm8gaW1hZ2U="  # "no image"
    with pytest.raises(DocumentError) as caught:
        parse_document(document, schema_path())
    assert caught.value.path == "$.photos[0].data_base64"
    assert caught.value.code == "photo_not_image"


def test_a_document_without_photos_has_no_photos_key(store: WorkshopStore) -> None:
    # So versions from before photos still read what this one writes when there are none.
    assert "photos" not in build_document(exchange_data(store))


def test_cli_round_trip_keeps_photos(tmp_path: Path) -> None:
    demo = tmp_path / "demo.zwd"
    assert cli_main(["demo", str(demo)]) == 0
    out = tmp_path / "demo.json"
    assert cli_main(["export", str(demo), str(out)]) == 0
    copy = tmp_path / "kopie.zwd"
    assert cli_main(["import", str(copy), str(out)]) == 0
    with WorkshopStore.open(demo, read_only=True) as a, WorkshopStore.open(copy, read_only=True) as b:
        assert a.photos.all() == b.photos.all()
        assert [a.photos.data(p.id) for p in a.photos.all()] == [b.photos.data(p.id) for p in b.photos.all()]
    assert len(read_exchange_file(out).photos) == 3
