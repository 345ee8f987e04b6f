# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'terms_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout

class Ui_TermsDialog(object):
    def setupUi(self, TermsDialog):
        if not TermsDialog.objectName():
            TermsDialog.setObjectName(u"TermsDialog")
        self.termsLayout = QVBoxLayout(TermsDialog)
        self.termsLayout.setObjectName(u"termsLayout")
        self.worker = QLabel(TermsDialog)
        self.worker.setObjectName(u"worker")

        self.termsLayout.addWidget(self.worker)

        self.termsForm = QGridLayout()
        self.termsForm.setObjectName(u"termsForm")
        self.contractedOnLabel = QLabel(TermsDialog)
        self.contractedOnLabel.setObjectName(u"contractedOnLabel")

        self.termsForm.addWidget(self.contractedOnLabel, 0, 0, 1, 1)

        self.contractedOn = QLineEdit(TermsDialog)
        self.contractedOn.setObjectName(u"contractedOn")
        self.contractedOn.setMaxLength(20)

        self.termsForm.addWidget(self.contractedOn, 0, 1, 1, 1)

        self.amountLabel = QLabel(TermsDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.termsForm.addWidget(self.amountLabel, 1, 0, 1, 1)

        self.amount = QLineEdit(TermsDialog)
        self.amount.setObjectName(u"amount")
        self.amount.setMaxLength(20)

        self.termsForm.addWidget(self.amount, 1, 1, 1, 1)

        self.deliveryDueLabel = QLabel(TermsDialog)
        self.deliveryDueLabel.setObjectName(u"deliveryDueLabel")

        self.termsForm.addWidget(self.deliveryDueLabel, 2, 0, 1, 1)

        self.deliveryDue = QLineEdit(TermsDialog)
        self.deliveryDue.setObjectName(u"deliveryDue")
        self.deliveryDue.setMaxLength(20)

        self.termsForm.addWidget(self.deliveryDue, 2, 1, 1, 1)

        self.paymentDueLabel = QLabel(TermsDialog)
        self.paymentDueLabel.setObjectName(u"paymentDueLabel")

        self.termsForm.addWidget(self.paymentDueLabel, 3, 0, 1, 1)

        self.paymentDue = QLineEdit(TermsDialog)
        self.paymentDue.setObjectName(u"paymentDue")
        self.paymentDue.setMaxLength(20)

        self.termsForm.addWidget(self.paymentDue, 3, 1, 1, 1)

        self.freeRoundsLabel = QLabel(TermsDialog)
        self.freeRoundsLabel.setObjectName(u"freeRoundsLabel")

        self.termsForm.addWidget(self.freeRoundsLabel, 4, 0, 1, 1)

        self.freeRounds = QLineEdit(TermsDialog)
        self.freeRounds.setObjectName(u"freeRounds")
        self.freeRounds.setMaxLength(4)

        self.termsForm.addWidget(self.freeRounds, 4, 1, 1, 1)

        self.taxable = QCheckBox(TermsDialog)
        self.taxable.setObjectName(u"taxable")
        self.taxable.setChecked(True)

        self.termsForm.addWidget(self.taxable, 5, 1, 1, 1)

        self.termsForm.setColumnStretch(1, 1)

        self.termsLayout.addLayout(self.termsForm)

        self.errors = QLabel(TermsDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)

        self.termsLayout.addWidget(self.errors)

        self.buttons = QDialogButtonBox(TermsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.termsLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.contractedOnLabel.setBuddy(self.contractedOn)
        self.amountLabel.setBuddy(self.amount)
        self.deliveryDueLabel.setBuddy(self.deliveryDue)
        self.paymentDueLabel.setBuddy(self.paymentDue)
        self.freeRoundsLabel.setBuddy(self.freeRounds)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TermsDialog)

        QMetaObject.connectSlotsByName(TermsDialog)
    # setupUi

    def retranslateUi(self, TermsDialog):
        TermsDialog.setWindowTitle(QCoreApplication.translate("TermsDialog", u"Contract terms", None))
        self.worker.setText("")
        self.contractedOnLabel.setText(QCoreApplication.translate("TermsDialog", u"Contracted on", None))
        self.amountLabel.setText(QCoreApplication.translate("TermsDialog", u"Amount (yen, before tax)", None))
        self.deliveryDueLabel.setText(QCoreApplication.translate("TermsDialog", u"Delivery due", None))
        self.paymentDueLabel.setText(QCoreApplication.translate("TermsDialog", u"Payment due", None))
        self.freeRoundsLabel.setText(QCoreApplication.translate("TermsDialog", u"Free revision rounds", None))
        self.taxable.setText(QCoreApplication.translate("TermsDialog", u"Consumption tax is added", None))
        self.errors.setText("")
    # retranslateUi

