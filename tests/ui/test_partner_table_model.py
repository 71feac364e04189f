"""PartnerTableModel without a window: Qt's model checks, paging, queries."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt

from collabdesk.domain.enums import PartnerKind
from collabdesk.services.partner_directory import PartnerDirectory, PartnerQuery
from collabdesk.ui.partners.partner_table_model import PAGE_SIZE, PartnerTableModel


@pytest.fixture
def directory(db) -> Iterator[PartnerDirectory]:
    directory = PartnerDirectory.for_sqlite_file(db.sqlite_path)
    yield directory
    directory.close()


def test_qtmodeltester_on_demo_data(qtmodeltester, demo_db, directory) -> None:
    model = PartnerTableModel(directory)
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_qtmodeltester_while_paging(qtmodeltester, db, add_partners, directory) -> None:
    add_partners([f"P{i:04}" for i in range(250)])
    model = PartnerTableModel(directory)
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    model.set_query(PartnerQuery(text="P01"))
    qtmodeltester.check(model)


def test_empty_model_without_directory(qtmodeltester) -> None:
    model = PartnerTableModel(None)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_fetch_more_pages_of_200(db, add_partners, directory) -> None:
    add_partners([f"Partner {i:04}" for i in range(450)])
    model = PartnerTableModel(directory)
    assert PAGE_SIZE == 200
    assert model.total == 450 and model.total_exact and model.alphabetical
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    rows = [model.data(model.index(r, 0)) for r in range(450)]
    assert rows == [f"Partner {i:04}" for i in range(450)]  # no gaps, no repeats


def test_set_query_resets_and_labels_are_translated(db, add_partners, directory) -> None:
    add_partners(["Галерея"], kind=PartnerKind.ARTIST)
    add_partners(["Газета"], kind=PartnerKind.MEDIA)
    model = PartnerTableModel(directory)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_query(PartnerQuery(kind=PartnerKind.MEDIA))
    assert resets == [True]
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Газета"
    assert model.data(model.index(0, 1)) == "Media"
    assert model.data(model.index(0, 0), PartnerTableModel.PARTNER_ID_ROLE) == model.partner_id(0)
    titles = model.header_titles
    headers = [titles.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Name", "Kind", "Status", "City", "E-mail"]
    assert titles.columnCount() == model.columnCount()
