# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.setMinimumSize(QSize(420, 0))
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.addWidget(self.languageLabel, 0, 0, 1, 1)

        self.language = QComboBox(SettingsDialog)
        self.language.setObjectName(u"language")

        self.form.addWidget(self.language, 0, 1, 1, 1)

        self.form.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.form)

        self.restartNote = QLabel(SettingsDialog)
        self.restartNote.setObjectName(u"restartNote")
        self.restartNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.restartNote)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Preferences", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Language", None))
        self.restartNote.setText(QCoreApplication.translate("SettingsDialog", u"A new language applies when csp-desk starts again.", None))
    # retranslateUi

