"""The photo record ("Impressionen"): attach pinboard photos with a caption, per phase or of no phase, in process order.

Every change goes through the session's undo stack, like the agenda: add,
caption, phase, move up/down and remove can all be taken back.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import compute_state
from ...core.photos import PHOTO_AT_END, Photo, check_photo_field, insertion_index, phases_in_agenda_order
from ...core.validation import clean_text
from ...store import StoreError
from ...store.changes import Area, Change
from ..actions import ActionCollection, action_buttons
from ..dialogs import PHOTOS, Ask
from ..file_dialogs import ask_open_paths
from ..i18n import arg
from ..messages import store_error_text
from ..phases import phase_choices, phase_name
from ..session import WorkshopSession
from ..stored_line import show_stored
from ..undo_keys import pass_undo_to_window
from .actions import PhotosAction
from .commands import insert_photo, move_photo, remove_photo, set_caption, set_photo_field

THUMBNAIL = QSize(160, 120)
PREVIEW = QSize(320, 240)
CAPTION_PAUSE_MS = 600  # a caption being typed is saved this long after the last key


class PhotoAsk:
    """The photo page's questions; tests replace these class methods."""

    @classmethod
    def image_paths(cls, parent: QWidget | None, folder: str = "") -> list[Path]:
        """Which image files to attach (empty when cancelled)."""
        return ask_open_paths(  # in Pictures, then the last folder (remembered)
            parent,
            QCoreApplication.translate("PhotosPage", "Attach photos"),
            QCoreApplication.translate("PhotosPage", "Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"),
            PHOTOS,
            folder,
        )

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, message: str) -> None:
        """Tell the user a file could not be attached."""
        Ask.inform(parent, title, message)


