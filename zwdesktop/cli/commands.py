"""The subcommands. Each returns an exit code; problems with files or data print one line and return 1."""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import sys
from pathlib import Path

from ..core.exchange import DocumentError, ExchangeData
from ..core.ideas import Cluster, Idea
from ..core.ideas_merge import Conflict
from ..core.templates import DEFAULT_TEMPLATE_ID, Template, TemplateError, find_template, list_templates
from ..core.workshop import Workshop
from ..demo.county import SEVEN, county_workshop
from ..demo.workshop import demo_workshop
from ..export.atomic import write_text_atomic
from ..export.exchange_file import DocumentFileError, write_exchange_file
from ..export.exchange_file import read_source as read_exchange_source
from ..export.mailing_list_csv import write_signups_csv
from ..export.minutes.options import MinutesOptions
from ..export.workshop_data import draft_press_text, draft_report_back, minutes_data
from ..paths import resource_dir, user_templates_dir
from ..store import StoreError, StoreErrorKind, WorkshopStore
from ..store.backup import COUNTED, backup_root, list_backups, restore_backup
from ..store.connection import remove_quietly, sidecar
from ..store.merge import create_from_document, merge_document
from ..store.past_workshop import set_aside_if_past
from ..store.schema import SCHEMA_VERSION
from .counted import counted, counted_records
from .messages import document_error_text, language, store_error_text, text


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _templates() -> list[Template]:
    found, problems = list_templates(resource_dir() / "templates", user_templates_dir())
    for problem in problems:
        print(text("template_problem", detail=problem), file=sys.stderr)
    return found


def _choose_template(name: str | None) -> Template | None:
    templates = _templates()
    chosen = find_template(templates, name or DEFAULT_TEMPLATE_ID)
    if chosen is None:
        names = ", ".join(t.display_name(language()) for t in templates)
        print(text("no_template", name=name, names=names), file=sys.stderr)
    return chosen


def _open_for_reading(path: Path) -> WorkshopStore:
    """Open a file to read it: nothing is written into it or beside it (an older file is upgraded in a private copy)."""
    return WorkshopStore.open(path, read_only=True)


def cmd_new(args: argparse.Namespace) -> int:
    """``zwdesktop new FILE.zwd [--template NAME] [--title TEXT] [--date D] [--start HH:MM]``."""
    template = _choose_template(args.template)
    if template is None:
        return 1
    start = args.start or template.start
    end = (dt.datetime.combine(dt.date.today(), start) + dt.timedelta(minutes=template.total_minutes)).time()
    workshop = Workshop(
        title=args.title or template.display_name(language()),
        date=args.date or dt.date.today(),
        start_time=start,
        end_time=end,
        minutes_language=language(),
    )
    try:
        store = WorkshopStore.create(args.file, workshop, template.agenda(language()))
    except StoreError as exc:
        return _fail(store_error_text(exc.kind, exc.params))
    with store:
        print(
            text(
                "created",
                path=args.file,
                title=workshop.title,
                items=counted("items", len(template.items)),
                start=start.strftime("%H:%M"),
                end=end.strftime("%H:%M"),
            )
        )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """``zwdesktop demo FILE.zwd``: the filled example workshop."""
    if args.county:
        return _demo_county(args.file)
    template = _choose_template(DEFAULT_TEMPLATE_ID)
    if template is None:
        return 1
    now = dt.datetime.now(dt.UTC)
    if args.renew and args.file.exists():
        try:
            aside = set_aside_if_past(args.file, now)
        except StoreError as exc:
            return _fail(store_error_text(exc.kind, exc.params))
        if aside is None:
            print(text("demo_kept", path=args.file))
            return 0
        print(text("demo_set_aside", day=aside.day.strftime("%d.%m.%Y"), backup=aside.backup))
    data = demo_workshop(template, now, max(0, args.weeks_later))
    try:
        store = create_from_document(args.file, data)
    except StoreError as exc:
        return _fail(store_error_text(exc.kind, exc.params))
    store.close()
    print(text("demo_created", path=args.file, title=data.workshop.title))
    return 0


