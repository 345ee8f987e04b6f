# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workers_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_WorkersPage(object):
    def setupUi(self, WorkersPage):
        if not WorkersPage.objectName():
            WorkersPage.setObjectName(u"WorkersPage")
        self.pageLayout = QHBoxLayout(WorkersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, -1, 0, -1)
        self.splitter = QSplitter(WorkersPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.search = QLineEdit(self.listPane)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.search)

        self.showArchived = QCheckBox(self.listPane)
        self.showArchived.setObjectName(u"showArchived")

        self.searchLayout.addWidget(self.showArchived)


        self.listLayout.addLayout(self.searchLayout)

        self.workers = QTableView(self.listPane)
        self.workers.setObjectName(u"workers")
        self.workers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.workers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.workers.setAlternatingRowColors(True)
        self.workers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.workers.setSortingEnabled(True)
        self.workers.setWordWrap(False)

        self.listLayout.addWidget(self.workers)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newWorker = QPushButton(self.listPane)
        self.newWorker.setObjectName(u"newWorker")

        self.listButtons.addWidget(self.newWorker)

        self.importList = QPushButton(self.listPane)
        self.importList.setObjectName(u"importList")

        self.listButtons.addWidget(self.importList)

        self.count = QLabel(self.listPane)
        self.count.setObjectName(u"count")

        self.listButtons.addWidget(self.count)

        self.s1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.s1)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPane)
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
        self.nameLabel = QLabel(self.formHost)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.name = QLineEdit(self.formHost)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(500)

        self.form.addWidget(self.name, 0, 1, 1, 1)

        self.kanaLabel = QLabel(self.formHost)
        self.kanaLabel.setObjectName(u"kanaLabel")

        self.form.addWidget(self.kanaLabel, 1, 0, 1, 1)

        self.kana = QLineEdit(self.formHost)
        self.kana.setObjectName(u"kana")
        self.kana.setMaxLength(500)

        self.form.addWidget(self.kana, 1, 1, 1, 1)

        self.platformLabel = QLabel(self.formHost)
        self.platformLabel.setObjectName(u"platformLabel")

        self.form.addWidget(self.platformLabel, 2, 0, 1, 1)

        self.platform = QComboBox(self.formHost)
        self.platform.setObjectName(u"platform")
        self.platform.setEditable(True)

        self.form.addWidget(self.platform, 2, 1, 1, 1)

        self.profileUrlLabel = QLabel(self.formHost)
        self.profileUrlLabel.setObjectName(u"profileUrlLabel")

        self.form.addWidget(self.profileUrlLabel, 3, 0, 1, 1)

        self.profileUrl = QLineEdit(self.formHost)
        self.profileUrl.setObjectName(u"profileUrl")
        self.profileUrl.setMaxLength(500)
        self.profileUrl.setPlaceholderText(u"https://crowdworks.jp/public/employees/\u2026")

        self.form.addWidget(self.profileUrl, 3, 1, 1, 1)

        self.kindLabel = QLabel(self.formHost)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.addWidget(self.kindLabel, 4, 0, 1, 1)

        self.kind = QComboBox(self.formHost)
        self.kind.setObjectName(u"kind")

        self.form.addWidget(self.kind, 4, 1, 1, 1)

        self.hasEmployees = QCheckBox(self.formHost)
        self.hasEmployees.setObjectName(u"hasEmployees")

        self.form.addWidget(self.hasEmployees, 5, 1, 1, 1)

        self.prefectureLabel = QLabel(self.formHost)
        self.prefectureLabel.setObjectName(u"prefectureLabel")

        self.form.addWidget(self.prefectureLabel, 6, 0, 1, 1)

        self.prefecture = QComboBox(self.formHost)
        self.prefecture.setObjectName(u"prefecture")

        self.form.addWidget(self.prefecture, 6, 1, 1, 1)

        self.skillsLabel = QLabel(self.formHost)
        self.skillsLabel.setObjectName(u"skillsLabel")

        self.form.addWidget(self.skillsLabel, 7, 0, 1, 1)

        self.skills = QPlainTextEdit(self.formHost)
        self.skills.setObjectName(u"skills")
        self.skills.setMinimumSize(QSize(0, 60))
        self.skills.setTabChangesFocus(True)

        self.form.addWidget(self.skills, 7, 1, 1, 1)

        self.invoiceNumberLabel = QLabel(self.formHost)
        self.invoiceNumberLabel.setObjectName(u"invoiceNumberLabel")

        self.form.addWidget(self.invoiceNumberLabel, 8, 0, 1, 1)

        self.invoiceNumber = QLineEdit(self.formHost)
        self.invoiceNumber.setObjectName(u"invoiceNumber")
        self.invoiceNumber.setMaxLength(30)
        self.invoiceNumber.setPlaceholderText(u"T1234567890123")

        self.form.addWidget(self.invoiceNumber, 8, 1, 1, 1)

        self.notesLabel = QLabel(self.formHost)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.addWidget(self.notesLabel, 9, 0, 1, 1)

        self.notes = QPlainTextEdit(self.formHost)
        self.notes.setObjectName(u"notes")
        self.notes.setMinimumSize(QSize(0, 60))
        self.notes.setTabChangesFocus(True)

        self.form.addWidget(self.notes, 9, 1, 1, 1)

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
        self.archive = QPushButton(self.editorPane)
        self.archive.setObjectName(u"archive")

        self.editorButtons.addWidget(self.archive)

        self.exportData = QPushButton(self.editorPane)
        self.exportData.setObjectName(u"exportData")

        self.editorButtons.addWidget(self.exportData)

        self.eraseData = QPushButton(self.editorPane)
        self.eraseData.setObjectName(u"eraseData")

        self.editorButtons.addWidget(self.eraseData)

        self.s3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editorButtons.addItem(self.s3)


        self.editorLayout.addLayout(self.editorButtons)

        self.saveButtons = QHBoxLayout()
        self.saveButtons.setObjectName(u"saveButtons")
        self.s2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveButtons.addItem(self.s2)

        self.revert = QPushButton(self.editorPane)
        self.revert.setObjectName(u"revert")

        self.saveButtons.addWidget(self.revert)

        self.save = QPushButton(self.editorPane)
        self.save.setObjectName(u"save")

        self.saveButtons.addWidget(self.save)


        self.editorLayout.addLayout(self.saveButtons)

        self.historyLabel = QLabel(self.editorPane)
        self.historyLabel.setObjectName(u"historyLabel")

        self.editorLayout.addWidget(self.historyLabel)

        self.history = QTableView(self.editorPane)
        self.history.setObjectName(u"history")
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setAlternatingRowColors(True)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSortingEnabled(False)
        self.history.setWordWrap(False)

        self.editorLayout.addWidget(self.history)

        self.editorLayout.setStretch(1, 3)
        self.editorLayout.setStretch(6, 2)
        self.splitter.addWidget(self.editorPane)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.kanaLabel.setBuddy(self.kana)
        self.platformLabel.setBuddy(self.platform)
        self.profileUrlLabel.setBuddy(self.profileUrl)
        self.kindLabel.setBuddy(self.kind)
        self.prefectureLabel.setBuddy(self.prefecture)
        self.skillsLabel.setBuddy(self.skills)
        self.invoiceNumberLabel.setBuddy(self.invoiceNumber)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkersPage)

        QMetaObject.connectSlotsByName(WorkersPage)
    # setupUi

    def retranslateUi(self, WorkersPage):
        self.search.setPlaceholderText(QCoreApplication.translate("WorkersPage", u"Search by name, kana, skill, platform or prefecture", None))
        self.showArchived.setText(QCoreApplication.translate("WorkersPage", u"Show archived", None))
        self.newWorker.setText(QCoreApplication.translate("WorkersPage", u"New worker", None))
        self.importList.setText(QCoreApplication.translate("WorkersPage", u"Import a list\u2026", None))
