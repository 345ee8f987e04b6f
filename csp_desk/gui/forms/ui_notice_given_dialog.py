# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notice_given_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout

class Ui_NoticeGivenDialog(object):
    def setupUi(self, NoticeGivenDialog):
        if not NoticeGivenDialog.objectName():
            NoticeGivenDialog.setObjectName(u"NoticeGivenDialog")
        self.givenLayout = QVBoxLayout(NoticeGivenDialog)
        self.givenLayout.setObjectName(u"givenLayout")
        self.contractText = QLabel(NoticeGivenDialog)
        self.contractText.setObjectName(u"contractText")
        self.contractText.setWordWrap(True)

        self.givenLayout.addWidget(self.contractText)

        self.givenForm = QGridLayout()
        self.givenForm.setObjectName(u"givenForm")
        self.givenOnLabel = QLabel(NoticeGivenDialog)
        self.givenOnLabel.setObjectName(u"givenOnLabel")

        self.givenForm.addWidget(self.givenOnLabel, 0, 0, 1, 1)

        self.givenOn = QLineEdit(NoticeGivenDialog)
        self.givenOn.setObjectName(u"givenOn")
        self.givenOn.setMaxLength(20)
        self.givenOn.setPlaceholderText(u"2026/12/01")

        self.givenForm.addWidget(self.givenOn, 0, 1, 1, 1)

        self.channelLabel = QLabel(NoticeGivenDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.givenForm.addWidget(self.channelLabel, 1, 0, 1, 1)

        self.channel = QComboBox(NoticeGivenDialog)
        self.channel.setObjectName(u"channel")

        self.givenForm.addWidget(self.channel, 1, 1, 1, 1)

        self.givenForm.setColumnStretch(1, 1)

        self.givenLayout.addLayout(self.givenForm)

        self.lateText = QLabel(NoticeGivenDialog)
        self.lateText.setObjectName(u"lateText")
        self.lateText.setWordWrap(True)

        self.givenLayout.addWidget(self.lateText)

        self.errors = QLabel(NoticeGivenDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)

        self.givenLayout.addWidget(self.errors)

        self.buttons = QDialogButtonBox(NoticeGivenDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.givenLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.givenOnLabel.setBuddy(self.givenOn)
        self.channelLabel.setBuddy(self.channel)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoticeGivenDialog)

        QMetaObject.connectSlotsByName(NoticeGivenDialog)
    # setupUi

    def retranslateUi(self, NoticeGivenDialog):
        NoticeGivenDialog.setWindowTitle(QCoreApplication.translate("NoticeGivenDialog", u"Give the terms notice", None))
        self.contractText.setText("")
        self.givenOnLabel.setText(QCoreApplication.translate("NoticeGivenDialog", u"Given to the worker on", None))
        self.channelLabel.setText(QCoreApplication.translate("NoticeGivenDialog", u"Given by", None))
        self.lateText.setText("")
        self.errors.setText("")
    # retranslateUi