def thumbnail(data: bytes, box: QSize = THUMBNAIL) -> QPixmap:
    """A picture of the photo fitting ``box``, upright by its EXIF orientation (null when unreadable)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    stored = reader.size()
    if stored.isValid():
        # Decode at twice the box, not at full size: a 12-megapixel photo becomes a thumbnail quickly.
        reader.setScaledSize(stored.scaled(box * 2, Qt.AspectRatioMode.KeepAspectRatio).boundedTo(stored))
    image: QImage = reader.read()
    if image.isNull():
        return QPixmap()
    return QPixmap.fromImage(image).scaled(
        box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class PhotosPage(QWidget):
    """A list of the photos in process order with a caption and phase editor beside it."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photosPage")
        self.session = session
        self._thumbs: dict[str, QPixmap] = {}
        # Made once per photo: the caption is saved with each keystroke, and reading and decoding a
        # 9 MB photo again for every key made typing lag by a quarter of a second.
        self._previews: dict[str, QPixmap] = {}
        self._photos: list[Photo] = []
        self._loading = False
        self._last_folder = ""

        self.list = QListWidget(self)
        self.list.setObjectName("photoList")
        self.list.setIconSize(THUMBNAIL)
        self.list.setSpacing(4)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show_current)

        self.caption = QLineEdit(self)
        self.caption.setObjectName("photoCaption")
        self.caption.setPlaceholderText(self.tr("What the photo shows, e.g. “Pinboard of the critique phase”"))
        # Saved while it is typed, a moment after the last key (and at once when the field is left), so a
        # crash loses at most that moment. Not with every key: the photo's bytes share its row, and
        # SQLite rewrites the whole row, so each key wrote a 9 MB photo twice (150 ms a key here).
        self._caption_timer = QTimer(self)
        self._caption_timer.setSingleShot(True)
        self._caption_timer.setInterval(CAPTION_PAUSE_MS)
        self._caption_timer.timeout.connect(self._caption_edited)
        self.caption.textEdited.connect(self._caption_typed)
        self.caption.editingFinished.connect(self._caption_left)
        self.phase = QComboBox(self)
        self.phase.setObjectName("photoPhase")
        for code, name in phase_choices():
            self.phase.addItem(name, code)
        # Not the closing phase ("Abschluss"): a photo of no phase, shown after all of them.
        self.phase.insertSeparator(self.phase.count())
        self.phase.addItem(self.no_phase_name(), PHOTO_AT_END)
        self.phase.activated.connect(self._phase_chosen)
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The preview never widens the page; on a narrow window it is cut rather than squeezing the list.
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setObjectName("photoPreview")
        self.hint = QLabel(
            self.tr("Photos appear in the minutes under “Impressions”, grouped by phase in this order."), self
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #52606d;")

        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.page_actions = actions = ActionCollection(self)
        self.add_action = actions.add(
            PhotosAction.ADD,
            self.tr("&Add photos…"),
            self.add_photos,
            "Ins",
            self,
            ctx,
            self.tr("Attach JPEG or PNG photos"),
        )
        self.remove_action = actions.add(
            PhotosAction.REMOVE,
            self.tr("&Remove photo"),
            self.remove_photo,
            "Del",
            self,
            ctx,
            self.tr("Remove the photo"),
        )
        self.up_action = actions.add(
            PhotosAction.UP, self.tr("Move &up"), lambda: self.move_photo(-1), "Ctrl+Up", self, ctx,
            self.tr("Show the photo earlier"),
        )  # fmt: skip
        self.down_action = actions.add(
            PhotosAction.DOWN, self.tr("Move &down"), lambda: self.move_photo(1), "Ctrl+Down", self, ctx,
            self.tr("Show the photo later"),
        )  # fmt: skip
        self.edit_actions = [self.add_action, self.remove_action, self.up_action, self.down_action]

        buttons = action_buttons(self, self.edit_actions)
        pass_undo_to_window(self.caption)

        form = QFormLayout()
        form.addRow(self.tr("&Caption:"), self.caption)
        form.addRow(self.tr("&Phase:"), self.phase)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.preview, 1)
        side.addWidget(self.hint)
        body = QHBoxLayout()
        body.addWidget(self.list, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(body, 1)
        # Tab in reading order: the buttons above, then the list, then caption and phase beside it.
        items = (buttons.itemAt(i) for i in range(buttons.count()))
        chain = [w for item in items if item is not None and (w := item.widget()) is not None]
        chain += [self.list, self.caption, self.phase]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        session.changed.connect(self._on_changed)
        self.reload()

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the section is chosen: the photos."""
        return self.list

    # ---- showing ---------------------------------------------------------

    def photos(self) -> list[Photo]:
        """The photos as the list shows them."""
        return list(self._photos)

    def reload(self, keep: str | None = None) -> None:
        """Fill the list from the file, keeping the selection on ``keep`` (or the current photo)."""
        current = keep or self.current_id()
        before = [photo.id for photo in self._photos]
        self._photos = self.session.store.photos.all()
        if [photo.id for photo in self._photos] == before and current == self.current_id():
            # The same photos in the same order (a caption typed, a phase chosen): the labels only, so
            # the list neither flickers nor scrolls, and the caption being typed stays as it is.
            for row, photo in enumerate(self._photos):
                item = self.list.item(row)
                if item is not None:
                    item.setText(self._label(photo))
            self._show_current(self.list.currentRow())
            return
        self._loading = True
        self.list.clear()
        for photo in self._photos:
            if photo.id not in self._thumbs:
                self._thumbs[photo.id] = thumbnail(self.session.store.photos.data(photo.id))
            item = QListWidgetItem(QIcon(self._thumbs[photo.id]), self._label(photo))
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            self.list.addItem(item)
        self._loading = False
        ids = [photo.id for photo in self._photos]
        self.list.setCurrentRow(ids.index(current) if current in ids else (0 if ids else -1))
        self._show_current(self.list.currentRow())

    def no_phase_name(self) -> str:
        """The choice of no phase (the photo comes after all phases): never to be taken for the closing phase."""
        return self.tr("No phase (after all phases)")

    def _label(self, photo: Photo) -> str:
        where = self.no_phase_name() if photo.phase == PHOTO_AT_END else phase_name(photo.phase)
        caption = photo.caption or self.tr("(no caption)")
        return f"{where}\n{caption}"

    def current_id(self) -> str | None:
        """The id of the selected photo."""
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _show_current(self, row: int) -> None:
        photo = self._photos[row] if 0 <= row < len(self._photos) else None
        writable = not self.session.read_only
        self._loading = True
        stored = photo.caption if photo else ""
        if clean_text(self.caption.text()) != stored or not self.caption.hasFocus():
            show_stored(self.caption, stored)  # not over the caption being typed, which shows it already
        index = self.phase.findData(photo.phase if photo else PHOTO_AT_END)
        self.phase.setCurrentIndex(max(index, 0))
        self._loading = False
        if photo is not None and photo.id not in self._previews:
            self._previews[photo.id] = thumbnail(self.session.store.photos.data(photo.id), PREVIEW)
        self.preview.setPixmap(self._previews[photo.id] if photo is not None else QPixmap())
        for widget in (self.caption, self.phase):
            widget.setEnabled(photo is not None and writable)
        self.add_action.setEnabled(writable)
        self.remove_action.setEnabled(photo is not None and writable)
        self.up_action.setEnabled(photo is not None and writable and row > 0)
        self.down_action.setEnabled(photo is not None and writable and row < len(self._photos) - 1)

    def _on_changed(self, change: Change) -> None:
        if change.touches(Area.PHOTOS):
            self.reload()

    # ---- editing ---------------------------------------------------------

    def default_phase(self) -> str:
        """The phase a new photo gets: the one running on the clock, else the selected photo's, else the end."""
        store = self.session.store
        events = store.clock.events()
        if events:
            agenda = store.agenda.all()
            state = compute_state(agenda, events, dt.datetime.now(dt.UTC))
            phases = {item.id: item.phase for item in agenda}
            if state.current_item_id in phases:
                return phases[state.current_item_id]
        row = self.list.currentRow()
        return self._photos[row].phase if 0 <= row < len(self._photos) else PHOTO_AT_END

    def add_photos(self) -> None:
        """Ask for image files and attach them where the minutes print them, one undo step each.

        After the selected photo when it is of the new photos' phase, else at the end of that phase's
        photos (the clock's phase changes while the selection stays on an earlier photo).
        """
        self._save_pending_caption()  # before the list changes under the caption being typed
        paths = PhotoAsk.image_paths(self, self._last_folder)
        if not paths:
            return
        self._last_folder = str(paths[0].parent)
        phase = self.default_phase()
        phases = phases_in_agenda_order(self.session.store.agenda.all())
        index = insertion_index(self._photos, phase, phases, self.current_id())
        problems: list[str] = []
        last: str | None = None
        for path in paths:
            try:
                data = path.read_bytes()
            except OSError as exc:
                problems.append(f"{path.name}: {exc.strerror or exc}")
                continue
            photo = Photo(phase=phase, original_name=path.name, data=data)
            try:
                command = insert_photo(self.session, arg(self.tr("Attach “%1”"), path.name), photo, index)
                command.run_first()
            except StoreError as exc:
                problems.append(f"{path.name}: {store_error_text(exc)}")
                continue
            self.session.undo_stack.push(command)
            index += 1
            last = photo.id
        if last:
            self.reload(keep=last)
            self.caption.setFocus(Qt.FocusReason.OtherFocusReason)  # what it shows is typed next
        if problems:
            PhotoAsk.inform(self, self.tr("Not attached"), "\n".join(problems))

    def remove_photo(self) -> None:
        """Remove the selected photo (undo brings it back with its bytes)."""
        self._save_pending_caption()  # before the list changes under the caption being typed
        photo_id = self.current_id()
        if photo_id is None:
            return
        photo = self.session.store.photos.get(photo_id, with_data=True)
        index = self.list.currentRow()
        name = photo.caption or photo.original_name
        self.session.push(remove_photo(self.session, arg(self.tr("Remove photo “%1”"), name), photo, index))

    def move_photo(self, step: int) -> None:
        """Move the selected photo earlier (-1) or later (+1) in the process order."""
        self._save_pending_caption()  # before the list changes under the caption being typed
        row = self.list.currentRow()
        target = row + step
        photo_id = self.current_id()
        if photo_id is None or not 0 <= target < len(self._photos):
            return
        text = self.tr("Move photo")
        if self.session.push(move_photo(self.session, text, photo_id, row, target)):
            self.reload(keep=photo_id)

    def _save_pending_caption(self) -> None:
        if self._caption_timer.isActive():
            self._caption_edited()

    def _caption_typed(self) -> None:
        """Save the caption a moment after the last key, unless it is refused (leaving the field says why)."""
        if check_photo_field("caption", clean_text(self.caption.text())) is None:
            self._caption_timer.start()
        else:
            self._caption_timer.stop()

    def _caption_left(self) -> None:
        """Enter or the field left: save now and show what is stored (the field's own undo history ends
        here, so Ctrl+Z then takes back the caption as one step of the window's)."""
        self._caption_edited()
        photo_id = self.current_id()
        if not self._loading and photo_id is not None:
            show_stored(self.caption, self.session.store.photos.get(photo_id).caption)

    def _caption_edited(self) -> None:
        self._caption_timer.stop()
        photo_id = self.current_id()
        if self._loading or photo_id is None:
            return
        old = self.session.store.photos.get(photo_id).caption
        new = clean_text(self.caption.text())
        if new != old:
            self.session.push(set_caption(self.session, self.tr("Change the caption"), photo_id, old, new))

    def _phase_chosen(self, index: int) -> None:
        self._save_pending_caption()  # before the list changes under the caption being typed
        photo_id = self.current_id()
        if self._loading or photo_id is None:
            return
        old = self.session.store.photos.get(photo_id).phase
        new = str(self.phase.itemData(index))
        if new != old:
            text = self.tr("Change the photo's phase")
            self.session.push(set_photo_field(self.session, text, photo_id, "phase", old, new))
