"""The ROI page: a few figures for executives, each saying how it was computed; the weekly
trend; the leads handed to sales, which sales marks won or lost; the costs IT or a manager set."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.identity.access import Actor
from app.reports import roi
from app.reports.figures import Figure
from app.reports.roi import RoiPage
from app.session.console import Console
from ui.reports.charts import ChartPanel, CopyTable, TableModel
from ui.theme.apply import themed
from ui.theme.colours import SERIES_LIGHT
from ui.widgets.accessible import describe
from ui.widgets.tasks import describe_error, run_blocking


class RoiView(QScrollArea):
    def __init__(
        self,
        console: Console,
        parent: QWidget | None = None,
        *,
        on_status: Callable[[str], None] | None = None,
        on_changed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.console = console
        self.on_status = on_status or (lambda _t: None)
        self.on_changed = on_changed or (lambda: None)
        self.page: RoiPage | None = None
        self.setObjectName("roiView")
        describe(
            self,
            self.tr("What social customer care saved and earned in the period"),
            self.tr("Return on investment"),
        )
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        lay = QVBoxLayout(body)
        self.heading = QLabel(self.tr("Return on investment"))
        f = self.heading.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        self.heading.setFont(f)
        lay.addWidget(self.heading)
        self.cards = QGridLayout()
        lay.addLayout(self.cards)
        self.trend = ChartPanel(
            Figure("roi_weekly", "Complaints resolved on social, per week", "bar", [], []),
            on_status=self.on_status,
        )
        self.trend.setMinimumHeight(280)
        lay.addWidget(self.trend)
        leads_box = QGroupBox(self.tr("Leads handed to sales"))
        leads_lay = QVBoxLayout(leads_box)
        self.lead_model = TableModel(self)
        self.leads = CopyTable(self.lead_model)
        self.leads.setObjectName("roiLeads")
        self.leads.setMinimumHeight(160)
        leads_lay.addWidget(self.leads)
        self.no_leads = QLabel(self.tr("No conversation reached a sales team in this period."))
        self.no_leads.setObjectName("roiNoLeads")
        themed(self.no_leads, "color: $(muted);")
        leads_lay.addWidget(self.no_leads)
        row = QHBoxLayout()
        self.won_button = QPushButton(self.tr("Mark won…"))
        self.won_button.setObjectName("roiMarkWon")
        self.lost_button = QPushButton(self.tr("Mark lost"))
        self.lost_button.setObjectName("roiMarkLost")
        row.addWidget(self.won_button)
        row.addWidget(self.lost_button)
        row.addStretch(1)
        leads_lay.addLayout(row)
        lay.addWidget(leads_box)
        self.costs_box = QGroupBox(
            self.tr("What a contact costs elsewhere (set by IT or a manager)")
        )
        form = QFormLayout(self.costs_box)
        self.cost_phone = QDoubleSpinBox()
        self.cost_phone.setObjectName("roiCostPhone")
        self.cost_email = QDoubleSpinBox()
        self.cost_email.setObjectName("roiCostEmail")
        for box in (self.cost_phone, self.cost_email):
            box.setRange(0, 10_000)
            box.setDecimals(2)
        self.phone_share = QDoubleSpinBox()
        self.phone_share.setObjectName("roiPhoneShare")
        self.phone_share.setRange(0, 100)
        self.phone_share.setSuffix(" %")
        self.currency = QLineEdit()
        self.currency.setMaxLength(8)
        self.save_costs = QPushButton(self.tr("Save costs"))
        self.save_costs.setObjectName("roiSaveCosts")
        describe(self.won_button, self.tr("Records the picked lead as a sale, with its value"))
        describe(self.lost_button, self.tr("Records the picked lead as lost"))
        describe(self.cost_phone, self.tr("What one phone call to the contact centre costs"))
        describe(self.cost_email, self.tr("What one e-mail to the contact centre costs"))
        describe(
            self.phone_share,
            self.tr("Of the customers answered on social, how many would have called instead"),
        )
        describe(
            self.currency,
            self.tr("The currency the costs are in, e.g. EUR"),
            self.tr("Currency"),
        )
        describe(self.save_costs, self.tr("Keeps these costs for everyone's reports"))
        form.addRow(self.tr("Cost of a phone contact"), self.cost_phone)
        form.addRow(self.tr("Cost of an e-mail contact"), self.cost_email)
        form.addRow(self.tr("Share that would have called"), self.phone_share)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow("", self.save_costs)
        lay.addWidget(self.costs_box)
        lay.addStretch(1)
        self.won_button.clicked.connect(self._mark_won)
        self.lost_button.clicked.connect(lambda: self._mark("lost", None))
        self.save_costs.clicked.connect(self._save_costs)

    def set_actor(self, actor: Actor) -> None:
        self.costs_box.setEnabled(roi.may_set_costs(actor))
        if not roi.may_set_costs(actor):
            self.costs_box.setToolTip(self.tr("Only IT or a manager sets the costs."))

    def set_page(self, page: RoiPage) -> None:
        self.page = page
        self.heading.setText(
            self.tr("Return on investment · {label}").format(label=page.period.label())
        )
        while self.cards.count():
            item = self.cards.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for i, fig in enumerate(page.figures):
            card = QFrame()
            card.setObjectName("roiCard")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            c = QVBoxLayout(card)
            title = QLabel(fig.title)
            themed(title, "color: $(muted);")
            value = QLabel(fig.value)
            vf = value.font()
            vf.setPointSizeF(vf.pointSizeF() * 1.6)
            vf.setBold(True)
            value.setFont(vf)
            how = QLabel(fig.how)
            how.setObjectName("roiHow")
            how.setWordWrap(True)
            themed(how, "color: $(secondary);")
            for w in (title, value, how):
                w.setTextFormat(Qt.TextFormat.PlainText)
                c.addWidget(w)
            card.setAccessibleName(f"{fig.title}: {fig.value}. {fig.how}")
            self.cards.addWidget(card, i // 4, i % 4)
        c = page.settings.currency
        self.trend.set_spec(
            Figure(
                "roi_weekly",
                "Complaints resolved on social, per week",
                "bar",
                [w for w, _n, _v in page.weekly],
                [("Complaints resolved", [float(n) for _w, n, _v in page.weekly])],
                note=f"Each at {page.settings.cost_per_contact:.2f} {c} avoided: "
                + ", ".join(f"{w}: {v:,.2f} {c}" for w, _n, v in page.weekly),
                category_title="Week from",
                colours=[SERIES_LIGHT[2]],
            )
        )
        self.lead_model.set_table(
            ["Conversation", "Customer", "Reached sales", "Outcome", "Value"],
            [
                [
                    str(lead.conversation_id),
                    lead.customer,
                    lead.handed_at,
                    lead.outcome,
                    f"{lead.value:,.2f} {c}" if lead.value is not None else "—",
                ]
                for lead in page.leads
            ],
        )
        self.no_leads.setVisible(not page.leads)
        self.leads.setVisible(bool(page.leads))
        self.won_button.setEnabled(bool(page.leads))
        self.lost_button.setEnabled(bool(page.leads))
        s = page.settings
        self.cost_phone.setValue(s.cost_phone)
        self.cost_email.setValue(s.cost_email)
        self.phone_share.setValue(s.phone_share * 100)
        self.currency.setText(s.currency)

    def _selected_lead(self) -> int | None:
        rows = self.leads.selectionModel().selectedRows()
        if not rows or self.page is None:
            self.on_status("Choose a lead in the table first.")
            return None
        return self.page.leads[rows[0].row()].conversation_id

    def _mark_won(self) -> None:
        cid = self._selected_lead()
        if cid is None:
            return
        value, ok = QInputDialog.getDouble(self, "Lead won", "Value of the sale:", 0, 0, 1e9, 2)
        if ok:
            self._mark("won", value, cid)

    @asyncSlot()
    async def _mark(self, outcome: str, value: float | None, cid: int | None = None) -> None:
        cid = cid or self._selected_lead()
        if cid is None:
            return
        try:
            await run_blocking(self._mark_now, cid, outcome, value)
        except Exception as exc:  # noqa: BLE001 - in words
            self.on_status(describe_error(exc))
            return
        self.on_status(f"Lead {cid} marked {outcome}.")
        self.on_changed()

    def _mark_now(self, cid: int, outcome: str, value: float | None) -> None:
        with self.console.factory() as s, s.begin():
            roi.mark_lead(s, self.console.actor, cid, outcome, value)

    @asyncSlot()
    async def _save_costs(self) -> None:
        args = (
            self.cost_phone.value(),
            self.cost_email.value(),
            self.phone_share.value() / 100,
            self.currency.text(),
        )
        try:
            await run_blocking(self._save_now, *args)
        except Exception as exc:  # noqa: BLE001 - in words
            self.on_status(describe_error(exc))
            return
        self.on_status("Costs saved; the ROI figures use them now.")
        self.on_changed()

    def _save_now(self, phone: float, email: float, share: float, currency: str) -> None:
        with self.console.factory() as s, s.begin():
            roi.set_costs(
                s,
                self.console.actor,
                cost_phone=phone,
                cost_email=email,
                phone_share=share,
                currency=currency,
            )