def _demo_county(folder: Path) -> int:
    """The seven workshops of the demo county as files in ``folder`` (made when missing); none is overwritten."""
    targets = [folder / f"{spec.municipality}.zwd" for spec in SEVEN]
    existing = [t for t in targets if t.exists()]
    if existing:
        return _fail(store_error_text(StoreErrorKind.EXISTS, {"path": existing[0]}))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return _fail(text("write_failed", path=folder, detail=exc.strerror or str(exc)))
    now = dt.datetime.now(dt.UTC)
    for spec, target in zip(SEVEN, targets, strict=True):
        try:
            create_from_document(target, county_workshop(spec, now)).close()
        except StoreError as exc:
            return _fail(store_error_text(exc.kind, exc.params))
    names = ", ".join(spec.municipality for spec in SEVEN)
    print(text("demo_county_created", path=folder, count=len(SEVEN), names=names))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """``zwdesktop check FILE.zwd``: integrity, schema version, record counts; exit 1 on any problem.

    The check reads the file without changing it or leaving anything beside
    it, also when a running program holds it.
    """
    try:
        store = WorkshopStore.open(args.file, read_only=True, damaged_ok=True)
    except StoreError as exc:
        return _fail(text("check_problem", path=args.file, detail=store_error_text(exc.kind, exc.params)))
    with store:
        print(text("check_schema", version=store.file_schema_version, current=SCHEMA_VERSION))
        if store.file_schema_version < SCHEMA_VERSION:
            print(text("check_older", current=SCHEMA_VERSION))
        print(text("check_contents"))
        for line in counted_records(store.counts()):
            print(text("check_count", count=line))
    if store.damage:
        detail = store_error_text(StoreErrorKind.DAMAGED_READABLE, {"path": args.file, "detail": store.damage[0]})
        return _fail(text("check_problem", path=args.file, detail=detail))
    print(text("check_ok", path=args.file))
    return 0


EXPORT_FORMATS = (".json", ".pdf", ".docx", ".txt", ".csv", ".ics")


def cmd_export(args: argparse.Namespace) -> int:
    """``zwdesktop export FILE.zwd OUT``: the format follows OUT's extension.

    ``.json`` the exchange document, ``.pdf`` the minutes (``--poster``: the
    sign-up poster, ``--progress``: the progress sheet), ``.docx`` the minutes for editing (Word), ``.txt`` the press text, ``.csv`` the mailing list (only
    people with consent), ``.ics`` the follow-up meetings.
    """
    suffix = args.out.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        return _fail(text("unknown_format", suffix=suffix or "—", formats=", ".join(EXPORT_FORMATS)))
    if (args.poster or args.progress) and suffix != ".pdf":
        return _fail(text("poster_pdf_only", path=args.out))
    if args.report_back and suffix != ".txt":
        return _fail(text("report_back_txt_only", path=args.out))
    try:
        store = _open_for_reading(args.file)
    except StoreError as exc:
        return _fail(store_error_text(exc.kind, exc.params))
    with store:
        try:
            if suffix == ".pdf" and args.poster:
                from ..export.poster import poster_blocks, write_poster

                data = minutes_data(store)
                if not poster_blocks(data):  # a poster without a code signs nobody up (the window refuses too)
                    return _fail(text("poster_empty"))
                payloads = write_poster(data, args.out, args.size)
                print(text("exported_poster", path=args.out, codes=counted("qr_codes", len(payloads))))
                return 0
            if suffix == ".pdf" and args.progress:
                from ..export.exchange_file import exchange_data
                from ..export.progress import write_progress

                payloads = write_progress(exchange_data(store), args.out)
                print(text("exported_progress", path=args.out, codes=counted("calendar_codes", len(payloads))))
                return 0
            if suffix == ".pdf":
                from ..export.minutes.file import write_minutes

                options = MinutesOptions(include_names=not args.no_names, photo_size=args.photos)
                result = write_minutes(store, args.out, options)
                print(text("exported_minutes", path=args.out, pages=counted("pages", result.pages)))
                return 0
            if suffix == ".docx":
                from ..export.minutes.file import write_minutes_docx

                options = MinutesOptions(include_names=not args.no_names, photo_size=args.photos)
                write_minutes_docx(store, args.out, options)
                print(text("exported_docx", path=args.out))
                return 0
            if suffix == ".txt":
                write_text_atomic(args.out, draft_report_back(store) if args.report_back else draft_press_text(store))
                print(text("exported_press", path=args.out))
                return 0
            if suffix == ".csv":
                count = write_signups_csv(store, args.out, language())
                print(text("exported_csv", path=args.out, people=counted("people", count)))
                return 0
            if suffix == ".ics":
                from ..export.calendar_ics import write_calendar

                count = write_calendar(store, args.out)  # in the minutes' language
                print(text("exported_ics", path=args.out, meetings=counted("meetings", count)))
                return 0
            write_exchange_file(store, args.out)
        except OSError as exc:
            kind = "disk_full" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else "write_failed"
            return _fail(text(kind, path=args.out, detail=exc.strerror or str(exc)))
    print(text("exported", path=args.out))
    return 0


