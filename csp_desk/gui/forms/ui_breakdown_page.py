# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'breakdown_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTreeView, QVBoxLayout, QWidget

class Ui_BreakdownPage(object):
    def setupUi(self, BreakdownPage):
        if not BreakdownPage.objectName():
            BreakdownPage.setObjectName(u"BreakdownPage")
        self.pageLayout = QHBoxLayout(BreakdownPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, -1, 0, -1)
        self.splitter = QSplitter(BreakdownPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.treePane = QWidget(self.splitter)
        self.treePane.setObjectName(u"treePane")
        self.treeLayout = QVBoxLayout(self.treePane)
        self.treeLayout.setObjectName(u"treeLayout")
        self.treeLayout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeView(self.treePane)
        self.tree.setObjectName(u"tree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)

        self.treeLayout.addWidget(self.tree)

        self.treeButtons = QHBoxLayout()
        self.treeButtons.setObjectName(u"treeButtons")
        self.addItem = QPushButton(self.treePane)
        self.addItem.setObjectName(u"addItem")

        self.treeButtons.addWidget(self.addItem)

        self.proposals = QComboBox(self.treePane)
        self.proposals.setObjectName(u"proposals")

        self.treeButtons.addWidget(self.proposals)

        self.addProposal = QPushButton(self.treePane)
        self.addProposal.setObjectName(u"addProposal")

        self.treeButtons.addWidget(self.addProposal)

        self.s1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.treeButtons.addItem(self.s1)


        self.treeLayout.addLayout(self.treeButtons)

        self.orderButtons = QHBoxLayout()
        self.orderButtons.setObjectName(u"orderButtons")
        self.moveUp = QPushButton(self.treePane)
        self.moveUp.setObjectName(u"moveUp")

        self.orderButtons.addWidget(self.moveUp)

        self.moveDown = QPushButton(self.treePane)
        self.moveDown.setObjectName(u"moveDown")

        self.orderButtons.addWidget(self.moveDown)

        self.removeItem = QPushButton(self.treePane)
        self.removeItem.setObjectName(u"removeItem")

        self.orderButtons.addWidget(self.removeItem)

        self.s3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.orderButtons.addItem(self.s3)

        self.editPosting = QPushButton(self.treePane)
        self.editPosting.setObjectName(u"editPosting")

        self.orderButtons.addWidget(self.editPosting)


        self.treeLayout.addLayout(self.orderButtons)

        self.totals = QLabel(self.treePane)
        self.totals.setObjectName(u"totals")
        self.totals.setWordWrap(True)

        self.treeLayout.addWidget(self.totals)

        self.splitter.addWidget(self.treePane)
        self.editorPane = QWidget(self.splitter)
        self.editorPane.setObjectName(u"editorPane")
        self.editorLayout = QVBoxLayout(self.editorPane)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.editorTitle = QLabel(self.editorPane)
        self.editorTitle.setObjectName(u"editorTitle")
        self.editorTitle.setWordWrap(True)

        self.editorLayout.addWidget(self.editorTitle)

        self.scroll = QScrollArea(self.editorPane)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formHost = QWidget()
        self.formHost.setObjectName(u"formHost")
        self.form = QGridLayout(self.formHost)
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(self.formHost)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.title = QLineEdit(self.formHost)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(500)

        self.form.addWidget(self.title, 0, 1, 1, 1)

        self.orderTypeLabel = QLabel(self.formHost)
        self.orderTypeLabel.setObjectName(u"orderTypeLabel")

        self.form.addWidget(self.orderTypeLabel, 1, 0, 1, 1)

        self.orderType = QComboBox(self.formHost)
        self.orderType.setObjectName(u"orderType")

        self.form.addWidget(self.orderType, 1, 1, 1, 1)

        self.typeReasonLabel = QLabel(self.formHost)
        self.typeReasonLabel.setObjectName(u"typeReasonLabel")

        self.form.addWidget(self.typeReasonLabel, 2, 0, 1, 1)

        self.typeReason = QPlainTextEdit(self.formHost)
        self.typeReason.setObjectName(u"typeReason")
        self.typeReason.setMaximumSize(QSize(16777215, 100))
        self.typeReason.setMinimumSize(QSize(0, 60))
        self.typeReason.setTabChangesFocus(True)

        self.form.addWidget(self.typeReason, 2, 1, 1, 1)

        self.categoryLabel = QLabel(self.formHost)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.addWidget(self.categoryLabel, 3, 0, 1, 1)

        self.category = QComboBox(self.formHost)
        self.category.setObjectName(u"category")

        self.form.addWidget(self.category, 3, 1, 1, 1)

        self.deliverablesLabel = QLabel(self.formHost)
        self.deliverablesLabel.setObjectName(u"deliverablesLabel")

        self.form.addWidget(self.deliverablesLabel, 4, 0, 1, 1)

        self.deliverables = QPlainTextEdit(self.formHost)
        self.deliverables.setObjectName(u"deliverables")
        self.deliverables.setMaximumSize(QSize(16777215, 90))
        self.deliverables.setMinimumSize(QSize(0, 50))
        self.deliverables.setTabChangesFocus(True)

        self.form.addWidget(self.deliverables, 4, 1, 1, 1)

        self.skillsLabel = QLabel(self.formHost)
        self.skillsLabel.setObjectName(u"skillsLabel")

        self.form.addWidget(self.skillsLabel, 5, 0, 1, 1)

        self.skills = QLineEdit(self.formHost)
        self.skills.setObjectName(u"skills")
        self.skills.setMaxLength(2000)

        self.form.addWidget(self.skills, 5, 1, 1, 1)

        self.hoursLabel = QLabel(self.formHost)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.form.addWidget(self.hoursLabel, 6, 0, 1, 1)

        self.hours = QLineEdit(self.formHost)
        self.hours.setObjectName(u"hours")
        self.hours.setMaxLength(12)
        self.hours.setPlaceholderText(u"20")

        self.form.addWidget(self.hours, 6, 1, 1, 1)

        self.minutesPerItemLabel = QLabel(self.formHost)
        self.minutesPerItemLabel.setObjectName(u"minutesPerItemLabel")

        self.form.addWidget(self.minutesPerItemLabel, 7, 0, 1, 1)

        self.minutesPerItem = QLineEdit(self.formHost)
        self.minutesPerItem.setObjectName(u"minutesPerItem")
        self.minutesPerItem.setMaxLength(12)
        self.minutesPerItem.setPlaceholderText(u"3")

        self.form.addWidget(self.minutesPerItem, 7, 1, 1, 1)

        self.quantityLabel = QLabel(self.formHost)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.form.addWidget(self.quantityLabel, 8, 0, 1, 1)

        self.quantity = QLineEdit(self.formHost)
        self.quantity.setObjectName(u"quantity")
        self.quantity.setMaxLength(12)
        self.quantity.setPlaceholderText(u"1,000")

        self.form.addWidget(self.quantity, 8, 1, 1, 1)

        self.budgetMinLabel = QLabel(self.formHost)
        self.budgetMinLabel.setObjectName(u"budgetMinLabel")

        self.form.addWidget(self.budgetMinLabel, 9, 0, 1, 1)

        self.budgetMin = QLineEdit(self.formHost)
        self.budgetMin.setObjectName(u"budgetMin")
        self.budgetMin.setMaxLength(20)
        self.budgetMin.setPlaceholderText(u"20,000")

        self.form.addWidget(self.budgetMin, 9, 1, 1, 1)

        self.budgetMaxLabel = QLabel(self.formHost)
        self.budgetMaxLabel.setObjectName(u"budgetMaxLabel")

        self.form.addWidget(self.budgetMaxLabel, 10, 0, 1, 1)

        self.budgetMax = QLineEdit(self.formHost)
        self.budgetMax.setObjectName(u"budgetMax")
        self.budgetMax.setMaxLength(20)
        self.budgetMax.setPlaceholderText(u"50,000")

        self.form.addWidget(self.budgetMax, 10, 1, 1, 1)

        self.startDateLabel = QLabel(self.formHost)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.form.addWidget(self.startDateLabel, 11, 0, 1, 1)

        self.startDate = QLineEdit(self.formHost)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setMaxLength(20)
        self.startDate.setPlaceholderText(u"2026/12/01")

        self.form.addWidget(self.startDate, 11, 1, 1, 1)

        self.dueDateLabel = QLabel(self.formHost)
        self.dueDateLabel.setObjectName(u"dueDateLabel")

        self.form.addWidget(self.dueDateLabel, 12, 0, 1, 1)

        self.dueDate = QLineEdit(self.formHost)
        self.dueDate.setObjectName(u"dueDate")
        self.dueDate.setMaxLength(20)
        self.dueDate.setPlaceholderText(u"2026/12/21")

        self.form.addWidget(self.dueDate, 12, 1, 1, 1)

        self.form.setColumnStretch(1, 1)
        self.scroll.setWidget(self.formHost)

        self.editorLayout.addWidget(self.scroll)

        self.errors = QLabel(self.editorPane)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.editorLayout.addWidget(self.errors)

        self.editorButtons = QHBoxLayout()
        self.editorButtons.setObjectName(u"editorButtons")
        self.exportProposal = QPushButton(self.editorPane)
        self.exportProposal.setObjectName(u"exportProposal")

        self.editorButtons.addWidget(self.exportProposal)

        self.exportBudget = QPushButton(self.editorPane)
        self.exportBudget.setObjectName(u"exportBudget")

        self.editorButtons.addWidget(self.exportBudget)

        self.s2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editorButtons.addItem(self.s2)

        self.revert = QPushButton(self.editorPane)
        self.revert.setObjectName(u"revert")

        self.editorButtons.addWidget(self.revert)

        self.apply = QPushButton(self.editorPane)
        self.apply.setObjectName(u"apply")

        self.editorButtons.addWidget(self.apply)


        self.editorLayout.addLayout(self.editorButtons)

        self.splitter.addWidget(self.editorPane)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.orderTypeLabel.setBuddy(self.orderType)
        self.typeReasonLabel.setBuddy(self.typeReason)
        self.categoryLabel.setBuddy(self.category)
        self.deliverablesLabel.setBuddy(self.deliverables)
        self.skillsLabel.setBuddy(self.skills)
        self.hoursLabel.setBuddy(self.hours)
        self.minutesPerItemLabel.setBuddy(self.minutesPerItem)
        self.quantityLabel.setBuddy(self.quantity)
        self.budgetMinLabel.setBuddy(self.budgetMin)
        self.budgetMaxLabel.setBuddy(self.budgetMax)
        self.startDateLabel.setBuddy(self.startDate)
        self.dueDateLabel.setBuddy(self.dueDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BreakdownPage)

        QMetaObject.connectSlotsByName(BreakdownPage)
    # setupUi

    def retranslateUi(self, BreakdownPage):
        self.addItem.setText(QCoreApplication.translate("BreakdownPage", u"Add work item", None))
        self.addProposal.setText(QCoreApplication.translate("BreakdownPage", u"Add proposal", None))
        self.moveUp.setText(QCoreApplication.translate("BreakdownPage", u"Move up", None))
        self.moveDown.setText(QCoreApplication.translate("BreakdownPage", u"Move down", None))
        self.removeItem.setText(QCoreApplication.translate("BreakdownPage", u"Remove", None))
        self.editPosting.setText(QCoreApplication.translate("BreakdownPage", u"Posting\u2026", None))
        self.totals.setText("")
        self.editorTitle.setText(QCoreApplication.translate("BreakdownPage", u"Work item", None))
        self.titleLabel.setText(QCoreApplication.translate("BreakdownPage", u"Title *", None))
        self.orderTypeLabel.setText(QCoreApplication.translate("BreakdownPage", u"Order type", None))
        self.typeReasonLabel.setText(QCoreApplication.translate("BreakdownPage", u"Why this type", None))
        self.categoryLabel.setText(QCoreApplication.translate("BreakdownPage", u"Work category", None))
        self.deliverablesLabel.setText(QCoreApplication.translate("BreakdownPage", u"Deliverables", None))
        self.skillsLabel.setText(QCoreApplication.translate("BreakdownPage", u"Skills", None))
        self.hoursLabel.setText(QCoreApplication.translate("BreakdownPage", u"Estimated hours", None))
        self.minutesPerItemLabel.setText(QCoreApplication.translate("BreakdownPage", u"Minutes per item", None))
        self.quantityLabel.setText(QCoreApplication.translate("BreakdownPage", u"Quantity", None))
        self.budgetMinLabel.setText(QCoreApplication.translate("BreakdownPage", u"Budget from (yen)", None))
        self.budgetMaxLabel.setText(QCoreApplication.translate("BreakdownPage", u"Budget to (yen)", None))
        self.startDateLabel.setText(QCoreApplication.translate("BreakdownPage", u"Planned start", None))
        self.dueDateLabel.setText(QCoreApplication.translate("BreakdownPage", u"Due date", None))
        self.errors.setText("")
        self.exportProposal.setText(QCoreApplication.translate("BreakdownPage", u"Proposal (Word)\u2026", None))
        self.exportBudget.setText(QCoreApplication.translate("BreakdownPage", u"Budget (Excel)\u2026", None))
        self.revert.setText(QCoreApplication.translate("BreakdownPage", u"Revert", None))
        self.apply.setText(QCoreApplication.translate("BreakdownPage", u"Apply", None))
        pass
    # retranslateUi

