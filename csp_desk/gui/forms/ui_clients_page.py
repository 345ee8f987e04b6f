# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'clients_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_ClientsPage(object):
    def setupUi(self, ClientsPage):
        if not ClientsPage.objectName():
            ClientsPage.setObjectName(u"ClientsPage")
        self.pageLayout = QHBoxLayout(ClientsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, -1, 0, -1)
        self.splitter = QSplitter(ClientsPage)
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

        self.clients = QTableView(self.listPane)
        self.clients.setObjectName(u"clients")
        self.clients.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clients.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clients.setAlternatingRowColors(True)
        self.clients.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clients.setSortingEnabled(False)
        self.clients.setWordWrap(False)

        self.listLayout.addWidget(self.clients)

        self.emptyState = QFrame(self.listPane)
        self.emptyState.setObjectName(u"emptyState")
        self.emptyState.setFrameShape(QFrame.Shape.StyledPanel)
        self.startLayout = QVBoxLayout(self.emptyState)
        self.startLayout.setSpacing(6)
        self.startLayout.setObjectName(u"startLayout")
        self.startTitle = QLabel(self.emptyState)
        self.startTitle.setObjectName(u"startTitle")
        self.startTitle.setWordWrap(True)

        self.startLayout.addWidget(self.startTitle)

        self.step1 = QLabel(self.emptyState)
        self.step1.setObjectName(u"step1")
        self.step1.setWordWrap(True)

        self.startLayout.addWidget(self.step1)

        self.step1Buttons = QHBoxLayout()
        self.step1Buttons.setObjectName(u"step1Buttons")
        self.step1Buttons.setContentsMargins(18, -1, -1, -1)
        self.addFirstClient = QPushButton(self.emptyState)
        self.addFirstClient.setObjectName(u"addFirstClient")

        self.step1Buttons.addWidget(self.addFirstClient)

        self.importFirstList = QPushButton(self.emptyState)
        self.importFirstList.setObjectName(u"importFirstList")

        self.step1Buttons.addWidget(self.importFirstList)

        self.step1Space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.step1Buttons.addItem(self.step1Space)


        self.startLayout.addLayout(self.step1Buttons)

        self.step2 = QLabel(self.emptyState)
        self.step2.setObjectName(u"step2")
        self.step2.setWordWrap(True)

        self.startLayout.addWidget(self.step2)

        self.step2Buttons = QHBoxLayout()
        self.step2Buttons.setObjectName(u"step2Buttons")
        self.step2Buttons.setContentsMargins(18, -1, -1, -1)
        self.openDemo = QPushButton(self.emptyState)
        self.openDemo.setObjectName(u"openDemo")

        self.step2Buttons.addWidget(self.openDemo)

        self.step2Space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.step2Buttons.addItem(self.step2Space)


        self.startLayout.addLayout(self.step2Buttons)

        self.step3 = QLabel(self.emptyState)
        self.step3.setObjectName(u"step3")
        self.step3.setWordWrap(True)

        self.startLayout.addWidget(self.step3)

        self.step3Buttons = QHBoxLayout()
        self.step3Buttons.setObjectName(u"step3Buttons")
        self.step3Buttons.setContentsMargins(18, -1, -1, -1)
        self.setProfile = QPushButton(self.emptyState)
        self.setProfile.setObjectName(u"setProfile")

        self.step3Buttons.addWidget(self.setProfile)

        self.step3Space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.step3Buttons.addItem(self.step3Space)


        self.startLayout.addLayout(self.step3Buttons)

        self.startSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.startLayout.addItem(self.startSpace)


        self.listLayout.addWidget(self.emptyState)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newClient = QPushButton(self.listPane)
        self.newClient.setObjectName(u"newClient")

        self.listButtons.addWidget(self.newClient)

        self.importList = QPushButton(self.listPane)
        self.importList.setObjectName(u"importList")

        self.listButtons.addWidget(self.importList)

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

        self.industryLabel = QLabel(self.formHost)
        self.industryLabel.setObjectName(u"industryLabel")

        self.form.addWidget(self.industryLabel, 2, 0, 1, 1)

        self.industry = QLineEdit(self.formHost)
        self.industry.setObjectName(u"industry")
        self.industry.setMaxLength(500)

        self.form.addWidget(self.industry, 2, 1, 1, 1)

        self.employeesLabel = QLabel(self.formHost)
        self.employeesLabel.setObjectName(u"employeesLabel")

        self.form.addWidget(self.employeesLabel, 3, 0, 1, 1)

        self.employees = QLineEdit(self.formHost)
        self.employees.setObjectName(u"employees")
        self.employees.setMaxLength(12)
        self.employees.setPlaceholderText(u"12")

        self.form.addWidget(self.employees, 3, 1, 1, 1)

        self.capitalLabel = QLabel(self.formHost)
        self.capitalLabel.setObjectName(u"capitalLabel")

        self.form.addWidget(self.capitalLabel, 4, 0, 1, 1)

        self.capital = QLineEdit(self.formHost)
        self.capital.setObjectName(u"capital")
        self.capital.setMaxLength(20)
        self.capital.setPlaceholderText(u"10,000,000")

        self.form.addWidget(self.capital, 4, 1, 1, 1)

        self.prefectureLabel = QLabel(self.formHost)
        self.prefectureLabel.setObjectName(u"prefectureLabel")

        self.form.addWidget(self.prefectureLabel, 5, 0, 1, 1)

        self.prefecture = QComboBox(self.formHost)
        self.prefecture.setObjectName(u"prefecture")

        self.form.addWidget(self.prefecture, 5, 1, 1, 1)

        self.addressLabel = QLabel(self.formHost)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.addWidget(self.addressLabel, 6, 0, 1, 1)

        self.address = QLineEdit(self.formHost)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(500)

        self.form.addWidget(self.address, 6, 1, 1, 1)

        self.contactPersonLabel = QLabel(self.formHost)
        self.contactPersonLabel.setObjectName(u"contactPersonLabel")

        self.form.addWidget(self.contactPersonLabel, 7, 0, 1, 1)

        self.contactPerson = QLineEdit(self.formHost)
        self.contactPerson.setObjectName(u"contactPerson")
        self.contactPerson.setMaxLength(500)

        self.form.addWidget(self.contactPerson, 7, 1, 1, 1)

        self.phoneLabel = QLabel(self.formHost)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.addWidget(self.phoneLabel, 8, 0, 1, 1)

        self.phone = QLineEdit(self.formHost)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(30)
        self.phone.setPlaceholderText(u"03-1234-5678")

        self.form.addWidget(self.phone, 8, 1, 1, 1)

        self.emailLabel = QLabel(self.formHost)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.addWidget(self.emailLabel, 9, 0, 1, 1)

        self.email = QLineEdit(self.formHost)
        self.email.setObjectName(u"email")
        self.email.setMaxLength(500)
        self.email.setPlaceholderText(u"name@example.jp")

        self.form.addWidget(self.email, 9, 1, 1, 1)

        self.corporateNumberLabel = QLabel(self.formHost)
        self.corporateNumberLabel.setObjectName(u"corporateNumberLabel")

        self.form.addWidget(self.corporateNumberLabel, 10, 0, 1, 1)

        self.corporateNumber = QLineEdit(self.formHost)
        self.corporateNumber.setObjectName(u"corporateNumber")
        self.corporateNumber.setMaxLength(30)

        self.form.addWidget(self.corporateNumber, 10, 1, 1, 1)

        self.notesLabel = QLabel(self.formHost)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.addWidget(self.notesLabel, 11, 0, 1, 1)

        self.notes = QPlainTextEdit(self.formHost)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 140))
        self.notes.setMinimumSize(QSize(0, 90))
        self.notes.setTabChangesFocus(True)

        self.form.addWidget(self.notes, 11, 1, 1, 1)

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

        self.splitter.addWidget(self.editorPane)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.kanaLabel.setBuddy(self.kana)
        self.industryLabel.setBuddy(self.industry)
        self.employeesLabel.setBuddy(self.employees)
        self.capitalLabel.setBuddy(self.capital)
        self.prefectureLabel.setBuddy(self.prefecture)
        self.addressLabel.setBuddy(self.address)
        self.contactPersonLabel.setBuddy(self.contactPerson)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.corporateNumberLabel.setBuddy(self.corporateNumber)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClientsPage)

        QMetaObject.connectSlotsByName(ClientsPage)
    # setupUi

    def retranslateUi(self, ClientsPage):
        self.search.setPlaceholderText(QCoreApplication.translate("ClientsPage", u"Search by name, kana, contact or place", None))
        self.showArchived.setText(QCoreApplication.translate("ClientsPage", u"Show archived", None))
        self.startTitle.setText(QCoreApplication.translate("ClientsPage", u"No clients yet. Three steps to start:", None))
        self.step1.setText(QCoreApplication.translate("ClientsPage", u"1. Add your first client, or import the list of clients you already keep (CSV or Excel).", None))
        self.addFirstClient.setText(QCoreApplication.translate("ClientsPage", u"Add a client", None))
        self.importFirstList.setText(QCoreApplication.translate("ClientsPage", u"Import a list\u2026", None))
        self.step2.setText(QCoreApplication.translate("ClientsPage", u"2. Not sure yet? Open the demo database: sample clients, orders and workers to look around in. Your own database stays as it is.", None))
        self.openDemo.setText(QCoreApplication.translate("ClientsPage", u"Open the demo database", None))
        self.step3.setText(QCoreApplication.translate("ClientsPage", u"3. Set your name and contact as producer: every proposal, report and terms notice shows them.", None))
        self.setProfile.setText(QCoreApplication.translate("ClientsPage", u"Set my producer profile\u2026", None))
        self.newClient.setText(QCoreApplication.translate("ClientsPage", u"New client", None))
        self.importList.setText(QCoreApplication.translate("ClientsPage", u"Import a list\u2026", None))
