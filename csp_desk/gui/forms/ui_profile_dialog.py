# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout

class Ui_ProfileDialog(object):
    def setupUi(self, ProfileDialog):
        if not ProfileDialog.objectName():
            ProfileDialog.setObjectName(u"ProfileDialog")
        ProfileDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(ProfileDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ProfileDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(ProfileDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.name = QLineEdit(ProfileDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(500)

        self.form.addWidget(self.name, 0, 1, 1, 1)

        self.organisationLabel = QLabel(ProfileDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.addWidget(self.organisationLabel, 1, 0, 1, 1)

        self.organisation = QLineEdit(ProfileDialog)
        self.organisation.setObjectName(u"organisation")
        self.organisation.setMaxLength(500)

        self.form.addWidget(self.organisation, 1, 1, 1, 1)

        self.certificationLabel = QLabel(ProfileDialog)
        self.certificationLabel.setObjectName(u"certificationLabel")

        self.form.addWidget(self.certificationLabel, 2, 0, 1, 1)

        self.certification = QLineEdit(ProfileDialog)
        self.certification.setObjectName(u"certification")
        self.certification.setMaxLength(500)

        self.form.addWidget(self.certification, 2, 1, 1, 1)

        self.phoneLabel = QLabel(ProfileDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.addWidget(self.phoneLabel, 3, 0, 1, 1)

        self.phone = QLineEdit(ProfileDialog)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(30)
        self.phone.setPlaceholderText(u"03-1234-5678")

        self.form.addWidget(self.phone, 3, 1, 1, 1)

        self.emailLabel = QLabel(ProfileDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.addWidget(self.emailLabel, 4, 0, 1, 1)

        self.email = QLineEdit(ProfileDialog)
        self.email.setObjectName(u"email")
        self.email.setMaxLength(500)
        self.email.setPlaceholderText(u"name@example.jp")

        self.form.addWidget(self.email, 4, 1, 1, 1)

        self.addressLabel = QLabel(ProfileDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.addWidget(self.addressLabel, 5, 0, 1, 1)

        self.address = QLineEdit(ProfileDialog)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(500)

        self.form.addWidget(self.address, 5, 1, 1, 1)

        self.form.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.form)

        self.errors = QLabel(ProfileDialog)
        self.errors.setObjectName(u"errors")
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)

        self.dialogLayout.addWidget(self.errors)

        self.buttons = QDialogButtonBox(ProfileDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.organisationLabel.setBuddy(self.organisation)
        self.certificationLabel.setBuddy(self.certification)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.addressLabel.setBuddy(self.address)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProfileDialog)

        QMetaObject.connectSlotsByName(ProfileDialog)
    # setupUi

    def retranslateUi(self, ProfileDialog):
        ProfileDialog.setWindowTitle(QCoreApplication.translate("ProfileDialog", u"My profile", None))
        self.intro.setText(QCoreApplication.translate("ProfileDialog", u"Set once: your details appear on every document you hand to a client.", None))
        self.nameLabel.setText(QCoreApplication.translate("ProfileDialog", u"Name", None))
        self.organisationLabel.setText(QCoreApplication.translate("ProfileDialog", u"Organisation", None))
        self.certificationLabel.setText(QCoreApplication.translate("ProfileDialog", u"CSP certification", None))
        self.phoneLabel.setText(QCoreApplication.translate("ProfileDialog", u"Phone", None))
        self.emailLabel.setText(QCoreApplication.translate("ProfileDialog", u"Email", None))
        self.addressLabel.setText(QCoreApplication.translate("ProfileDialog", u"Address", None))
        self.errors.setText("")
    # retranslateUi

