# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshops_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_WorkshopsPage(object):
    def setupUi(self, WorkshopsPage):
        if not WorkshopsPage.objectName():
            WorkshopsPage.setObjectName(u"WorkshopsPage")
        self.pageLayout = QVBoxLayout(WorkshopsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, -1, 0, -1)
        self.splitter = QSplitter(WorkshopsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.workshops = QTableView(self.listPane)
        self.workshops.setObjectName(u"workshops")
        self.workshops.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.workshops.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.workshops.setAlternatingRowColors(True)
        self.workshops.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.workshops.setSortingEnabled(False)
        self.workshops.setWordWrap(False)

        self.listLayout.addWidget(self.workshops)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newWorkshop = QPushButton(self.listPane)
        self.newWorkshop.setObjectName(u"newWorkshop")

        self.listButtons.addWidget(self.newWorkshop)

        self.deleteWorkshop = QPushButton(self.listPane)
        self.deleteWorkshop.setObjectName(u"deleteWorkshop")

        self.listButtons.addWidget(self.deleteWorkshop)

        self.showProjector = QPushButton(self.listPane)
        self.showProjector.setObjectName(u"showProjector")

        self.listButtons.addWidget(self.showProjector)

        self.exportHandouts = QPushButton(self.listPane)
        self.exportHandouts.setObjectName(u"exportHandouts")

        self.listButtons.addWidget(self.exportHandouts)

        self.exportSummary = QPushButton(self.listPane)
        self.exportSummary.setObjectName(u"exportSummary")

        self.listButtons.addWidget(self.exportSummary)

        self.count = QLabel(self.listPane)
        self.count.setObjectName(u"count")

        self.listButtons.addWidget(self.count)

        self.s1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.s1)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPane)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planLayout = QVBoxLayout(self.planTab)
        self.planLayout.setObjectName(u"planLayout")
        self.editorTitle = QLabel(self.planTab)
        self.editorTitle.setObjectName(u"editorTitle")
        self.editorTitle.setWordWrap(True)

        self.planLayout.addWidget(self.editorTitle)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(self.planTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.title = QLineEdit(self.planTab)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(500)

        self.form.addWidget(self.title, 0, 1, 1, 3)

        self.startsAtLabel = QLabel(self.planTab)
        self.startsAtLabel.setObjectName(u"startsAtLabel")

        self.form.addWidget(self.startsAtLabel, 1, 0, 1, 1)

        self.startsAt = QLineEdit(self.planTab)
        self.startsAt.setObjectName(u"startsAt")
        self.startsAt.setMaxLength(20)
        self.startsAt.setPlaceholderText(u"2026/12/05")

        self.form.addWidget(self.startsAt, 1, 1, 1, 1)

        self.startTimeLabel = QLabel(self.planTab)
        self.startTimeLabel.setObjectName(u"startTimeLabel")

        self.form.addWidget(self.startTimeLabel, 1, 2, 1, 1)

        self.startTime = QLineEdit(self.planTab)
        self.startTime.setObjectName(u"startTime")
        self.startTime.setMaxLength(10)
        self.startTime.setPlaceholderText(u"13:30")

        self.form.addWidget(self.startTime, 1, 3, 1, 1)

        self.venueLabel = QLabel(self.planTab)
        self.venueLabel.setObjectName(u"venueLabel")

        self.form.addWidget(self.venueLabel, 2, 0, 1, 1)

        self.venue = QLineEdit(self.planTab)
        self.venue.setObjectName(u"venue")
        self.venue.setMaxLength(500)

        self.form.addWidget(self.venue, 2, 1, 1, 1)

        self.capacityLabel = QLabel(self.planTab)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.form.addWidget(self.capacityLabel, 2, 2, 1, 1)

        self.capacity = QLineEdit(self.planTab)
        self.capacity.setObjectName(u"capacity")
        self.capacity.setMaxLength(10)

        self.form.addWidget(self.capacity, 2, 3, 1, 1)

        self.organiserLabel = QLabel(self.planTab)
        self.organiserLabel.setObjectName(u"organiserLabel")

        self.form.addWidget(self.organiserLabel, 3, 0, 1, 1)

        self.organiser = QLineEdit(self.planTab)
        self.organiser.setObjectName(u"organiser")
        self.organiser.setMaxLength(500)

        self.form.addWidget(self.organiser, 3, 1, 1, 1)

        self.facilitatorLabel = QLabel(self.planTab)
        self.facilitatorLabel.setObjectName(u"facilitatorLabel")

        self.form.addWidget(self.facilitatorLabel, 3, 2, 1, 1)

        self.facilitator = QLineEdit(self.planTab)
        self.facilitator.setObjectName(u"facilitator")
        self.facilitator.setMaxLength(500)

        self.form.addWidget(self.facilitator, 3, 3, 1, 1)

        self.agendaLabel = QLabel(self.planTab)
        self.agendaLabel.setObjectName(u"agendaLabel")

        self.form.addWidget(self.agendaLabel, 4, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.agenda = QPlainTextEdit(self.planTab)
        self.agenda.setObjectName(u"agenda")
        self.agenda.setMinimumSize(QSize(0, 60))
        self.agenda.setTabChangesFocus(True)

        self.form.addWidget(self.agenda, 4, 1, 1, 3)

        self.form.setColumnStretch(1, 3)
        self.form.setColumnStretch(3, 2)

        self.planLayout.addLayout(self.form)

        self.errors = QLabel(self.planTab)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.planLayout.addWidget(self.errors)

        self.capacityWarning = QLabel(self.planTab)
        self.capacityWarning.setObjectName(u"capacityWarning")
        self.capacityWarning.setWordWrap(True)
        self.capacityWarning.setVisible(False)

        self.planLayout.addWidget(self.capacityWarning)

        self.saveButtons = QHBoxLayout()
        self.saveButtons.setObjectName(u"saveButtons")
        self.s2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveButtons.addItem(self.s2)

        self.revert = QPushButton(self.planTab)
        self.revert.setObjectName(u"revert")

        self.saveButtons.addWidget(self.revert)

        self.save = QPushButton(self.planTab)
        self.save.setObjectName(u"save")

        self.saveButtons.addWidget(self.save)


        self.planLayout.addLayout(self.saveButtons)

        self.tabs.addTab(self.planTab, "")
        self.participantsTab = QWidget()
        self.participantsTab.setObjectName(u"participantsTab")
        self.participantsLayout = QVBoxLayout(self.participantsTab)
        self.participantsLayout.setObjectName(u"participantsLayout")
        self.addButtons = QHBoxLayout()
        self.addButtons.setObjectName(u"addButtons")
        self.addClients = QPushButton(self.participantsTab)
        self.addClients.setObjectName(u"addClients")

        self.addButtons.addWidget(self.addClients)

        self.registerNew = QPushButton(self.participantsTab)
        self.registerNew.setObjectName(u"registerNew")

        self.addButtons.addWidget(self.registerNew)

        self.importList = QPushButton(self.participantsTab)
        self.importList.setObjectName(u"importList")

        self.addButtons.addWidget(self.importList)

        self.s3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addButtons.addItem(self.s3)

        self.removeParticipant = QPushButton(self.participantsTab)
        self.removeParticipant.setObjectName(u"removeParticipant")

        self.addButtons.addWidget(self.removeParticipant)


        self.participantsLayout.addLayout(self.addButtons)

        self.participants = QTableView(self.participantsTab)
        self.participants.setObjectName(u"participants")
        self.participants.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participants.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.participants.setAlternatingRowColors(True)
        self.participants.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.participants.setSortingEnabled(False)
        self.participants.setWordWrap(False)

        self.participantsLayout.addWidget(self.participants)

        self.attendanceButtons = QHBoxLayout()
        self.attendanceButtons.setObjectName(u"attendanceButtons")
        self.markPresent = QPushButton(self.participantsTab)
        self.markPresent.setObjectName(u"markPresent")

        self.attendanceButtons.addWidget(self.markPresent)

        self.markLate = QPushButton(self.participantsTab)
        self.markLate.setObjectName(u"markLate")

        self.attendanceButtons.addWidget(self.markLate)

        self.markAbsent = QPushButton(self.participantsTab)
        self.markAbsent.setObjectName(u"markAbsent")

        self.attendanceButtons.addWidget(self.markAbsent)

        self.s4 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendanceButtons.addItem(self.s4)

        self.answersBefore = QPushButton(self.participantsTab)
        self.answersBefore.setObjectName(u"answersBefore")

        self.attendanceButtons.addWidget(self.answersBefore)

        self.answersAfter = QPushButton(self.participantsTab)
        self.answersAfter.setObjectName(u"answersAfter")

        self.attendanceButtons.addWidget(self.answersAfter)


        self.participantsLayout.addLayout(self.attendanceButtons)

        self.workButtons = QHBoxLayout()
        self.workButtons.setObjectName(u"workButtons")
        self.recordWork = QPushButton(self.participantsTab)
        self.recordWork.setObjectName(u"recordWork")

        self.workButtons.addWidget(self.recordWork)

        self.bringInFile = QPushButton(self.participantsTab)
        self.bringInFile.setObjectName(u"bringInFile")

        self.workButtons.addWidget(self.bringInFile)

        self.followUp = QCheckBox(self.participantsTab)
        self.followUp.setObjectName(u"followUp")

        self.workButtons.addWidget(self.followUp)

        self.startFollowUp = QPushButton(self.participantsTab)
        self.startFollowUp.setObjectName(u"startFollowUp")

        self.workButtons.addWidget(self.startFollowUp)

        self.s5 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workButtons.addItem(self.s5)


        self.participantsLayout.addLayout(self.workButtons)

        self.tabs.addTab(self.participantsTab, "")
        self.splitter.addWidget(self.tabs)

        self.pageLayout.addWidget(self.splitter)

        self.status = QLabel(WorkshopsPage)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.pageLayout.addWidget(self.status)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.startsAtLabel.setBuddy(self.startsAt)
        self.startTimeLabel.setBuddy(self.startTime)
        self.venueLabel.setBuddy(self.venue)
        self.capacityLabel.setBuddy(self.capacity)
        self.organiserLabel.setBuddy(self.organiser)
        self.facilitatorLabel.setBuddy(self.facilitator)
        self.agendaLabel.setBuddy(self.agenda)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkshopsPage)

        QMetaObject.connectSlotsByName(WorkshopsPage)
    # setupUi

    def retranslateUi(self, WorkshopsPage):
        self.newWorkshop.setText(QCoreApplication.translate("WorkshopsPage", u"New workshop", None))
        self.deleteWorkshop.setText(QCoreApplication.translate("WorkshopsPage", u"Delete\u2026", None))
        self.showProjector.setText(QCoreApplication.translate("WorkshopsPage", u"Projector view", None))
#if QT_CONFIG(tooltip)
        self.showProjector.setToolTip(QCoreApplication.translate("WorkshopsPage", u"Shows this workshop on the projector (F5), with your controls on this screen", None))
#endif // QT_CONFIG(tooltip)
        self.exportHandouts.setText(QCoreApplication.translate("WorkshopsPage", u"Export handouts\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportHandouts.setToolTip(QCoreApplication.translate("WorkshopsPage", u"Worksheets, the common handout, the attendance sheet, result sheets and one file to print them all (Word)", None))
#endif // QT_CONFIG(tooltip)
        self.exportSummary.setText(QCoreApplication.translate("WorkshopsPage", u"Export summary\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportSummary.setToolTip(QCoreApplication.translate("WorkshopsPage", u"The organiser's summary workbook (Excel): attendance, problems, work items, questionnaire before and after", None))
#endif // QT_CONFIG(tooltip)
        self.count.setText("")
        self.editorTitle.setText(QCoreApplication.translate("WorkshopsPage", u"New workshop", None))
        self.titleLabel.setText(QCoreApplication.translate("WorkshopsPage", u"Title *", None))
        self.startsAtLabel.setText(QCoreApplication.translate("WorkshopsPage", u"Date *", None))
        self.startTimeLabel.setText(QCoreApplication.translate("WorkshopsPage", u"Starts at *", None))
        self.venueLabel.setText(QCoreApplication.translate("WorkshopsPage", u"Venue", None))
        self.capacityLabel.setText(QCoreApplication.translate("WorkshopsPage", u"Capacity *", None))
        self.organiserLabel.setText(QCoreApplication.translate("WorkshopsPage", u"Organiser", None))
        self.facilitatorLabel.setText(QCoreApplication.translate("WorkshopsPage", u"Facilitator", None))
        self.agendaLabel.setText(QCoreApplication.translate("WorkshopsPage", u"Agenda", None))
        self.agenda.setPlaceholderText(QCoreApplication.translate("WorkshopsPage", u"One item a line, in order", None))
        self.errors.setText("")
        self.capacityWarning.setText("")
        self.revert.setText(QCoreApplication.translate("WorkshopsPage", u"Revert", None))
        self.save.setText(QCoreApplication.translate("WorkshopsPage", u"Save", None))
        self.tabs.setTabText(self.tabs.indexOf(self.planTab), QCoreApplication.translate("WorkshopsPage", u"Plan", None))
        self.addClients.setText(QCoreApplication.translate("WorkshopsPage", u"Add from clients\u2026", None))
#if QT_CONFIG(tooltip)
        self.addClients.setToolTip(QCoreApplication.translate("WorkshopsPage", u"Pick clients already in the list (several at once)", None))
#endif // QT_CONFIG(tooltip)
        self.registerNew.setText(QCoreApplication.translate("WorkshopsPage", u"Register a new SME\u2026", None))
#if QT_CONFIG(tooltip)
        self.registerNew.setToolTip(QCoreApplication.translate("WorkshopsPage", u"Type a company that is not a client yet", None))
#endif // QT_CONFIG(tooltip)
        self.importList.setText(QCoreApplication.translate("WorkshopsPage", u"Import the registration list\u2026", None))
#if QT_CONFIG(tooltip)
        self.importList.setToolTip(QCoreApplication.translate("WorkshopsPage", u"The organiser's list of applicants, CSV or Excel", None))
#endif // QT_CONFIG(tooltip)
        self.removeParticipant.setText(QCoreApplication.translate("WorkshopsPage", u"Remove\u2026", None))
        self.markPresent.setText(QCoreApplication.translate("WorkshopsPage", u"&Present", None))
#if QT_CONFIG(tooltip)
        self.markPresent.setToolTip(QCoreApplication.translate("WorkshopsPage", u"Mark the chosen participants present and go to the next one", None))
#endif // QT_CONFIG(tooltip)
        self.markLate.setText(QCoreApplication.translate("WorkshopsPage", u"&Late\u2026", None))
#if QT_CONFIG(tooltip)
        self.markLate.setToolTip(QCoreApplication.translate("WorkshopsPage", u"Late arrival: asks the time", None))
#endif // QT_CONFIG(tooltip)
        self.markAbsent.setText(QCoreApplication.translate("WorkshopsPage", u"&Absent", None))
        self.answersBefore.setText(QCoreApplication.translate("WorkshopsPage", u"Questionnaire &before\u2026", None))
        self.answersAfter.setText(QCoreApplication.translate("WorkshopsPage", u"Questionnaire af&ter\u2026", None))
        self.recordWork.setText(QCoreApplication.translate("WorkshopsPage", u"Record this participant's work", None))
#if QT_CONFIG(tooltip)
        self.recordWork.setToolTip(QCoreApplication.translate("WorkshopsPage", u"Opens the participant's consultation of the workshop's day", None))
#endif // QT_CONFIG(tooltip)
        self.bringInFile.setText(QCoreApplication.translate("WorkshopsPage", u"Bring in from a file\u2026", None))
#if QT_CONFIG(tooltip)
        self.bringInFile.setToolTip(QCoreApplication.translate("WorkshopsPage", u"The work the participant recorded on their own laptop (File \u25b8 Export the client file there), added to their consultation of the day", None))
#endif // QT_CONFIG(tooltip)
        self.followUp.setText(QCoreApplication.translate("WorkshopsPage", u"Asks for a follow-up", None))
        self.startFollowUp.setText(QCoreApplication.translate("WorkshopsPage", u"Continue in a consultation", None))
#if QT_CONFIG(tooltip)
        self.startFollowUp.setToolTip(QCoreApplication.translate("WorkshopsPage", u"The participant becomes your client: a consultation today carrying the workshop's problems and work items", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.participantsTab), QCoreApplication.translate("WorkshopsPage", u"Participants and attendance", None))
        self.status.setText("")
        pass
    # retranslateUi

