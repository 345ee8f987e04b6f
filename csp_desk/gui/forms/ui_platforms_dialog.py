# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'platforms_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QFrame, QGridLayout, QGroupBox, QLabel, QLineEdit, QListView, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_PlatformsDialog(object):
    def setupUi(self, PlatformsDialog):
        if not PlatformsDialog.objectName():
            PlatformsDialog.setObjectName(u"PlatformsDialog")
        PlatformsDialog.resize(980, 640)
        self.dialogLayout = QVBoxLayout(PlatformsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(PlatformsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.splitter = QSplitter(PlatformsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.leftPane = QWidget(self.splitter)
        self.leftPane.setObjectName(u"leftPane")
        self.leftLayout = QVBoxLayout(self.leftPane)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.platformsLabel = QLabel(self.leftPane)
        self.platformsLabel.setObjectName(u"platformsLabel")

        self.leftLayout.addWidget(self.platformsLabel)

        self.platforms = QListView(self.leftPane)
        self.platforms.setObjectName(u"platforms")
        self.platforms.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.leftLayout.addWidget(self.platforms)

        self.addPlatform = QPushButton(self.leftPane)
        self.addPlatform.setObjectName(u"addPlatform")

        self.leftLayout.addWidget(self.addPlatform)

        self.splitter.addWidget(self.leftPane)
        self.rightPane = QWidget(self.splitter)
        self.rightPane.setObjectName(u"rightPane")
        self.rightLayout = QVBoxLayout(self.rightPane)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.rightPane)
        self.heading.setObjectName(u"heading")
        self.heading.setText(u"")
        self.heading.setWordWrap(True)

        self.rightLayout.addWidget(self.heading)

        self.tabs = QTabWidget(self.rightPane)
        self.tabs.setObjectName(u"tabs")
        self.termsScroll = QScrollArea()
        self.termsScroll.setObjectName(u"termsScroll")
        self.termsScroll.setWidgetResizable(True)
        self.termsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.termsPage = QWidget()
        self.termsPage.setObjectName(u"termsPage")
        self.termsGrid = QGridLayout(self.termsPage)
        self.termsGrid.setObjectName(u"termsGrid")
        self.projectLabel = QLabel(self.termsPage)
        self.projectLabel.setObjectName(u"projectLabel")

        self.termsGrid.addWidget(self.projectLabel, 0, 0, 1, 1)

        self.project = QComboBox(self.termsPage)
        self.project.setObjectName(u"project")

        self.termsGrid.addWidget(self.project, 0, 1, 1, 1)

        self.projectBasis = QLabel(self.termsPage)
        self.projectBasis.setObjectName(u"projectBasis")
        self.projectBasis.setText(u"")
        self.projectBasis.setWordWrap(True)

        self.termsGrid.addWidget(self.projectBasis, 0, 2, 1, 1)

        self.competitionLabel = QLabel(self.termsPage)
        self.competitionLabel.setObjectName(u"competitionLabel")

        self.termsGrid.addWidget(self.competitionLabel, 1, 0, 1, 1)

        self.competition = QComboBox(self.termsPage)
        self.competition.setObjectName(u"competition")

        self.termsGrid.addWidget(self.competition, 1, 1, 1, 1)

        self.competitionBasis = QLabel(self.termsPage)
        self.competitionBasis.setObjectName(u"competitionBasis")
        self.competitionBasis.setText(u"")
        self.competitionBasis.setWordWrap(True)

        self.termsGrid.addWidget(self.competitionBasis, 1, 2, 1, 1)

        self.taskLabel = QLabel(self.termsPage)
        self.taskLabel.setObjectName(u"taskLabel")

        self.termsGrid.addWidget(self.taskLabel, 2, 0, 1, 1)

        self.task = QComboBox(self.termsPage)
        self.task.setObjectName(u"task")

        self.termsGrid.addWidget(self.task, 2, 1, 1, 1)

        self.taskBasis = QLabel(self.termsPage)
        self.taskBasis.setObjectName(u"taskBasis")
        self.taskBasis.setText(u"")
        self.taskBasis.setWordWrap(True)

        self.termsGrid.addWidget(self.taskBasis, 2, 2, 1, 1)

        self.escrowLabel = QLabel(self.termsPage)
        self.escrowLabel.setObjectName(u"escrowLabel")

        self.termsGrid.addWidget(self.escrowLabel, 3, 0, 1, 1)

        self.escrow = QComboBox(self.termsPage)
        self.escrow.setObjectName(u"escrow")

        self.termsGrid.addWidget(self.escrow, 3, 1, 1, 1)

        self.escrowBasis = QLabel(self.termsPage)
        self.escrowBasis.setObjectName(u"escrowBasis")
        self.escrowBasis.setText(u"")
        self.escrowBasis.setWordWrap(True)

        self.termsGrid.addWidget(self.escrowBasis, 3, 2, 1, 1)

        self.associationCertifiedLabel = QLabel(self.termsPage)
        self.associationCertifiedLabel.setObjectName(u"associationCertifiedLabel")

        self.termsGrid.addWidget(self.associationCertifiedLabel, 4, 0, 1, 1)

        self.associationCertified = QComboBox(self.termsPage)
        self.associationCertified.setObjectName(u"associationCertified")

        self.termsGrid.addWidget(self.associationCertified, 4, 1, 1, 1)

        self.associationCertifiedBasis = QLabel(self.termsPage)
        self.associationCertifiedBasis.setObjectName(u"associationCertifiedBasis")
        self.associationCertifiedBasis.setText(u"")
        self.associationCertifiedBasis.setWordWrap(True)

        self.termsGrid.addWidget(self.associationCertifiedBasis, 4, 2, 1, 1)

        self.associationMemberLabel = QLabel(self.termsPage)
        self.associationMemberLabel.setObjectName(u"associationMemberLabel")

        self.termsGrid.addWidget(self.associationMemberLabel, 5, 0, 1, 1)

        self.associationMember = QComboBox(self.termsPage)
        self.associationMember.setObjectName(u"associationMember")

        self.termsGrid.addWidget(self.associationMember, 5, 1, 1, 1)

        self.associationMemberBasis = QLabel(self.termsPage)
        self.associationMemberBasis.setObjectName(u"associationMemberBasis")
        self.associationMemberBasis.setText(u"")
        self.associationMemberBasis.setWordWrap(True)

        self.termsGrid.addWidget(self.associationMemberBasis, 5, 2, 1, 1)

        self.facts = QLabel(self.termsPage)
        self.facts.setObjectName(u"facts")
        self.facts.setText(u"")
        self.facts.setWordWrap(True)

        self.termsGrid.addWidget(self.facts, 6, 0, 1, 3)

        self.notesLabel = QLabel(self.termsPage)
        self.notesLabel.setObjectName(u"notesLabel")

        self.termsGrid.addWidget(self.notesLabel, 7, 0, 1, 1)

        self.notes = QLineEdit(self.termsPage)
        self.notes.setObjectName(u"notes")
        self.notes.setMaxLength(2000)

        self.termsGrid.addWidget(self.notes, 7, 1, 1, 2)

        self.termsEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.termsGrid.addItem(self.termsEnd, 8, 0, 1, 3)

        self.termsGrid.setColumnStretch(2, 1)
        self.termsScroll.setWidget(self.termsPage)
        self.tabs.addTab(self.termsScroll, "")
        self.feesTab = QWidget()
        self.feesTab.setObjectName(u"feesTab")
        self.feesLayout = QVBoxLayout(self.feesTab)
        self.feesLayout.setObjectName(u"feesLayout")
        self.feesToday = QLabel(self.feesTab)
        self.feesToday.setObjectName(u"feesToday")
        self.feesToday.setText(u"")
        self.feesToday.setWordWrap(True)

        self.feesLayout.addWidget(self.feesToday)

        self.fees = QTableView(self.feesTab)
        self.fees.setObjectName(u"fees")
        self.fees.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fees.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fees.setWordWrap(True)
        self.fees.horizontalHeader().setStretchLastSection(True)
        self.fees.verticalHeader().setVisible(False)

        self.feesLayout.addWidget(self.fees)

        self.newFeeBox = QGroupBox(self.feesTab)
        self.newFeeBox.setObjectName(u"newFeeBox")
        self.newFeeGrid = QGridLayout(self.newFeeBox)
        self.newFeeGrid.setObjectName(u"newFeeGrid")
        self.feeSideLabel = QLabel(self.newFeeBox)
        self.feeSideLabel.setObjectName(u"feeSideLabel")

        self.newFeeGrid.addWidget(self.feeSideLabel, 0, 0, 1, 1)

        self.feeSide = QComboBox(self.newFeeBox)
        self.feeSide.setObjectName(u"feeSide")

        self.newFeeGrid.addWidget(self.feeSide, 0, 1, 1, 1)

        self.feeAsOfLabel = QLabel(self.newFeeBox)
        self.feeAsOfLabel.setObjectName(u"feeAsOfLabel")

        self.newFeeGrid.addWidget(self.feeAsOfLabel, 0, 2, 1, 1)

        self.feeAsOf = QLineEdit(self.newFeeBox)
        self.feeAsOf.setObjectName(u"feeAsOf")
        self.feeAsOf.setMaxLength(20)
        self.feeAsOf.setPlaceholderText(u"2026/12/01")

        self.newFeeGrid.addWidget(self.feeAsOf, 0, 3, 1, 1)

        self.feeRateLabel = QLabel(self.newFeeBox)
        self.feeRateLabel.setObjectName(u"feeRateLabel")

        self.newFeeGrid.addWidget(self.feeRateLabel, 1, 0, 1, 1)

        self.feeRate = QLineEdit(self.newFeeBox)
        self.feeRate.setObjectName(u"feeRate")
        self.feeRate.setMaxLength(20)
        self.feeRate.setPlaceholderText(u"5\u201320")

        self.newFeeGrid.addWidget(self.feeRate, 1, 1, 1, 1)

        self.feeMinimumLabel = QLabel(self.newFeeBox)
        self.feeMinimumLabel.setObjectName(u"feeMinimumLabel")

        self.newFeeGrid.addWidget(self.feeMinimumLabel, 1, 2, 1, 1)

        self.feeMinimum = QLineEdit(self.newFeeBox)
        self.feeMinimum.setObjectName(u"feeMinimum")
        self.feeMinimum.setMaxLength(20)

        self.newFeeGrid.addWidget(self.feeMinimum, 1, 3, 1, 1)

        self.feeChargedWhenLabel = QLabel(self.newFeeBox)
        self.feeChargedWhenLabel.setObjectName(u"feeChargedWhenLabel")

        self.newFeeGrid.addWidget(self.feeChargedWhenLabel, 2, 0, 1, 1)

        self.feeChargedWhen = QLineEdit(self.newFeeBox)
        self.feeChargedWhen.setObjectName(u"feeChargedWhen")
        self.feeChargedWhen.setMaxLength(2000)

        self.newFeeGrid.addWidget(self.feeChargedWhen, 2, 1, 1, 3)

        self.feeSourceLabel = QLabel(self.newFeeBox)
        self.feeSourceLabel.setObjectName(u"feeSourceLabel")

        self.newFeeGrid.addWidget(self.feeSourceLabel, 3, 0, 1, 1)

        self.feeSource = QLineEdit(self.newFeeBox)
        self.feeSource.setObjectName(u"feeSource")
        self.feeSource.setMaxLength(2000)

        self.newFeeGrid.addWidget(self.feeSource, 3, 1, 1, 3)

        self.feeErrors = QLabel(self.newFeeBox)
        self.feeErrors.setObjectName(u"feeErrors")
        self.feeErrors.setText(u"")
        self.feeErrors.setWordWrap(True)
        self.feeErrors.setVisible(False)

        self.newFeeGrid.addWidget(self.feeErrors, 4, 0, 1, 3)

        self.recordFee = QPushButton(self.newFeeBox)
        self.recordFee.setObjectName(u"recordFee")

        self.newFeeGrid.addWidget(self.recordFee, 4, 3, 1, 1)

        self.newFeeGrid.setColumnStretch(1, 1)
        self.newFeeGrid.setColumnStretch(3, 1)

        self.feesLayout.addWidget(self.newFeeBox)

        self.tabs.addTab(self.feesTab, "")
        self.checklistScroll = QScrollArea()
        self.checklistScroll.setObjectName(u"checklistScroll")
        self.checklistScroll.setWidgetResizable(True)
        self.checklistScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.checklistPage = QWidget()
        self.checklistPage.setObjectName(u"checklistPage")
        self.checklistGrid = QGridLayout(self.checklistPage)
        self.checklistGrid.setObjectName(u"checklistGrid")
        self.checklistNote = QLabel(self.checklistPage)
        self.checklistNote.setObjectName(u"checklistNote")
        self.checklistNote.setText(u"")
        self.checklistNote.setWordWrap(True)

        self.checklistGrid.addWidget(self.checklistNote, 0, 0, 1, 3)

        self.checklistGrid.setColumnStretch(1, 3)
        self.checklistGrid.setColumnStretch(2, 2)
        self.checklistScroll.setWidget(self.checklistPage)
        self.tabs.addTab(self.checklistScroll, "")

        self.rightLayout.addWidget(self.tabs)

        self.splitter.addWidget(self.rightPane)

        self.dialogLayout.addWidget(self.splitter)

        self.buttons = QDialogButtonBox(PlatformsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.platformsLabel.setBuddy(self.platforms)
        self.projectLabel.setBuddy(self.project)
        self.competitionLabel.setBuddy(self.competition)
        self.taskLabel.setBuddy(self.task)
        self.escrowLabel.setBuddy(self.escrow)
        self.associationCertifiedLabel.setBuddy(self.associationCertified)
        self.associationMemberLabel.setBuddy(self.associationMember)
        self.notesLabel.setBuddy(self.notes)
        self.feeSideLabel.setBuddy(self.feeSide)
        self.feeAsOfLabel.setBuddy(self.feeAsOf)
        self.feeRateLabel.setBuddy(self.feeRate)
        self.feeMinimumLabel.setBuddy(self.feeMinimum)
        self.feeChargedWhenLabel.setBuddy(self.feeChargedWhen)
        self.feeSourceLabel.setBuddy(self.feeSource)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlatformsDialog)

        QMetaObject.connectSlotsByName(PlatformsDialog)
    # setupUi

    def retranslateUi(self, PlatformsDialog):
        PlatformsDialog.setWindowTitle(QCoreApplication.translate("PlatformsDialog", u"Platform register", None))
        self.intro.setText(QCoreApplication.translate("PlatformsDialog", u"The platforms you order on: fees from a date, order types, escrow, and the Crowdsourcing Association's 24-item checklist. Figures csp-desk ships come from its domain reference with their basis; check them on the platform and tick what you confirmed.", None))
        self.platformsLabel.setText(QCoreApplication.translate("PlatformsDialog", u"Platforms", None))
        self.addPlatform.setText(QCoreApplication.translate("PlatformsDialog", u"Add a platform\u2026", None))
        self.projectLabel.setText(QCoreApplication.translate("PlatformsDialog", u"Project type", None))
        self.competitionLabel.setText(QCoreApplication.translate("PlatformsDialog", u"Competition type", None))
        self.taskLabel.setText(QCoreApplication.translate("PlatformsDialog", u"Task type", None))
        self.escrowLabel.setText(QCoreApplication.translate("PlatformsDialog", u"Escrow (\u4eee\u6255\u3044)", None))
        self.associationCertifiedLabel.setText(QCoreApplication.translate("PlatformsDialog", u"Association-certified operator", None))
        self.associationMemberLabel.setText(QCoreApplication.translate("PlatformsDialog", u"Association full member", None))
        self.notesLabel.setText(QCoreApplication.translate("PlatformsDialog", u"Notes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.termsScroll), QCoreApplication.translate("PlatformsDialog", u"Terms", None))
        self.newFeeBox.setTitle(QCoreApplication.translate("PlatformsDialog", u"Record fees you read on the platform", None))
        self.feeSideLabel.setText(QCoreApplication.translate("PlatformsDialog", u"Paid by", None))
        self.feeAsOfLabel.setText(QCoreApplication.translate("PlatformsDialog", u"Applies from", None))
        self.feeRateLabel.setText(QCoreApplication.translate("PlatformsDialog", u"Rate (%)", None))
        self.feeMinimumLabel.setText(QCoreApplication.translate("PlatformsDialog", u"Minimum (yen)", None))
        self.feeChargedWhenLabel.setText(QCoreApplication.translate("PlatformsDialog", u"Charged when", None))
        self.feeSourceLabel.setText(QCoreApplication.translate("PlatformsDialog", u"Source *", None))
        self.recordFee.setText(QCoreApplication.translate("PlatformsDialog", u"Record these fees", None))
        self.tabs.setTabText(self.tabs.indexOf(self.feesTab), QCoreApplication.translate("PlatformsDialog", u"Fees", None))
        self.tabs.setTabText(self.tabs.indexOf(self.checklistScroll), QCoreApplication.translate("PlatformsDialog", u"Checklist (24 items)", None))
    # retranslateUi