#if QT_CONFIG(tooltip)
        self.importList.setToolTip(QCoreApplication.translate("ClientsPage", u"Add many at once from a CSV file or an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
        self.editorTitle.setText(QCoreApplication.translate("ClientsPage", u"New client", None))
        self.nameLabel.setText(QCoreApplication.translate("ClientsPage", u"Name *", None))
        self.kanaLabel.setText(QCoreApplication.translate("ClientsPage", u"Name in kana", None))
        self.industryLabel.setText(QCoreApplication.translate("ClientsPage", u"Industry", None))
        self.employeesLabel.setText(QCoreApplication.translate("ClientsPage", u"Employees", None))
        self.capitalLabel.setText(QCoreApplication.translate("ClientsPage", u"Capital (yen)", None))
        self.prefectureLabel.setText(QCoreApplication.translate("ClientsPage", u"Prefecture", None))
        self.addressLabel.setText(QCoreApplication.translate("ClientsPage", u"Address", None))
        self.contactPersonLabel.setText(QCoreApplication.translate("ClientsPage", u"Contact person", None))
        self.phoneLabel.setText(QCoreApplication.translate("ClientsPage", u"Phone", None))
        self.emailLabel.setText(QCoreApplication.translate("ClientsPage", u"Email", None))
        self.corporateNumberLabel.setText(QCoreApplication.translate("ClientsPage", u"Corporate number", None))
        self.corporateNumber.setPlaceholderText(QCoreApplication.translate("ClientsPage", u"13 digits", None))
        self.notesLabel.setText(QCoreApplication.translate("ClientsPage", u"Notes", None))
        self.errors.setText("")
        self.archive.setText(QCoreApplication.translate("ClientsPage", u"Archive", None))
        self.exportData.setText(QCoreApplication.translate("ClientsPage", u"Export personal data\u2026", None))
        self.eraseData.setText(QCoreApplication.translate("ClientsPage", u"Erase personal data\u2026", None))
        self.revert.setText(QCoreApplication.translate("ClientsPage", u"Revert", None))
        self.save.setText(QCoreApplication.translate("ClientsPage", u"Save", None))
        pass
    # retranslateUi

