# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout

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

        self.silenceDaysLabel = QLabel(SettingsDialog)
        self.silenceDaysLabel.setObjectName(u"silenceDaysLabel")

        self.form.addWidget(self.silenceDaysLabel, 1, 0, 1, 1)

        self.silenceDays = QSpinBox(SettingsDialog)
        self.silenceDays.setObjectName(u"silenceDays")
        self.silenceDays.setMinimum(1)
        self.silenceDays.setMaximum(30)
        self.silenceDays.setValue(3)

        self.form.addWidget(self.silenceDays, 1, 1, 1, 1)

        self.form.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.form)

        self.restartNote = QLabel(SettingsDialog)
        self.restartNote.setObjectName(u"restartNote")
        self.restartNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.restartNote)

        self.wagesBox = QGroupBox(SettingsDialog)
        self.wagesBox.setObjectName(u"wagesBox")
        self.wagesLayout = QVBoxLayout(self.wagesBox)
        self.wagesLayout.setObjectName(u"wagesLayout")
        self.wagesInfo = QLabel(self.wagesBox)
        self.wagesInfo.setObjectName(u"wagesInfo")
        self.wagesInfo.setText(u"")
        self.wagesInfo.setWordWrap(True)

        self.wagesLayout.addWidget(self.wagesInfo)

        self.addWages = QPushButton(self.wagesBox)
        self.addWages.setObjectName(u"addWages")

        self.wagesLayout.addWidget(self.addWages)


        self.dialogLayout.addWidget(self.wagesBox)

        self.templateBox = QGroupBox(SettingsDialog)
        self.templateBox.setObjectName(u"templateBox")
        self.templateLayout = QVBoxLayout(self.templateBox)
        self.templateLayout.setObjectName(u"templateLayout")
        self.templateInfo = QLabel(self.templateBox)
        self.templateInfo.setObjectName(u"templateInfo")
        self.templateInfo.setText(u"")
        self.templateInfo.setWordWrap(True)

        self.templateLayout.addWidget(self.templateInfo)

        self.templateButtons = QHBoxLayout()
        self.templateButtons.setObjectName(u"templateButtons")
        self.chooseTemplate = QPushButton(self.templateBox)
        self.chooseTemplate.setObjectName(u"chooseTemplate")

        self.templateButtons.addWidget(self.chooseTemplate)

        self.defaultTemplate = QPushButton(self.templateBox)
        self.defaultTemplate.setObjectName(u"defaultTemplate")

        self.templateButtons.addWidget(self.defaultTemplate)

        self.saveTemplate = QPushButton(self.templateBox)
        self.saveTemplate.setObjectName(u"saveTemplate")

        self.templateButtons.addWidget(self.saveTemplate)

        self.templateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateButtons.addItem(self.templateSpacer)


        self.templateLayout.addLayout(self.templateButtons)


        self.dialogLayout.addWidget(self.templateBox)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.language)
        self.silenceDaysLabel.setBuddy(self.silenceDays)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Preferences", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Language", None))
        self.silenceDaysLabel.setText(QCoreApplication.translate("SettingsDialog", u"Warn after no reply for (business days)", None))
        self.restartNote.setText(QCoreApplication.translate("SettingsDialog", u"A new language applies when csp-desk starts again.", None))
        self.wagesBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Minimum wages", None))
        self.addWages.setText(QCoreApplication.translate("SettingsDialog", u"Add a year from a CSV file\u2026", None))
        self.templateBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Word template (house style)", None))
        self.chooseTemplate.setText(QCoreApplication.translate("SettingsDialog", u"Use my template\u2026", None))
        self.defaultTemplate.setText(QCoreApplication.translate("SettingsDialog", u"Back to the default", None))
        self.saveTemplate.setText(QCoreApplication.translate("SettingsDialog", u"Save the default template\u2026", None))
    # retranslateUi