#if QT_CONFIG(tooltip)
        self.importList.setToolTip(QCoreApplication.translate("WorkersPage", u"Add many at once from a CSV file or an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
        self.count.setText("")
        self.editorTitle.setText(QCoreApplication.translate("WorkersPage", u"New worker", None))
        self.nameLabel.setText(QCoreApplication.translate("WorkersPage", u"Name *", None))
        self.kanaLabel.setText(QCoreApplication.translate("WorkersPage", u"Name in kana", None))
        self.platformLabel.setText(QCoreApplication.translate("WorkersPage", u"Platform", None))
        self.profileUrlLabel.setText(QCoreApplication.translate("WorkersPage", u"Profile URL", None))
        self.kindLabel.setText(QCoreApplication.translate("WorkersPage", u"Individual or corporation", None))
        self.hasEmployees.setText(QCoreApplication.translate("WorkersPage", u"Has employees", None))
        self.prefectureLabel.setText(QCoreApplication.translate("WorkersPage", u"Prefecture", None))
        self.skillsLabel.setText(QCoreApplication.translate("WorkersPage", u"Skills", None))
        self.invoiceNumberLabel.setText(QCoreApplication.translate("WorkersPage", u"Invoice registration number", None))
        self.notesLabel.setText(QCoreApplication.translate("WorkersPage", u"Notes", None))
        self.errors.setText("")
        self.archive.setText(QCoreApplication.translate("WorkersPage", u"Archive", None))
        self.exportData.setText(QCoreApplication.translate("WorkersPage", u"Export personal data\u2026", None))
        self.eraseData.setText(QCoreApplication.translate("WorkersPage", u"Erase personal data\u2026", None))
        self.revert.setText(QCoreApplication.translate("WorkersPage", u"Revert", None))
        self.save.setText(QCoreApplication.translate("WorkersPage", u"Save", None))
        self.historyLabel.setText(QCoreApplication.translate("WorkersPage", u"Orders and ratings", None))
        pass
    # retranslateUi