def _read_source(source: Path) -> ExchangeData:
    """The exchange records of a JSON document or of another workshop file (``.zwd``, opened read-only)."""
    return read_exchange_source(source, _open_for_reading)


def cmd_import(args: argparse.Namespace) -> int:
    """``zwdesktop import FILE.zwd IN.json|OTHER.zwd``: merge, or create FILE.zwd from the document."""
    try:
        if args.document.resolve() == args.file.resolve():
            return _fail(text("same_file", path=args.file))
        data = _read_source(args.document)
    except StoreError as exc:
        return _fail(store_error_text(exc.kind, exc.params))
    except FileNotFoundError:
        return _fail(text("missing", path=args.document))
    except OSError as exc:
        return _fail(text("io_error", path=args.document, detail=exc.strerror or str(exc)))
    except DocumentFileError as exc:
        return _fail(text("document_json", path=args.document, line=exc.line, column=exc.column, detail=exc.detail))
    except DocumentError as exc:
        return _fail(document_error_text(exc.path, exc.code, exc.params))
    try:
        if not args.file.exists():
            try:
                create_from_document(args.file, data).close()
            except StoreError:
                # A file this command began is not left behind half made (a full disk, say).
                for leftover in (args.file, sidecar(args.file, "-journal")):
                    remove_quietly(leftover)
                raise
            print(text("imported_new", path=args.file))
            return 0
        with WorkshopStore.open(args.file) as store:
            report = merge_document(store, data)
    except StoreError as exc:
        return _fail(store_error_text(exc.kind, exc.params))
    if report.other_workshop is not None:
        print(text("imported_ideas_only", title=report.other_workshop))
    if not report.changed and not any(report.kept_newer.values()):
        print(text("unchanged", path=args.file))
    else:
        print(
            text(
                "imported",
                path=args.file,
                added=sum(report.added.values()),
                updated=sum(report.updated.values()),
                kept=sum(report.kept_newer.values()),
            )
        )
    for conflict in report.conflicts:
        print(_conflict_line(conflict))
    return 0


def _conflict_line(conflict: Conflict) -> str:
    kept, lost = conflict.kept, conflict.lost
    if isinstance(kept, Idea) and isinstance(lost, Idea):
        key = "conflict_idea_document" if conflict.from_document else "conflict_idea_file"
        if kept.merged_into is not None and lost.merged_into is None:  # a merge of two ideas is kept
            key = "conflict_merged_document" if conflict.from_document else "conflict_merged_file"
        return text(key, kept=_one_line(kept.text, kept.deleted), lost=_one_line(lost.text, lost.deleted))
    assert isinstance(kept, Cluster) and isinstance(lost, Cluster)
    key = "conflict_cluster_document" if conflict.from_document else "conflict_cluster_file"
    return text(key, kept=_one_line(kept.name, kept.deleted), lost=_one_line(lost.name, lost.deleted))


def _one_line(value: str, deleted: bool) -> str:
    shown = " ".join(value.split())
    shown = shown if len(shown) <= 80 else shown[:79] + "…"
    return text("deleted_mark", text=shown) if deleted else f"„{shown}“"


