"""Tabs whose titles are always shown whole: a tab bar where the titles fit, a drop-down list
of the same titles where they do not (at 1024 px the Translate page's four side tabs hid
behind scroll arrows, "Glossai" cut in the middle)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QFrame, QStackedWidget, QTabBar, QVBoxLayout, QWidget


class AdaptiveTabs(QWidget):
    """The part of QTabWidget's interface the pages use (addTab, setTabText, setTabToolTip,
    setCurrentIndex, setCurrentWidget, currentIndex, currentWidget, widget, indexOf, count,
    tabText, tabBar, currentChanged)."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QTabBar()
        self.bar.setExpanding(False)
        self.bar.setDrawBase(False)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(8)
        self.combo.hide()
        self.stack = QStackedWidget()
        self.stack.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(self.combo)
        layout.addWidget(self.stack, 1)
        self.bar.currentChanged.connect(self.setCurrentIndex)
        self.combo.currentIndexChanged.connect(self.setCurrentIndex)

    def addTab(self, widget: QWidget, title: str) -> int:
        index = self.stack.addWidget(widget)
        self.bar.addTab(title)
        self.combo.addItem(title)
        self._fit()
        return index

    def setTabText(self, index: int, title: str) -> None:
        self.bar.setTabText(index, title)
        self.combo.setItemText(index, title)
        self._fit()

    def tabText(self, index: int) -> str:
        return self.bar.tabText(index)

    def setTabToolTip(self, index: int, tip: str) -> None:
        self.bar.setTabToolTip(index, tip)
        self.combo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)

    def tabBar(self) -> QTabBar:
        """The tab bar (hidden while the titles are in the drop-down list, ``self.combo``)."""
        return self.bar

    def widget(self, index: int) -> QWidget | None:
        return self.stack.widget(index)

    def indexOf(self, widget: QWidget) -> int:
        return self.stack.indexOf(widget)

    def setCurrentWidget(self, widget: QWidget) -> None:
        self.setCurrentIndex(self.stack.indexOf(widget))

    def count(self) -> int:
        return self.stack.count()

    def currentIndex(self) -> int:
        return self.stack.currentIndex()

    def currentWidget(self) -> QWidget:
        return self.stack.currentWidget()

    def setCurrentIndex(self, index: int) -> None:
        if index < 0 or index >= self.count():
            return
        changed = index != self.stack.currentIndex()
        for switch in (self.bar, self.combo):
            switch.blockSignals(True)
            switch.setCurrentIndex(index)
            switch.blockSignals(False)
        self.stack.setCurrentIndex(index)
        if changed:
            self.currentChanged.emit(index)

    @property
    def compact(self) -> bool:
        """True while the titles are in the drop-down list."""
        return not self.combo.isHidden()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        narrow = self.bar.sizeHint().width() > self.width()
        self.bar.setHidden(narrow)
        self.combo.setHidden(not narrow)
