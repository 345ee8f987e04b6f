# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_terms_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout

class Ui_DocumentTermsDialog(object):
    def setupUi(self, DocumentTermsDialog):
        if not DocumentTermsDialog.objectName():
            DocumentTermsDialog.setObjectName(u"DocumentTermsDialog")
        self.termsLayout = QVBoxLayout(DocumentTermsDialog)
        self.termsLayout.setObjectName(u"termsLayout")
        self.intro = QLabel(DocumentTermsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.termsLayout.addWidget(self.intro)

        self.termsForm = QGridLayout()
        self.termsForm.setObjectName(u"termsForm")
        self.feeRateLabel = QLabel(DocumentTermsDialog)
        self.feeRateLabel.setObjectName(u"feeRateLabel")

        self.termsForm.addWidget(self.feeRateLabel, 0, 0, 1, 1)

        self.feeRate = QLineEdit(DocumentTermsDialog)
        self.feeRate.setObjectName(u"feeRate")
        self.feeRate.setMaxLength(20)
        self.feeRate.setPlaceholderText(u"10")

        self.termsForm.addWidget(self.feeRate, 0, 1, 1, 1)

        self.validDaysLabel = QLabel(DocumentTermsDialog)
        self.validDaysLabel.setObjectName(u"validDaysLabel")

        self.termsForm.addWidget(self.validDaysLabel, 1, 0, 1, 1)

        self.validDays = QSpinBox(DocumentTermsDialog)
        self.validDays.setObjectName(u"validDays")
        self.validDays.setMinimum(1)
        self.validDays.setMaximum(365)
        self.validDays.setValue(30)

        self.termsForm.addWidget(self.validDays, 1, 1, 1, 1)

        self.termsForm.setColumnStretch(1, 1)

        self.termsLayout.addLayout(self.termsForm)

        self.earlyText = QLabel(DocumentTermsDialog)
        self.earlyText.setObjectName(u"earlyText")
        self.earlyText.setWordWrap(True)

        self.termsLayout.addWidget(self.earlyText)

        self.errors = QLabel(DocumentTermsDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)

        self.termsLayout.addWidget(self.errors)

        self.buttons = QDialogButtonBox(DocumentTermsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.termsLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.feeRateLabel.setBuddy(self.feeRate)
        self.validDaysLabel.setBuddy(self.validDays)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentTermsDialog)

        QMetaObject.connectSlotsByName(DocumentTermsDialog)
    # setupUi

    def retranslateUi(self, DocumentTermsDialog):
        DocumentTermsDialog.setWindowTitle(QCoreApplication.translate("DocumentTermsDialog", u"Fee and validity of the proposal", None))
        self.intro.setText(QCoreApplication.translate("DocumentTermsDialog", u"Your own fee is shown as a row of the cost, as a percentage of the workers' rewards (before tax). The proposal stands for the days given from today.", None))
        self.feeRateLabel.setText(QCoreApplication.translate("DocumentTermsDialog", u"Your fee (% of the rewards)", None))
        self.validDaysLabel.setText(QCoreApplication.translate("DocumentTermsDialog", u"Valid for (days)", None))
        self.earlyText.setText("")
        self.errors.setText("")
    # retranslateUi

