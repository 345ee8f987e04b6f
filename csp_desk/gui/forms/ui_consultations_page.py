# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultations_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_ConsultationsPage(object):
    def setupUi(self, ConsultationsPage):
        if not ConsultationsPage.objectName():
            ConsultationsPage.setObjectName(u"ConsultationsPage")
        self.pageLayout = QHBoxLayout(ConsultationsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, -1, 0, -1)
        self.splitter = QSplitter(ConsultationsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.consultations = QTableView(self.listPane)
        self.consultations.setObjectName(u"consultations")
        self.consultations.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consultations.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consultations.setAlternatingRowColors(True)
        self.consultations.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consultations.setSortingEnabled(False)
        self.consultations.setWordWrap(False)

        self.listLayout.addWidget(self.consultations)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newConsultation = QPushButton(self.listPane)
        self.newConsultation.setObjectName(u"newConsultation")

        self.listButtons.addWidget(self.newConsultation)

        self.s1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.s1)

        self.deleteConsultation = QPushButton(self.listPane)
        self.deleteConsultation.setObjectName(u"deleteConsultation")

        self.listButtons.addWidget(self.deleteConsultation)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPane)
        self.editorPane = QWidget(self.splitter)
        self.editorPane.setObjectName(u"editorPane")
        self.editorLayout = QVBoxLayout(self.editorPane)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.consultationBox = QGroupBox(self.editorPane)
        self.consultationBox.setObjectName(u"consultationBox")
        self.consultationBoxLayout = QVBoxLayout(self.consultationBox)
        self.consultationBoxLayout.setObjectName(u"consultationBoxLayout")
        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.heldOnLabel = QLabel(self.consultationBox)
        self.heldOnLabel.setObjectName(u"heldOnLabel")

        self.form.addWidget(self.heldOnLabel, 0, 0, 1, 1)

        self.heldOn = QDateEdit(self.consultationBox)
        self.heldOn.setObjectName(u"heldOn")
        self.heldOn.setCalendarPopup(True)
        self.heldOn.setDisplayFormat(u"yyyy/MM/dd")

        self.form.addWidget(self.heldOn, 0, 1, 1, 1)

        self.placeLabel = QLabel(self.consultationBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.addWidget(self.placeLabel, 1, 0, 1, 1)

        self.place = QLineEdit(self.consultationBox)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(500)

        self.form.addWidget(self.place, 1, 1, 1, 1)

        self.attendeesLabel = QLabel(self.consultationBox)
        self.attendeesLabel.setObjectName(u"attendeesLabel")

        self.form.addWidget(self.attendeesLabel, 2, 0, 1, 1)

        self.attendees = QLineEdit(self.consultationBox)
        self.attendees.setObjectName(u"attendees")
        self.attendees.setMaxLength(500)

        self.form.addWidget(self.attendees, 2, 1, 1, 1)

        self.notesLabel = QLabel(self.consultationBox)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.addWidget(self.notesLabel, 3, 0, 1, 1)

        self.notes = QPlainTextEdit(self.consultationBox)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 120))
        self.notes.setMinimumSize(QSize(0, 70))
        self.notes.setTabChangesFocus(True)

        self.form.addWidget(self.notes, 3, 1, 1, 1)

        self.form.setColumnStretch(1, 1)

        self.consultationBoxLayout.addLayout(self.form)

        self.errors = QLabel(self.consultationBox)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.consultationBoxLayout.addWidget(self.errors)

        self.editorButtons = QHBoxLayout()
        self.editorButtons.setObjectName(u"editorButtons")
        self.s2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editorButtons.addItem(self.s2)

        self.save = QPushButton(self.consultationBox)
        self.save.setObjectName(u"save")

        self.editorButtons.addWidget(self.save)


        self.consultationBoxLayout.addLayout(self.editorButtons)


        self.editorLayout.addWidget(self.consultationBox)

        self.problemsBox = QGroupBox(self.editorPane)
        self.problemsBox.setObjectName(u"problemsBox")
        self.problemsLayout = QVBoxLayout(self.problemsBox)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problems = QListView(self.problemsBox)
        self.problems.setObjectName(u"problems")
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.problemsLayout.addWidget(self.problems)

        self.catalogueRow = QHBoxLayout()
        self.catalogueRow.setObjectName(u"catalogueRow")
        self.catalogueProblems = QComboBox(self.problemsBox)
        self.catalogueProblems.setObjectName(u"catalogueProblems")
        self.catalogueProblems.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.catalogueRow.addWidget(self.catalogueProblems)

        self.addFromCatalogue = QPushButton(self.problemsBox)
        self.addFromCatalogue.setObjectName(u"addFromCatalogue")

        self.catalogueRow.addWidget(self.addFromCatalogue)


        self.problemsLayout.addLayout(self.catalogueRow)

        self.catalogueHint = QLabel(self.problemsBox)
        self.catalogueHint.setObjectName(u"catalogueHint")
        self.catalogueHint.setWordWrap(True)

        self.problemsLayout.addWidget(self.catalogueHint)

        self.customRow = QHBoxLayout()
        self.customRow.setObjectName(u"customRow")
        self.customProblem = QLineEdit(self.problemsBox)
        self.customProblem.setObjectName(u"customProblem")
        self.customProblem.setMaxLength(500)

        self.customRow.addWidget(self.customProblem)

        self.addCustom = QPushButton(self.problemsBox)
        self.addCustom.setObjectName(u"addCustom")

        self.customRow.addWidget(self.addCustom)


        self.problemsLayout.addLayout(self.customRow)

        self.problemButtons = QHBoxLayout()
        self.problemButtons.setObjectName(u"problemButtons")
        self.s3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.problemButtons.addItem(self.s3)

        self.removeProblem = QPushButton(self.problemsBox)
        self.removeProblem.setObjectName(u"removeProblem")

        self.problemButtons.addWidget(self.removeProblem)


        self.problemsLayout.addLayout(self.problemButtons)


        self.editorLayout.addWidget(self.problemsBox)

        self.splitter.addWidget(self.editorPane)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.heldOnLabel.setBuddy(self.heldOn)
        self.placeLabel.setBuddy(self.place)
        self.attendeesLabel.setBuddy(self.attendees)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsultationsPage)

        QMetaObject.connectSlotsByName(ConsultationsPage)
    # setupUi

    def retranslateUi(self, ConsultationsPage):
        self.newConsultation.setText(QCoreApplication.translate("ConsultationsPage", u"New consultation", None))
        self.deleteConsultation.setText(QCoreApplication.translate("ConsultationsPage", u"Delete", None))
        self.consultationBox.setTitle(QCoreApplication.translate("ConsultationsPage", u"Consultation", None))
        self.heldOnLabel.setText(QCoreApplication.translate("ConsultationsPage", u"Date *", None))
        self.placeLabel.setText(QCoreApplication.translate("ConsultationsPage", u"Place", None))
        self.attendeesLabel.setText(QCoreApplication.translate("ConsultationsPage", u"Attendees", None))
        self.notesLabel.setText(QCoreApplication.translate("ConsultationsPage", u"Notes", None))
        self.errors.setText("")
        self.save.setText(QCoreApplication.translate("ConsultationsPage", u"Save consultation", None))
        self.problemsBox.setTitle(QCoreApplication.translate("ConsultationsPage", u"Problems discussed", None))
        self.addFromCatalogue.setText(QCoreApplication.translate("ConsultationsPage", u"Add from catalogue", None))
        self.catalogueHint.setText("")
        self.customProblem.setPlaceholderText(QCoreApplication.translate("ConsultationsPage", u"Or type a problem in your own words", None))
        self.addCustom.setText(QCoreApplication.translate("ConsultationsPage", u"Add", None))
        self.removeProblem.setText(QCoreApplication.translate("ConsultationsPage", u"Remove problem", None))
        pass
    # retranslateUi

