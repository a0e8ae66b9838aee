"""Photo records: recognising JPEG/PNG by their headers, and the process order."""

from __future__ import annotations

import io

from PIL import Image

from zwdesktop.core.photos import (
    PHOTO_AT_END,
    Photo,
    check_photo_data,
    check_photo_field,
    insertion_index,
    process_order,
    sniff_image,
)


def image_bytes(kind: str, size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "red").save(out, kind)
    return out.getvalue()


def test_jpeg_and_png_are_recognised_with_their_size() -> None:
    assert sniff_image(image_bytes("JPEG", (640, 480))) == ("image/jpeg", 640, 480)
    assert sniff_image(image_bytes("PNG", (33, 44))) == ("image/png", 33, 44)
    progressive = io.BytesIO()
    Image.new("RGB", (50, 20)).save(progressive, "JPEG", progressive=True)
    assert sniff_image(progressive.getvalue()) == ("image/jpeg", 50, 20)


def test_anything_else_is_refused_with_a_reason() -> None:
    for data in (b"", b"GIF89a....", b"%PDF-1.7", image_bytes("PNG")[:20], b"\xff\xd8\xff"):
        assert sniff_image(data) is None
        problem = check_photo_data(data)
        assert problem is not None and problem.code == "photo_not_image"
    big = b"\xff\xd8" + b"\0" * (41 * 1024 * 1024)
    problem = check_photo_data(big)
    assert problem is not None and problem.code == "photo_too_large"


def test_phase_must_be_known_or_the_end() -> None:
    assert check_photo_field("phase", "critique") is None
    assert check_photo_field("phase", PHOTO_AT_END) is None
    assert check_photo_field("phase", "lunch") is not None
    assert check_photo_field("caption", "x" * 2001) is not None


def test_photos_are_grouped_by_phase_in_the_order_the_phases_ran_the_end_last() -> None:
    photos = [
        Photo(phase=PHOTO_AT_END, position=0, caption="end"),
        Photo(phase="fantasy", position=1, caption="f1"),
        Photo(phase="critique", position=2, caption="c1"),
        Photo(phase="fantasy", position=3, caption="f2"),
        Photo(phase="closing", position=4, caption="not on the agenda"),
    ]
    groups = process_order(photos, ["arrival", "critique", "fantasy"])
    assert [(phase, [p.caption for p in group]) for phase, group in groups] == [
        ("critique", ["c1"]),
        ("fantasy", ["f1", "f2"]),
        ("closing", ["not on the agenda"]),
        (PHOTO_AT_END, ["end"]),
    ]


def test_a_new_photo_goes_where_the_minutes_print_its_phase() -> None:
    photos = [
        Photo(id="c1", phase="critique", position=0),
        Photo(id="f1", phase="fantasy", position=1),
        Photo(id="f2", phase="fantasy", position=2),
        Photo(id="e1", phase=PHOTO_AT_END, position=3),
    ]
    agenda = ["arrival", "critique", "fantasy", "realisation"]
    # The clock runs the fantasy phase while the critique photo is selected: after the last fantasy photo.
    assert insertion_index(photos, "fantasy", agenda, selected="c1") == 3
    assert insertion_index(photos, "fantasy", agenda, selected="f1") == 2  # right after the selected one
    assert insertion_index(photos, "realisation", agenda, selected="c1") == 3  # its phase runs later: before the end
    assert insertion_index(photos, "arrival", agenda) == 0  # it ran first
    assert insertion_index(photos, PHOTO_AT_END, agenda, selected="c1") == 4
    assert insertion_index([], "critique", agenda) == 0
