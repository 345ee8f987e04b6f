# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListView, QMenu, QMenuBar, QStackedWidget, QStatusBar, QVBoxLayout, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        MainWindow.setWindowTitle(u"csp-desk")
        self.actionOpenDemo = QAction(MainWindow)
        self.actionOpenDemo.setObjectName(u"actionOpenDemo")
        self.actionSealedBackup = QAction(MainWindow)
        self.actionSealedBackup.setObjectName(u"actionSealedBackup")
        self.actionImportClients = QAction(MainWindow)
        self.actionImportClients.setObjectName(u"actionImportClients")
        self.actionImportWorkers = QAction(MainWindow)
        self.actionImportWorkers.setObjectName(u"actionImportWorkers")
        self.actionRestoreBackup = QAction(MainWindow)
        self.actionRestoreBackup.setObjectName(u"actionRestoreBackup")
        self.actionOpenOwn = QAction(MainWindow)
        self.actionOpenOwn.setObjectName(u"actionOpenOwn")
        self.actionExportProposal = QAction(MainWindow)
        self.actionExportProposal.setObjectName(u"actionExportProposal")
        self.actionExportBudget = QAction(MainWindow)
        self.actionExportBudget.setObjectName(u"actionExportBudget")
        self.actionExportProgress = QAction(MainWindow)
        self.actionExportProgress.setObjectName(u"actionExportProgress")
        self.actionExportLedger = QAction(MainWindow)
        self.actionExportLedger.setObjectName(u"actionExportLedger")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionProfile = QAction(MainWindow)
        self.actionProfile.setObjectName(u"actionProfile")
        self.actionPreferences = QAction(MainWindow)
        self.actionPreferences.setObjectName(u"actionPreferences")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QHBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListView(self.central)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMinimumSize(QSize(170, 0))
        self.navigation.setMaximumSize(QSize(210, 16777215))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigation.setUniformItemSizes(True)

        self.centralLayout.addWidget(self.navigation)

        self.contentLayout = QVBoxLayout()
        self.contentLayout.setSpacing(6)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(16, 12, 16, 8)
        self.clientBanner = QLabel(self.central)
        self.clientBanner.setObjectName(u"clientBanner")
        self.clientBanner.setWordWrap(True)

        self.contentLayout.addWidget(self.clientBanner)

        self.pages = QStackedWidget(self.central)
        self.pages.setObjectName(u"pages")

        self.contentLayout.addWidget(self.pages)


        self.centralLayout.addLayout(self.contentLayout)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuSettings = QMenu(self.menubar)
        self.menuSettings.setObjectName(u"menuSettings")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuSettings.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionOpenDemo)
        self.menuFile.addAction(self.actionOpenOwn)
        self.menuFile.addAction(self.actionRestoreBackup)
        self.menuFile.addAction(self.actionSealedBackup)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionImportClients)
        self.menuFile.addAction(self.actionImportWorkers)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionExportProposal)
        self.menuFile.addAction(self.actionExportBudget)
        self.menuFile.addAction(self.actionExportProgress)
        self.menuFile.addAction(self.actionExportLedger)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuSettings.addAction(self.actionProfile)
        self.menuSettings.addAction(self.actionPreferences)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.actionOpenDemo.setText(QCoreApplication.translate("MainWindow", u"Open a &demo database", None))
        self.actionSealedBackup.setText(QCoreApplication.translate("MainWindow", u"Encrypted backup for a USB stick\u2026", None))
        self.actionImportClients.setText(QCoreApplication.translate("MainWindow", u"Import clients (CSV or Excel)\u2026", None))
        self.actionImportWorkers.setText(QCoreApplication.translate("MainWindow", u"Import workers (CSV or Excel)\u2026", None))
        self.actionRestoreBackup.setText(QCoreApplication.translate("MainWindow", u"R&estore a backup\u2026", None))
        self.actionOpenOwn.setText(QCoreApplication.translate("MainWindow", u"Back to &my database", None))
        self.actionExportProposal.setText(QCoreApplication.translate("MainWindow", u"Export &proposal (Word)\u2026", None))
        self.actionExportBudget.setText(QCoreApplication.translate("MainWindow", u"Export &budget (Excel)\u2026", None))
        self.actionExportProgress.setText(QCoreApplication.translate("MainWindow", u"Export p&rogress report (Word)\u2026", None))
        self.actionExportLedger.setText(QCoreApplication.translate("MainWindow", u"Export progress sheet and payment &ledger, all clients (Excel)\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionProfile.setText(QCoreApplication.translate("MainWindow", u"My &profile\u2026", None))
        self.actionPreferences.setText(QCoreApplication.translate("MainWindow", u"&Preferences\u2026", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About csp-desk", None))
        self.clientBanner.setText(QCoreApplication.translate("MainWindow", u"No client selected", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuSettings.setTitle(QCoreApplication.translate("MainWindow", u"&Settings", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        pass
    # retranslateUi

