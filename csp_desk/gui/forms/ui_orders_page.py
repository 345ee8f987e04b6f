# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'orders_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_OrdersPage(object):
    def setupUi(self, OrdersPage):
        if not OrdersPage.objectName():
            OrdersPage.setObjectName(u"OrdersPage")
        self.pageLayout = QHBoxLayout(OrdersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, -1, 0, -1)
        self.splitter = QSplitter(OrdersPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.search = QLineEdit(self.listPane)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.search)


        self.listLayout.addLayout(self.filterLayout)

        self.stateLayout = QHBoxLayout()
        self.stateLayout.setObjectName(u"stateLayout")
        self.stateFilter = QComboBox(self.listPane)
        self.stateFilter.setObjectName(u"stateFilter")

        self.stateLayout.addWidget(self.stateFilter)

        self.thisClient = QCheckBox(self.listPane)
        self.thisClient.setObjectName(u"thisClient")

        self.stateLayout.addWidget(self.thisClient)

        self.s6 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stateLayout.addItem(self.s6)


        self.listLayout.addLayout(self.stateLayout)

        self.orders = QTableView(self.listPane)
        self.orders.setObjectName(u"orders")
        self.orders.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.orders.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.orders.setAlternatingRowColors(True)
        self.orders.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.orders.setSortingEnabled(True)
        self.orders.setWordWrap(False)

        self.listLayout.addWidget(self.orders)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.startOrder = QPushButton(self.listPane)
        self.startOrder.setObjectName(u"startOrder")

        self.listButtons.addWidget(self.startOrder)

        self.count = QLabel(self.listPane)
        self.count.setObjectName(u"count")

        self.listButtons.addWidget(self.count)

        self.s1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.s1)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPane)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.orderTitle = QLabel(self.detailPane)
        self.orderTitle.setObjectName(u"orderTitle")
        self.orderTitle.setWordWrap(True)

        self.detailLayout.addWidget(self.orderTitle)

        self.orderFacts = QLabel(self.detailPane)
        self.orderFacts.setObjectName(u"orderFacts")
        self.orderFacts.setWordWrap(True)

        self.detailLayout.addWidget(self.orderFacts)

        self.stepRow = QHBoxLayout()
        self.stepRow.setObjectName(u"stepRow")
        self.onLabel = QLabel(self.detailPane)
        self.onLabel.setObjectName(u"onLabel")

        self.stepRow.addWidget(self.onLabel)

        self.on = QDateEdit(self.detailPane)
        self.on.setObjectName(u"on")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(u"yyyy/MM/dd")

        self.stepRow.addWidget(self.on)

        self.steps = QWidget(self.detailPane)
        self.steps.setObjectName(u"steps")
        self.stepsLayout = QHBoxLayout(self.steps)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepsLayout.setContentsMargins(0, 0, 0, 0)

        self.stepRow.addWidget(self.steps)

        self.s2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepRow.addItem(self.s2)

        self.cancelOrder = QPushButton(self.detailPane)
        self.cancelOrder.setObjectName(u"cancelOrder")

        self.stepRow.addWidget(self.cancelOrder)


        self.detailLayout.addLayout(self.stepRow)

        self.followups = QListView(self.detailPane)
        self.followups.setObjectName(u"followups")
        self.followups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.followups.setWordWrap(True)
        self.followups.setMaximumSize(QSize(16777215, 110))

        self.detailLayout.addWidget(self.followups)

        self.tabs = QTabWidget(self.detailPane)
        self.tabs.setObjectName(u"tabs")
        self.applicationsTab = QWidget()
        self.applicationsTab.setObjectName(u"applicationsTab")
        self.applicationsLayout = QVBoxLayout(self.applicationsTab)
        self.applicationsLayout.setObjectName(u"applicationsLayout")
        self.applications = QTableView(self.applicationsTab)
        self.applications.setObjectName(u"applications")
        self.applications.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.applications.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.applications.setAlternatingRowColors(True)
        self.applications.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.applications.setSortingEnabled(False)
        self.applications.setWordWrap(False)

        self.applicationsLayout.addWidget(self.applications)

        self.applicationForm = QHBoxLayout()
        self.applicationForm.setObjectName(u"applicationForm")
        self.applicant = QComboBox(self.applicationsTab)
        self.applicant.setObjectName(u"applicant")
        self.applicant.setEditable(True)
        self.applicant.setMinimumContentsLength(14)

        self.applicationForm.addWidget(self.applicant)

        self.quote = QLineEdit(self.applicationsTab)
        self.quote.setObjectName(u"quote")
        self.quote.setMaxLength(20)

        self.applicationForm.addWidget(self.quote)

        self.offeredDelivery = QLineEdit(self.applicationsTab)
        self.offeredDelivery.setObjectName(u"offeredDelivery")
        self.offeredDelivery.setMaxLength(20)

        self.applicationForm.addWidget(self.offeredDelivery)


        self.applicationsLayout.addLayout(self.applicationForm)

        self.applicationMore = QHBoxLayout()
        self.applicationMore.setObjectName(u"applicationMore")
        self.score = QSpinBox(self.applicationsTab)
        self.score.setObjectName(u"score")
        self.score.setMinimum(0)
        self.score.setMaximum(5)
        self.score.setSpecialValueText(u"\u2013")

        self.applicationMore.addWidget(self.score)

        self.applicationNotes = QLineEdit(self.applicationsTab)
        self.applicationNotes.setObjectName(u"applicationNotes")
        self.applicationNotes.setMaxLength(2000)

        self.applicationMore.addWidget(self.applicationNotes)

        self.addApplication = QPushButton(self.applicationsTab)
        self.addApplication.setObjectName(u"addApplication")

        self.applicationMore.addWidget(self.addApplication)


        self.applicationsLayout.addLayout(self.applicationMore)

        self.selectRow = QHBoxLayout()
        self.selectRow.setObjectName(u"selectRow")
        self.s3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selectRow.addItem(self.s3)

        self.selectApplication = QPushButton(self.applicationsTab)
        self.selectApplication.setObjectName(u"selectApplication")

        self.selectRow.addWidget(self.selectApplication)


        self.applicationsLayout.addLayout(self.selectRow)

        self.tabs.addTab(self.applicationsTab, "")
        self.workTab = QWidget()
        self.workTab.setObjectName(u"workTab")
        self.workLayout = QVBoxLayout(self.workTab)
        self.workLayout.setObjectName(u"workLayout")
        self.contracts = QTableView(self.workTab)
        self.contracts.setObjectName(u"contracts")
        self.contracts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contracts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contracts.setAlternatingRowColors(True)
        self.contracts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contracts.setSortingEnabled(False)
        self.contracts.setWordWrap(False)

        self.workLayout.addWidget(self.contracts)

        self.milestoneRow = QHBoxLayout()
        self.milestoneRow.setObjectName(u"milestoneRow")
        self.milestones = QTableView(self.workTab)
        self.milestones.setObjectName(u"milestones")
        self.milestones.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestones.setAlternatingRowColors(True)
        self.milestones.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.milestones.setMaximumSize(QSize(16777215, 130))

        self.milestoneRow.addWidget(self.milestones)

        self.addMilestone = QPushButton(self.workTab)
        self.addMilestone.setObjectName(u"addMilestone")

        self.milestoneRow.addWidget(self.addMilestone)


        self.workLayout.addLayout(self.milestoneRow)

        self.workNoteRow = QHBoxLayout()
        self.workNoteRow.setObjectName(u"workNoteRow")
        self.workNoteLabel = QLabel(self.workTab)
        self.workNoteLabel.setObjectName(u"workNoteLabel")

        self.workNoteRow.addWidget(self.workNoteLabel)

        self.workNote = QLineEdit(self.workTab)
        self.workNote.setObjectName(u"workNote")
        self.workNote.setMaxLength(2000)

        self.workNoteRow.addWidget(self.workNote)


        self.workLayout.addLayout(self.workNoteRow)

        self.workButtons = QHBoxLayout()
        self.workButtons.setObjectName(u"workButtons")
        self.recordEscrow = QPushButton(self.workTab)
        self.recordEscrow.setObjectName(u"recordEscrow")

        self.workButtons.addWidget(self.recordEscrow)

        self.recordDelivery = QPushButton(self.workTab)
        self.recordDelivery.setObjectName(u"recordDelivery")

        self.workButtons.addWidget(self.recordDelivery)

        self.s9 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workButtons.addItem(self.s9)


        self.workLayout.addLayout(self.workButtons)

        self.changeButtons = QHBoxLayout()
        self.changeButtons.setObjectName(u"changeButtons")
        self.requestRevision = QPushButton(self.workTab)
        self.requestRevision.setObjectName(u"requestRevision")

        self.changeButtons.addWidget(self.requestRevision)

        self.outOfScope = QCheckBox(self.workTab)
        self.outOfScope.setObjectName(u"outOfScope")

        self.changeButtons.addWidget(self.outOfScope)

        self.recordChange = QPushButton(self.workTab)
        self.recordChange.setObjectName(u"recordChange")

        self.changeButtons.addWidget(self.recordChange)

        self.s4 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.changeButtons.addItem(self.s4)


        self.workLayout.addLayout(self.changeButtons)

        self.roundsLabel = QLabel(self.workTab)
        self.roundsLabel.setObjectName(u"roundsLabel")

        self.workLayout.addWidget(self.roundsLabel)

        self.tabs.addTab(self.workTab, "")
        self.moneyTab = QWidget()
        self.moneyTab.setObjectName(u"moneyTab")
        self.moneyLayout = QVBoxLayout(self.moneyTab)
        self.moneyLayout.setObjectName(u"moneyLayout")
        self.payments = QTableView(self.moneyTab)
        self.payments.setObjectName(u"payments")
        self.payments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.payments.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.payments.setAlternatingRowColors(True)
        self.payments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.payments.setSortingEnabled(False)
        self.payments.setWordWrap(False)

        self.moneyLayout.addWidget(self.payments)

        self.paymentButtons = QHBoxLayout()
        self.paymentButtons.setObjectName(u"paymentButtons")
        self.recordPayment = QPushButton(self.moneyTab)
        self.recordPayment.setObjectName(u"recordPayment")

        self.paymentButtons.addWidget(self.recordPayment)

        self.recordRemittance = QPushButton(self.moneyTab)
        self.recordRemittance.setObjectName(u"recordRemittance")

        self.paymentButtons.addWidget(self.recordRemittance)

        self.s5 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paymentButtons.addItem(self.s5)


        self.moneyLayout.addLayout(self.paymentButtons)

        self.ratingTitle = QLabel(self.moneyTab)
        self.ratingTitle.setObjectName(u"ratingTitle")

        self.moneyLayout.addWidget(self.ratingTitle)

        self.ratingRow = QGridLayout()
        self.ratingRow.setObjectName(u"ratingRow")
        self.qualityLabel = QLabel(self.moneyTab)
        self.qualityLabel.setObjectName(u"qualityLabel")

        self.ratingRow.addWidget(self.qualityLabel, 0, 0, 1, 1)

        self.quality = QSpinBox(self.moneyTab)
        self.quality.setObjectName(u"quality")
        self.quality.setMinimum(1)
        self.quality.setMaximum(5)
        self.quality.setValue(5)

        self.ratingRow.addWidget(self.quality, 0, 1, 1, 1)

        self.scheduleLabel = QLabel(self.moneyTab)
        self.scheduleLabel.setObjectName(u"scheduleLabel")

        self.ratingRow.addWidget(self.scheduleLabel, 0, 2, 1, 1)

        self.schedule = QSpinBox(self.moneyTab)
        self.schedule.setObjectName(u"schedule")
        self.schedule.setMinimum(1)
        self.schedule.setMaximum(5)
        self.schedule.setValue(5)

        self.ratingRow.addWidget(self.schedule, 0, 3, 1, 1)

        self.communicationLabel = QLabel(self.moneyTab)
        self.communicationLabel.setObjectName(u"communicationLabel")

        self.ratingRow.addWidget(self.communicationLabel, 0, 4, 1, 1)

        self.communication = QSpinBox(self.moneyTab)
        self.communication.setObjectName(u"communication")
        self.communication.setMinimum(1)
        self.communication.setMaximum(5)
        self.communication.setValue(5)

        self.ratingRow.addWidget(self.communication, 0, 5, 1, 1)

        self.skillLabel = QLabel(self.moneyTab)
        self.skillLabel.setObjectName(u"skillLabel")

        self.ratingRow.addWidget(self.skillLabel, 1, 0, 1, 1)

        self.skill = QSpinBox(self.moneyTab)
        self.skill.setObjectName(u"skill")
        self.skill.setMinimum(1)
        self.skill.setMaximum(5)
        self.skill.setValue(5)

        self.ratingRow.addWidget(self.skill, 1, 1, 1, 1)

        self.partnershipLabel = QLabel(self.moneyTab)
        self.partnershipLabel.setObjectName(u"partnershipLabel")

        self.ratingRow.addWidget(self.partnershipLabel, 1, 2, 1, 1)

        self.partnership = QSpinBox(self.moneyTab)
        self.partnership.setObjectName(u"partnership")
        self.partnership.setMinimum(1)
        self.partnership.setMaximum(5)
        self.partnership.setValue(5)

        self.ratingRow.addWidget(self.partnership, 1, 3, 1, 1)

        self.s7 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ratingRow.addItem(self.s7, 0, 6, 1, 1)


        self.moneyLayout.addLayout(self.ratingRow)

        self.ratingCommentRow = QHBoxLayout()
        self.ratingCommentRow.setObjectName(u"ratingCommentRow")
        self.ratingComment = QLineEdit(self.moneyTab)
        self.ratingComment.setObjectName(u"ratingComment")
        self.ratingComment.setMaxLength(2000)

        self.ratingCommentRow.addWidget(self.ratingComment)

        self.rate = QPushButton(self.moneyTab)
        self.rate.setObjectName(u"rate")

        self.ratingCommentRow.addWidget(self.rate)


        self.moneyLayout.addLayout(self.ratingCommentRow)

        self.tabs.addTab(self.moneyTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsLayout = QVBoxLayout(self.contactsTab)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contacts = QTableView(self.contactsTab)
        self.contacts.setObjectName(u"contacts")
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts.setAlternatingRowColors(True)
        self.contacts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts.setSortingEnabled(False)
        self.contacts.setWordWrap(False)

        self.contactsLayout.addWidget(self.contacts)

        self.contactForm = QHBoxLayout()
        self.contactForm.setObjectName(u"contactForm")
        self.contactParty = QComboBox(self.contactsTab)
        self.contactParty.setObjectName(u"contactParty")

        self.contactForm.addWidget(self.contactParty)

        self.contactDirection = QComboBox(self.contactsTab)
        self.contactDirection.setObjectName(u"contactDirection")

        self.contactForm.addWidget(self.contactDirection)

        self.contactChannel = QComboBox(self.contactsTab)
        self.contactChannel.setObjectName(u"contactChannel")
        self.contactChannel.setEditable(True)

        self.contactForm.addWidget(self.contactChannel)

        self.s8 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactForm.addItem(self.s8)


        self.contactsLayout.addLayout(self.contactForm)

        self.contactSummaryRow = QHBoxLayout()
        self.contactSummaryRow.setObjectName(u"contactSummaryRow")
        self.contactSummary = QLineEdit(self.contactsTab)
        self.contactSummary.setObjectName(u"contactSummary")
        self.contactSummary.setMaxLength(2000)

        self.contactSummaryRow.addWidget(self.contactSummary)

        self.addContact = QPushButton(self.contactsTab)
        self.addContact.setObjectName(u"addContact")

        self.contactSummaryRow.addWidget(self.addContact)


        self.contactsLayout.addLayout(self.contactSummaryRow)

        self.tabs.addTab(self.contactsTab, "")
        self.troublesTab = QWidget()
        self.troublesTab.setObjectName(u"troublesTab")
        self.troublesLayout = QVBoxLayout(self.troublesTab)
        self.troublesLayout.setObjectName(u"troublesLayout")
        self.troubles = QTableView(self.troublesTab)
        self.troubles.setObjectName(u"troubles")
        self.troubles.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.troubles.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.troubles.setAlternatingRowColors(True)
        self.troubles.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.troubles.setSortingEnabled(False)
        self.troubles.setWordWrap(False)

        self.troublesLayout.addWidget(self.troubles)

        self.troubleKindRow = QHBoxLayout()
        self.troubleKindRow.setObjectName(u"troubleKindRow")
        self.troubleCategory = QComboBox(self.troublesTab)
        self.troubleCategory.setObjectName(u"troubleCategory")

        self.troubleKindRow.addWidget(self.troubleCategory)

        self.s10 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.troubleKindRow.addItem(self.s10)


        self.troublesLayout.addLayout(self.troubleKindRow)

        self.troubleForm = QHBoxLayout()
        self.troubleForm.setObjectName(u"troubleForm")
        self.troubleDescription = QLineEdit(self.troublesTab)
        self.troubleDescription.setObjectName(u"troubleDescription")
        self.troubleDescription.setMaxLength(2000)

        self.troubleForm.addWidget(self.troubleDescription)

        self.openTrouble = QPushButton(self.troublesTab)
        self.openTrouble.setObjectName(u"openTrouble")

        self.troubleForm.addWidget(self.openTrouble)


        self.troublesLayout.addLayout(self.troubleForm)

        self.troubleResolveRow = QHBoxLayout()
        self.troubleResolveRow.setObjectName(u"troubleResolveRow")
        self.troubleActions = QLineEdit(self.troublesTab)
        self.troubleActions.setObjectName(u"troubleActions")
        self.troubleActions.setMaxLength(2000)

        self.troubleResolveRow.addWidget(self.troubleActions)

        self.resolveTrouble = QPushButton(self.troublesTab)
        self.resolveTrouble.setObjectName(u"resolveTrouble")

        self.troubleResolveRow.addWidget(self.resolveTrouble)


        self.troublesLayout.addLayout(self.troubleResolveRow)

        self.tabs.addTab(self.troublesTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.history = QTableView(self.historyTab)
        self.history.setObjectName(u"history")
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setAlternatingRowColors(True)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(True)

        self.historyLayout.addWidget(self.history)

        self.historyButtons = QHBoxLayout()
        self.historyButtons.setObjectName(u"historyButtons")
        self.historyHint = QLabel(self.historyTab)
        self.historyHint.setObjectName(u"historyHint")
        self.historyHint.setWordWrap(True)

        self.historyButtons.addWidget(self.historyHint)

        self.exportRecord = QPushButton(self.historyTab)
        self.exportRecord.setObjectName(u"exportRecord")

        self.historyButtons.addWidget(self.exportRecord)


        self.historyLayout.addLayout(self.historyButtons)

        self.tabs.addTab(self.historyTab, "")

        self.detailLayout.addWidget(self.tabs)

        self.splitter.addWidget(self.detailPane)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.onLabel.setBuddy(self.on)
        self.workNoteLabel.setBuddy(self.workNote)
        self.qualityLabel.setBuddy(self.quality)
        self.scheduleLabel.setBuddy(self.schedule)
        self.communicationLabel.setBuddy(self.communication)
        self.skillLabel.setBuddy(self.skill)
        self.partnershipLabel.setBuddy(self.partnership)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrdersPage)

        QMetaObject.connectSlotsByName(OrdersPage)
    # setupUi

    def retranslateUi(self, OrdersPage):
        self.search.setPlaceholderText(QCoreApplication.translate("OrdersPage", u"Search by work title", None))
        self.thisClient.setText(QCoreApplication.translate("OrdersPage", u"This client only", None))
        self.startOrder.setText(QCoreApplication.translate("OrdersPage", u"Follow a work item\u2026", None))
        self.count.setText("")
        self.orderTitle.setText(QCoreApplication.translate("OrdersPage", u"Choose an order", None))
        self.orderFacts.setText("")
        self.onLabel.setText(QCoreApplication.translate("OrdersPage", u"Date", None))
        self.cancelOrder.setText(QCoreApplication.translate("OrdersPage", u"Cancel the order\u2026", None))
        self.quote.setPlaceholderText(QCoreApplication.translate("OrdersPage", u"Quote (yen)", None))
        self.offeredDelivery.setPlaceholderText(QCoreApplication.translate("OrdersPage", u"Delivery (yyyy/mm/dd)", None))
        self.applicationNotes.setPlaceholderText(QCoreApplication.translate("OrdersPage", u"Notes", None))
        self.addApplication.setText(QCoreApplication.translate("OrdersPage", u"Add", None))
        self.selectApplication.setText(QCoreApplication.translate("OrdersPage", u"Choose and contract\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.applicationsTab), QCoreApplication.translate("OrdersPage", u"Applications", None))
        self.addMilestone.setText(QCoreApplication.translate("OrdersPage", u"Add a milestone\u2026", None))
        self.workNoteLabel.setText(QCoreApplication.translate("OrdersPage", u"What was asked or changed", None))
        self.recordEscrow.setText(QCoreApplication.translate("OrdersPage", u"Escrow paid", None))
        self.recordDelivery.setText(QCoreApplication.translate("OrdersPage", u"Delivered", None))
        self.requestRevision.setText(QCoreApplication.translate("OrdersPage", u"Ask for a revision", None))
        self.outOfScope.setText(QCoreApplication.translate("OrdersPage", u"Beyond the order", None))
        self.recordChange.setText(QCoreApplication.translate("OrdersPage", u"Record a change\u2026", None))
        self.roundsLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.workTab), QCoreApplication.translate("OrdersPage", u"Work", None))
        self.recordPayment.setText(QCoreApplication.translate("OrdersPage", u"Paid", None))
        self.recordRemittance.setText(QCoreApplication.translate("OrdersPage", u"Withheld tax paid to the tax office", None))
        self.ratingTitle.setText(QCoreApplication.translate("OrdersPage", u"Rating (1\u20135)", None))
        self.qualityLabel.setText(QCoreApplication.translate("OrdersPage", u"Quality", None))
        self.scheduleLabel.setText(QCoreApplication.translate("OrdersPage", u"Schedule", None))
        self.communicationLabel.setText(QCoreApplication.translate("OrdersPage", u"Communication", None))
        self.skillLabel.setText(QCoreApplication.translate("OrdersPage", u"Skill", None))
        self.partnershipLabel.setText(QCoreApplication.translate("OrdersPage", u"Partnership", None))
        self.ratingComment.setPlaceholderText(QCoreApplication.translate("OrdersPage", u"Comment", None))
        self.rate.setText(QCoreApplication.translate("OrdersPage", u"Rate", None))
        self.tabs.setTabText(self.tabs.indexOf(self.moneyTab), QCoreApplication.translate("OrdersPage", u"Payment and rating", None))
        self.contactSummary.setPlaceholderText(QCoreApplication.translate("OrdersPage", u"What was said", None))
        self.addContact.setText(QCoreApplication.translate("OrdersPage", u"Add", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactsTab), QCoreApplication.translate("OrdersPage", u"Contact log", None))
        self.troubleDescription.setPlaceholderText(QCoreApplication.translate("OrdersPage", u"What happened", None))
        self.openTrouble.setText(QCoreApplication.translate("OrdersPage", u"Record", None))
        self.troubleActions.setPlaceholderText(QCoreApplication.translate("OrdersPage", u"What was done", None))
        self.resolveTrouble.setText(QCoreApplication.translate("OrdersPage", u"Mark resolved", None))
        self.tabs.setTabText(self.tabs.indexOf(self.troublesTab), QCoreApplication.translate("OrdersPage", u"Troubles", None))
        self.historyHint.setText(QCoreApplication.translate("OrdersPage", u"Every change to this order, its contracts, payments, ratings and posting, as the law asks to keep them.", None))
        self.exportRecord.setText(QCoreApplication.translate("OrdersPage", u"Export the order record\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("OrdersPage", u"History", None))
        pass
    # retranslateUi