def cmd_backups(args: argparse.Namespace) -> int:
    """``zwdesktop backups [FILE.zwd]``: one line per backup, newest first (of FILE's workshop when given)."""
    found = list_backups()
    if args.file is not None:
        try:
            with _open_for_reading(args.file) as store:
                workshop_id = store.workshop_id
        except StoreError as exc:
            return _fail(store_error_text(exc.kind, exc.params))
        found = [info for info in found if info.workshop_id == workshop_id]
    if not found:
        print(text("no_backups", folder=backup_root()))
        return 0
    for info in found:
        when = info.taken_at.astimezone()
        day = f"{info.day:%Y-%m-%d}" if info.day else "?"
        counts = ", ".join(counted_records(info.counts, COUNTED))
        print(f"{when:%Y-%m-%d}\t{when:%H:%M}\t{info.title}\t{day}\t{counts}\t{info.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """``zwdesktop restore BACKUP.zwd NEW.zwd``: a new workshop file with what the backup holds."""
    try:
        with _open_for_reading(args.backup):  # the same verdict as every file
            pass
        restore_backup(args.backup, args.file)
        with _open_for_reading(args.file) as store:
            title = store.workshop().title
    except StoreError as exc:
        return _fail(store_error_text(exc.kind, exc.params))
    print(text("restored", path=args.file, title=title))
    return 0


def cmd_templates(args: argparse.Namespace) -> int:
    """``zwdesktop templates``: one line per template (id, name, length, where it comes from)."""
    try:
        templates = _templates()
    except TemplateError as exc:  # pragma: no cover - list_templates collects problems itself
        return _fail(text("template_problem", detail=exc))
    for template in templates:
        minutes = template.total_minutes
        origin = "" if template.builtin else f"  ({template.path})"
        print(f"{template.id}\t{template.display_name(language())}\t{minutes // 60}:{minutes % 60:02d} h{origin}")
    return 0


COUNTY_FORMATS = (".pdf", ".csv", ".json", ".ics")


def cmd_county(args: argparse.Namespace) -> int:
    """``zwdesktop county OUT FILE.zwd… | FOLDER``: the county's report, open data or calendar of several workshops.

    Every file is read read-only (also one open in a running program; an
    older one is not upgraded); the files read and those left out, with why,
    are listed. Exit 1 when no file could be read or OUT cannot be written.
    """
    from ..export.county.labels import CountyLabels
    from ..export.county.read import read_county, workshop_files

    suffix = args.out.suffix.lower()
    if suffix not in COUNTY_FORMATS:
        return _fail(text("unknown_format", suffix=suffix or "—", formats=", ".join(COUNTY_FORMATS)))
    out = args.out.resolve()
    if any(out == path.resolve() for path in workshop_files(args.inputs).files):
        return _fail(text("county_out_is_input", path=args.out))
    overview = read_county(args.inputs)
    words = CountyLabels(language())
    for w in overview.workshops:
        print(text("county_read", file=w.source, name=w.name, date=words.short_date(w.date)))
    for o in overview.left_out:
        print(text("county_left_out", file=o.source, why=words.problem(o.problem, o.detail)))
    if not overview.workshops:
        return _fail(text("county_nothing"))
    workshops = counted("workshops", len(overview.workshops))
    try:
        if suffix == ".pdf":
            from ..export.county.report import write_report

            result = write_report(overview, args.out, args.language)
            print(text("county_pdf", path=args.out, workshops=workshops, pages=counted("pages", result.pages)))
        elif suffix == ".ics":
            from ..export.atomic import write_bytes_atomic
            from ..export.county.calendar import county_calendar

            write_bytes_atomic(args.out, county_calendar(overview, args.language))
            print(text("county_ics", path=args.out, meetings=counted("upcoming", len(overview.next_dates))))
        else:
            from ..export.county.open_data import write_open_data

            card = write_open_data(overview, args.out, args.language)
            projects = sum(len(w.projects) for w in overview.workshops)
            print(
                text(
                    "county_data", path=args.out, workshops=workshops, projects=counted("projects", projects), card=card
                )
            )
    except OSError as exc:
        kind = "disk_full" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else "write_failed"
        return _fail(text(kind, path=args.out, detail=exc.strerror or str(exc)))
    return 0
