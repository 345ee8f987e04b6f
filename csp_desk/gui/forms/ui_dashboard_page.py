# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, -1, 0, -1)
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.thisClient = QCheckBox(DashboardPage)
        self.thisClient.setObjectName(u"thisClient")

        self.filterRow.addWidget(self.thisClient)

        self.s0 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.s0)

        self.updated = QLabel(DashboardPage)
        self.updated.setObjectName(u"updated")

        self.filterRow.addWidget(self.updated)

        self.refresh = QPushButton(DashboardPage)
        self.refresh.setObjectName(u"refresh")

        self.filterRow.addWidget(self.refresh)


        self.pageLayout.addLayout(self.filterRow)

        self.kpiRow = QHBoxLayout()
        self.kpiRow.setObjectName(u"kpiRow")
        self.lateBox = QFrame(DashboardPage)
        self.lateBox.setObjectName(u"lateBox")
        self.lateBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.lateLayout = QVBoxLayout(self.lateBox)
        self.lateLayout.setObjectName(u"lateLayout")
        self.lateTitle = QLabel(self.lateBox)
        self.lateTitle.setObjectName(u"lateTitle")
        self.lateTitle.setWordWrap(True)

        self.lateLayout.addWidget(self.lateTitle)

        self.late = QLabel(self.lateBox)
        self.late.setObjectName(u"late")
        self.late.setText(u"\u2013")

        self.lateLayout.addWidget(self.late)


        self.kpiRow.addWidget(self.lateBox)

        self.dueSoonBox = QFrame(DashboardPage)
        self.dueSoonBox.setObjectName(u"dueSoonBox")
        self.dueSoonBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.dueSoonLayout = QVBoxLayout(self.dueSoonBox)
        self.dueSoonLayout.setObjectName(u"dueSoonLayout")
        self.dueSoonTitle = QLabel(self.dueSoonBox)
        self.dueSoonTitle.setObjectName(u"dueSoonTitle")
        self.dueSoonTitle.setWordWrap(True)

        self.dueSoonLayout.addWidget(self.dueSoonTitle)

        self.dueSoon = QLabel(self.dueSoonBox)
        self.dueSoon.setObjectName(u"dueSoon")
        self.dueSoon.setText(u"\u2013")

        self.dueSoonLayout.addWidget(self.dueSoon)


        self.kpiRow.addWidget(self.dueSoonBox)

        self.unpaidBox = QFrame(DashboardPage)
        self.unpaidBox.setObjectName(u"unpaidBox")
        self.unpaidBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.unpaidLayout = QVBoxLayout(self.unpaidBox)
        self.unpaidLayout.setObjectName(u"unpaidLayout")
        self.unpaidTitle = QLabel(self.unpaidBox)
        self.unpaidTitle.setObjectName(u"unpaidTitle")
        self.unpaidTitle.setWordWrap(True)

        self.unpaidLayout.addWidget(self.unpaidTitle)

        self.unpaid = QLabel(self.unpaidBox)
        self.unpaid.setObjectName(u"unpaid")
        self.unpaid.setText(u"\u2013")

        self.unpaidLayout.addWidget(self.unpaid)


        self.kpiRow.addWidget(self.unpaidBox)

        self.escrowBox = QFrame(DashboardPage)
        self.escrowBox.setObjectName(u"escrowBox")
        self.escrowBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.escrowLayout = QVBoxLayout(self.escrowBox)
        self.escrowLayout.setObjectName(u"escrowLayout")
        self.escrowTitle = QLabel(self.escrowBox)
        self.escrowTitle.setObjectName(u"escrowTitle")
        self.escrowTitle.setWordWrap(True)

        self.escrowLayout.addWidget(self.escrowTitle)

        self.escrow = QLabel(self.escrowBox)
        self.escrow.setObjectName(u"escrow")
        self.escrow.setText(u"\u2013")

        self.escrowLayout.addWidget(self.escrow)


        self.kpiRow.addWidget(self.escrowBox)

        self.waitingBox = QFrame(DashboardPage)
        self.waitingBox.setObjectName(u"waitingBox")
        self.waitingBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.waitingLayout = QVBoxLayout(self.waitingBox)
        self.waitingLayout.setObjectName(u"waitingLayout")
        self.waitingTitle = QLabel(self.waitingBox)
        self.waitingTitle.setObjectName(u"waitingTitle")
        self.waitingTitle.setWordWrap(True)

        self.waitingLayout.addWidget(self.waitingTitle)

        self.waiting = QLabel(self.waitingBox)
        self.waiting.setObjectName(u"waiting")
        self.waiting.setText(u"\u2013")
        self.waiting.setWordWrap(True)

        self.waitingLayout.addWidget(self.waiting)


        self.kpiRow.addWidget(self.waitingBox)


        self.pageLayout.addLayout(self.kpiRow)

        self.chartRow = QHBoxLayout()
        self.chartRow.setObjectName(u"chartRow")
        self.statesChart = QWidget(DashboardPage)
        self.statesChart.setObjectName(u"statesChart")
        self.statesChart.setMinimumSize(QSize(250, 240))

        self.chartRow.addWidget(self.statesChart)

        self.spendChart = QWidget(DashboardPage)
        self.spendChart.setObjectName(u"spendChart")
        self.spendChart.setMinimumSize(QSize(250, 240))

        self.chartRow.addWidget(self.spendChart)

        self.revisionsChart = QWidget(DashboardPage)
        self.revisionsChart.setObjectName(u"revisionsChart")
        self.revisionsChart.setMinimumSize(QSize(250, 240))

        self.chartRow.addWidget(self.revisionsChart)


        self.pageLayout.addLayout(self.chartRow)

        self.tableRow = QHBoxLayout()
        self.tableRow.setObjectName(u"tableRow")
        self.lateColumn = QVBoxLayout()
        self.lateColumn.setObjectName(u"lateColumn")
        self.lateListLabel = QLabel(DashboardPage)
        self.lateListLabel.setObjectName(u"lateListLabel")

        self.lateColumn.addWidget(self.lateListLabel)

        self.alerts = QTableView(DashboardPage)
        self.alerts.setObjectName(u"alerts")
        self.alerts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.alerts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.alerts.setAlternatingRowColors(True)
        self.alerts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.alerts.setSortingEnabled(False)
        self.alerts.setWordWrap(False)

        self.lateColumn.addWidget(self.alerts)


        self.tableRow.addLayout(self.lateColumn)

        self.budgetColumn = QVBoxLayout()
        self.budgetColumn.setObjectName(u"budgetColumn")
        self.budgetLabel = QLabel(DashboardPage)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.budgetColumn.addWidget(self.budgetLabel)

        self.budgets = QTableView(DashboardPage)
        self.budgets.setObjectName(u"budgets")
        self.budgets.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.budgets.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.budgets.setAlternatingRowColors(True)
        self.budgets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.budgets.setSortingEnabled(False)
        self.budgets.setWordWrap(False)

        self.budgetColumn.addWidget(self.budgets)


        self.tableRow.addLayout(self.budgetColumn)


        self.pageLayout.addLayout(self.tableRow)


        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.thisClient.setText(QCoreApplication.translate("DashboardPage", u"This client only", None))
        self.updated.setText("")
        self.refresh.setText(QCoreApplication.translate("DashboardPage", u"Refresh", None))
        self.lateTitle.setText(QCoreApplication.translate("DashboardPage", u"Late", None))
        self.dueSoonTitle.setText(QCoreApplication.translate("DashboardPage", u"Payments due within 14 days", None))
        self.unpaidTitle.setText(QCoreApplication.translate("DashboardPage", u"Unpaid (net)", None))
        self.escrowTitle.setText(QCoreApplication.translate("DashboardPage", u"Held in escrow", None))
        self.waitingTitle.setText(QCoreApplication.translate("DashboardPage", u"Waiting on", None))
        self.lateListLabel.setText(QCoreApplication.translate("DashboardPage", u"Late and due soon", None))
        self.budgetLabel.setText(QCoreApplication.translate("DashboardPage", u"Budget and contracted, per client", None))
        pass
    # retranslateUi

