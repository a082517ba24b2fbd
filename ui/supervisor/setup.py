"""The supervisor's set-up tab: services, counters, staff, devices, hall settings, the
satisfaction questions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from ui.base import Retranslating
from ui.client import HallClient
from ui.supervisor.setup_hall import HallSection
from ui.supervisor.setup_indices import IndicesSection
from ui.supervisor.setup_parts import SetupSection
from ui.supervisor.setup_people import DevicesSection, StaffSection
from ui.supervisor.setup_services import CountersSection, ServicesSection


class SetupPage(Retranslating, QTabWidget):
    """One tab per kind of set-up; each reloads from the snapshot after every change."""

    def __init__(self, client: HallClient, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.services = ServicesSection(client, lang)
        self.counters = CountersSection(client, lang)
        self.staff = StaffSection(client, lang)
        self.devices = DevicesSection(client, lang)
        self.hall = HallSection(client, lang)
        self.indices = IndicesSection(client, lang)
        self.sections: list[SetupSection] = [self.services, self.counters, self.staff,
                                             self.devices, self.hall, self.indices]
        for s in self.sections:
            self.addTab(s, "")
        self.tabBar().setUsesScrollButtons(False)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for i, text in enumerate([self.tr("Services"), self.tr("Counters"), self.tr("Staff"),
                                  self.tr("Devices"), self.tr("Hall settings"),
                                  self.tr("Satisfaction questions")]):
            self.setTabText(i, text)

    def reload(self) -> None:
        for s in self.sections:
            s.reload()
