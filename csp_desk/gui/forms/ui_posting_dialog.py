# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'posting_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_PostingDialog(object):
    def setupUi(self, PostingDialog):
        if not PostingDialog.objectName():
            PostingDialog.setObjectName(u"PostingDialog")
        PostingDialog.resize(1000, 690)
        self.dialogLayout = QVBoxLayout(PostingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.splitter = QSplitter(PostingDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.leftPane = QWidget(self.splitter)
        self.leftPane.setObjectName(u"leftPane")
        self.leftLayout = QVBoxLayout(self.leftPane)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self.leftPane)
        self.tabs.setObjectName(u"tabs")
        self.workScroll = QScrollArea()
        self.workScroll.setObjectName(u"workScroll")
        self.workScroll.setWidgetResizable(True)
        self.workScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.workPage = QWidget()
        self.workPage.setObjectName(u"workPage")
        self.workGrid = QGridLayout(self.workPage)
        self.workGrid.setObjectName(u"workGrid")
        self.titleLabel = QLabel(self.workPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.workGrid.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.title = QLineEdit(self.workPage)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(2000)

        self.workGrid.addWidget(self.title, 0, 1, 1, 1)

        self.orderTypeLabel = QLabel(self.workPage)
        self.orderTypeLabel.setObjectName(u"orderTypeLabel")

        self.workGrid.addWidget(self.orderTypeLabel, 1, 0, 1, 1)

        self.orderType = QComboBox(self.workPage)
        self.orderType.setObjectName(u"orderType")

        self.workGrid.addWidget(self.orderType, 1, 1, 1, 1)

        self.pricingLabel = QLabel(self.workPage)
        self.pricingLabel.setObjectName(u"pricingLabel")

        self.workGrid.addWidget(self.pricingLabel, 2, 0, 1, 1)

        self.pricing = QComboBox(self.workPage)
        self.pricing.setObjectName(u"pricing")

        self.workGrid.addWidget(self.pricing, 2, 1, 1, 1)

        self.categoryLabel = QLabel(self.workPage)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.workGrid.addWidget(self.categoryLabel, 3, 0, 1, 1)

        self.category = QComboBox(self.workPage)
        self.category.setObjectName(u"category")

        self.workGrid.addWidget(self.category, 3, 1, 1, 1)

        self.platformLabel = QLabel(self.workPage)
        self.platformLabel.setObjectName(u"platformLabel")

        self.workGrid.addWidget(self.platformLabel, 4, 0, 1, 1)

        self.platformLayout = QVBoxLayout()
        self.platformLayout.setSpacing(2)
        self.platformLayout.setObjectName(u"platformLayout")
        self.platform = QComboBox(self.workPage)
        self.platform.setObjectName(u"platform")
        self.platform.setEditable(True)

        self.platformLayout.addWidget(self.platform)

        self.platformTerms = QLabel(self.workPage)
        self.platformTerms.setObjectName(u"platformTerms")
        self.platformTerms.setText(u"")
        self.platformTerms.setWordWrap(True)
        self.platformTerms.setTextFormat(Qt.TextFormat.PlainText)

        self.platformLayout.addWidget(self.platformTerms)

        self.platformGaps = QLabel(self.workPage)
        self.platformGaps.setObjectName(u"platformGaps")
        self.platformGaps.setText(u"")
        self.platformGaps.setWordWrap(True)
        self.platformGaps.setTextFormat(Qt.TextFormat.PlainText)

        self.platformLayout.addWidget(self.platformGaps)


        self.workGrid.addLayout(self.platformLayout, 4, 1, 1, 1)

        self.descriptionLabel = QLabel(self.workPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.workGrid.addWidget(self.descriptionLabel, 5, 0, 1, 1)

        self.description = QPlainTextEdit(self.workPage)
        self.description.setObjectName(u"description")
        self.description.setMinimumSize(QSize(0, 140))
        self.description.setTabChangesFocus(True)

        self.workGrid.addWidget(self.description, 5, 1, 1, 1)

        self.deliverablesLabel = QLabel(self.workPage)
        self.deliverablesLabel.setObjectName(u"deliverablesLabel")

        self.workGrid.addWidget(self.deliverablesLabel, 6, 0, 1, 1)

        self.deliverables = QPlainTextEdit(self.workPage)
        self.deliverables.setObjectName(u"deliverables")
        self.deliverables.setMinimumSize(QSize(0, 60))
        self.deliverables.setTabChangesFocus(True)

        self.workGrid.addWidget(self.deliverables, 6, 1, 1, 1)

        self.skillsLabel = QLabel(self.workPage)
        self.skillsLabel.setObjectName(u"skillsLabel")

        self.workGrid.addWidget(self.skillsLabel, 7, 0, 1, 1)

        self.skills = QLineEdit(self.workPage)
        self.skills.setObjectName(u"skills")
        self.skills.setMaxLength(2000)

        self.workGrid.addWidget(self.skills, 7, 1, 1, 1)

        self.estimatedHoursLabel = QLabel(self.workPage)
        self.estimatedHoursLabel.setObjectName(u"estimatedHoursLabel")

        self.workGrid.addWidget(self.estimatedHoursLabel, 8, 0, 1, 1)

        self.estimatedHours = QLineEdit(self.workPage)
        self.estimatedHours.setObjectName(u"estimatedHours")
        self.estimatedHours.setMaxLength(12)
        self.estimatedHours.setPlaceholderText(u"20")

        self.workGrid.addWidget(self.estimatedHours, 8, 1, 1, 1)

        self.minutesPerItemLabel = QLabel(self.workPage)
        self.minutesPerItemLabel.setObjectName(u"minutesPerItemLabel")

        self.workGrid.addWidget(self.minutesPerItemLabel, 9, 0, 1, 1)

        self.minutesPerItem = QLineEdit(self.workPage)
        self.minutesPerItem.setObjectName(u"minutesPerItem")
        self.minutesPerItem.setMaxLength(12)
        self.minutesPerItem.setPlaceholderText(u"3")

        self.workGrid.addWidget(self.minutesPerItem, 9, 1, 1, 1)

        self.quantityLabel = QLabel(self.workPage)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.workGrid.addWidget(self.quantityLabel, 10, 0, 1, 1)

        self.quantity = QLineEdit(self.workPage)
        self.quantity.setObjectName(u"quantity")
        self.quantity.setMaxLength(12)
        self.quantity.setPlaceholderText(u"1")

        self.workGrid.addWidget(self.quantity, 10, 1, 1, 1)

        self.dueLabel = QLabel(self.workPage)
        self.dueLabel.setObjectName(u"dueLabel")

        self.workGrid.addWidget(self.dueLabel, 11, 0, 1, 1)

        self.due = QLineEdit(self.workPage)
        self.due.setObjectName(u"due")
        self.due.setMaxLength(20)
        self.due.setPlaceholderText(u"2026/12/21")

        self.workGrid.addWidget(self.due, 11, 1, 1, 1)

        self.timeframeLabel = QLabel(self.workPage)
        self.timeframeLabel.setObjectName(u"timeframeLabel")

        self.workGrid.addWidget(self.timeframeLabel, 12, 0, 1, 1)

        self.timeframe = QLineEdit(self.workPage)
        self.timeframe.setObjectName(u"timeframe")
        self.timeframe.setMaxLength(2000)

        self.workGrid.addWidget(self.timeframe, 12, 1, 1, 1)

        self.placeLabel = QLabel(self.workPage)
        self.placeLabel.setObjectName(u"placeLabel")

        self.workGrid.addWidget(self.placeLabel, 13, 0, 1, 1)

        self.place = QLineEdit(self.workPage)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(2000)
        self.place.setPlaceholderText(u"\u5728\u5b85\uff08\u30ea\u30e2\u30fc\u30c8\uff09")

        self.workGrid.addWidget(self.place, 13, 1, 1, 1)

        self.workGridEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.workGrid.addItem(self.workGridEnd, 14, 0, 1, 2)

        self.workGrid.setColumnStretch(1, 1)
        self.workScroll.setWidget(self.workPage)
        self.tabs.addTab(self.workScroll, "")
        self.rewardScroll = QScrollArea()
        self.rewardScroll.setObjectName(u"rewardScroll")
        self.rewardScroll.setWidgetResizable(True)
        self.rewardScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rewardPage = QWidget()
        self.rewardPage.setObjectName(u"rewardPage")
        self.rewardGrid = QGridLayout(self.rewardPage)
        self.rewardGrid.setObjectName(u"rewardGrid")
        self.rewardAmountLabel = QLabel(self.rewardPage)
        self.rewardAmountLabel.setObjectName(u"rewardAmountLabel")

        self.rewardGrid.addWidget(self.rewardAmountLabel, 0, 0, 1, 1)

        self.rewardAmount = QLineEdit(self.rewardPage)
        self.rewardAmount.setObjectName(u"rewardAmount")
        self.rewardAmount.setMaxLength(20)
        self.rewardAmount.setPlaceholderText(u"50,000")

        self.rewardGrid.addWidget(self.rewardAmount, 0, 1, 1, 1)

        self.rewardMinLabel = QLabel(self.rewardPage)
        self.rewardMinLabel.setObjectName(u"rewardMinLabel")

        self.rewardGrid.addWidget(self.rewardMinLabel, 1, 0, 1, 1)

        self.rewardMin = QLineEdit(self.rewardPage)
        self.rewardMin.setObjectName(u"rewardMin")
        self.rewardMin.setMaxLength(20)

        self.rewardGrid.addWidget(self.rewardMin, 1, 1, 1, 1)

        self.rewardMaxLabel = QLabel(self.rewardPage)
        self.rewardMaxLabel.setObjectName(u"rewardMaxLabel")

        self.rewardGrid.addWidget(self.rewardMaxLabel, 2, 0, 1, 1)

        self.rewardMax = QLineEdit(self.rewardPage)
        self.rewardMax.setObjectName(u"rewardMax")
        self.rewardMax.setMaxLength(20)

        self.rewardGrid.addWidget(self.rewardMax, 2, 1, 1, 1)

        self.byQuote = QCheckBox(self.rewardPage)
        self.byQuote.setObjectName(u"byQuote")

        self.rewardGrid.addWidget(self.byQuote, 3, 1, 1, 1)

        self.rewardTaxLabel = QLabel(self.rewardPage)
        self.rewardTaxLabel.setObjectName(u"rewardTaxLabel")

        self.rewardGrid.addWidget(self.rewardTaxLabel, 4, 0, 1, 1)

        self.rewardTax = QComboBox(self.rewardPage)
        self.rewardTax.setObjectName(u"rewardTax")

        self.rewardGrid.addWidget(self.rewardTax, 4, 1, 1, 1)

        self.paymentRuleLabel = QLabel(self.rewardPage)
        self.paymentRuleLabel.setObjectName(u"paymentRuleLabel")

        self.rewardGrid.addWidget(self.paymentRuleLabel, 5, 0, 1, 1)

        self.paymentRule = QLineEdit(self.rewardPage)
        self.paymentRule.setObjectName(u"paymentRule")
        self.paymentRule.setMaxLength(2000)
        self.paymentRule.setPlaceholderText(u"\u691c\u53ce\u5b8c\u4e86\u65e5\u306e\u7fcc\u6708\u672b\u65e5")

        self.rewardGrid.addWidget(self.paymentRule, 5, 1, 1, 1)

        self.paymentDaysLabel = QLabel(self.rewardPage)
        self.paymentDaysLabel.setObjectName(u"paymentDaysLabel")

        self.rewardGrid.addWidget(self.paymentDaysLabel, 6, 0, 1, 1)

        self.paymentDays = QLineEdit(self.rewardPage)
        self.paymentDays.setObjectName(u"paymentDays")
        self.paymentDays.setMaxLength(4)
        self.paymentDays.setPlaceholderText(u"30")

        self.rewardGrid.addWidget(self.paymentDays, 6, 1, 1, 1)

        self.paymentMethodLabel = QLabel(self.rewardPage)
        self.paymentMethodLabel.setObjectName(u"paymentMethodLabel")

        self.rewardGrid.addWidget(self.paymentMethodLabel, 7, 0, 1, 1)

        self.paymentMethod = QLineEdit(self.rewardPage)
        self.paymentMethod.setObjectName(u"paymentMethod")
        self.paymentMethod.setMaxLength(2000)
        self.paymentMethod.setPlaceholderText(u"\u30d7\u30e9\u30c3\u30c8\u30d5\u30a9\u30fc\u30e0\u306e\u4eee\u6255\u3044\uff08\u30a8\u30b9\u30af\u30ed\u30fc\uff09")

        self.rewardGrid.addWidget(self.paymentMethod, 7, 1, 1, 1)

        self.feeBorneByLabel = QLabel(self.rewardPage)
        self.feeBorneByLabel.setObjectName(u"feeBorneByLabel")

        self.rewardGrid.addWidget(self.feeBorneByLabel, 8, 0, 1, 1)

        self.feeBorneBy = QComboBox(self.rewardPage)
        self.feeBorneBy.setObjectName(u"feeBorneBy")

        self.rewardGrid.addWidget(self.feeBorneBy, 8, 1, 1, 1)

        self.expensesLabel = QLabel(self.rewardPage)
        self.expensesLabel.setObjectName(u"expensesLabel")

        self.rewardGrid.addWidget(self.expensesLabel, 9, 0, 1, 1)

        self.expenses = QPlainTextEdit(self.rewardPage)
        self.expenses.setObjectName(u"expenses")
        self.expenses.setMinimumSize(QSize(0, 60))
        self.expenses.setTabChangesFocus(True)

        self.rewardGrid.addWidget(self.expenses, 9, 1, 1, 1)

        self.rewardGridEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rewardGrid.addItem(self.rewardGridEnd, 10, 0, 1, 2)

        self.rewardGrid.setColumnStretch(1, 1)
        self.rewardScroll.setWidget(self.rewardPage)
        self.tabs.addTab(self.rewardScroll, "")
        self.rightsScroll = QScrollArea()
        self.rightsScroll.setObjectName(u"rightsScroll")
        self.rightsScroll.setWidgetResizable(True)
        self.rightsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rightsPage = QWidget()
        self.rightsPage.setObjectName(u"rightsPage")
        self.rightsGrid = QGridLayout(self.rightsPage)
        self.rightsGrid.setObjectName(u"rightsGrid")
        self.ipHandlingLabel = QLabel(self.rightsPage)
        self.ipHandlingLabel.setObjectName(u"ipHandlingLabel")

        self.rightsGrid.addWidget(self.ipHandlingLabel, 0, 0, 1, 1)

        self.ipHandling = QPlainTextEdit(self.rightsPage)
        self.ipHandling.setObjectName(u"ipHandling")
        self.ipHandling.setMinimumSize(QSize(0, 80))
        self.ipHandling.setTabChangesFocus(True)

        self.rightsGrid.addWidget(self.ipHandling, 0, 1, 1, 1)

        self.ipTransferLabel = QLabel(self.rightsPage)
        self.ipTransferLabel.setObjectName(u"ipTransferLabel")

        self.rightsGrid.addWidget(self.ipTransferLabel, 1, 0, 1, 1)

        self.ipTransfer = QComboBox(self.rightsPage)
        self.ipTransfer.setObjectName(u"ipTransfer")

        self.rightsGrid.addWidget(self.ipTransfer, 1, 1, 1, 1)

        self.art2728 = QCheckBox(self.rightsPage)
        self.art2728.setObjectName(u"art2728")

        self.rightsGrid.addWidget(self.art2728, 2, 1, 1, 1)

        self.moralRights = QCheckBox(self.rightsPage)
        self.moralRights.setObjectName(u"moralRights")

        self.rightsGrid.addWidget(self.moralRights, 3, 1, 1, 1)

        self.unselectedNotUsed = QCheckBox(self.rightsPage)
        self.unselectedNotUsed.setObjectName(u"unselectedNotUsed")

        self.rightsGrid.addWidget(self.unselectedNotUsed, 4, 1, 1, 1)

        self.freeRoundsLabel = QLabel(self.rightsPage)
        self.freeRoundsLabel.setObjectName(u"freeRoundsLabel")

        self.rightsGrid.addWidget(self.freeRoundsLabel, 5, 0, 1, 1)

        self.freeRounds = QLineEdit(self.rightsPage)
        self.freeRounds.setObjectName(u"freeRounds")
        self.freeRounds.setMaxLength(4)
        self.freeRounds.setPlaceholderText(u"2")

        self.rightsGrid.addWidget(self.freeRounds, 5, 1, 1, 1)

        self.majorChanges = QCheckBox(self.rightsPage)
        self.majorChanges.setObjectName(u"majorChanges")

        self.rightsGrid.addWidget(self.majorChanges, 6, 1, 1, 1)

        self.contactLabel = QLabel(self.rightsPage)
        self.contactLabel.setObjectName(u"contactLabel")

        self.rightsGrid.addWidget(self.contactLabel, 7, 0, 1, 1)

        self.contact = QLineEdit(self.rightsPage)
        self.contact.setObjectName(u"contact")
        self.contact.setMaxLength(2000)

        self.rightsGrid.addWidget(self.contact, 7, 1, 1, 1)

        self.rightsGridEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightsGrid.addItem(self.rightsGridEnd, 8, 0, 1, 2)

        self.rightsGrid.setColumnStretch(1, 1)
        self.rightsScroll.setWidget(self.rightsPage)
        self.tabs.addTab(self.rightsScroll, "")
        self.ordererScroll = QScrollArea()
        self.ordererScroll.setObjectName(u"ordererScroll")
        self.ordererScroll.setWidgetResizable(True)
        self.ordererScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.ordererPage = QWidget()
        self.ordererPage.setObjectName(u"ordererPage")
        self.ordererGrid = QGridLayout(self.ordererPage)
        self.ordererGrid.setObjectName(u"ordererGrid")
        self.ordererNameLabel = QLabel(self.ordererPage)
        self.ordererNameLabel.setObjectName(u"ordererNameLabel")

        self.ordererGrid.addWidget(self.ordererNameLabel, 0, 0, 1, 1)

        self.ordererName = QLineEdit(self.ordererPage)
        self.ordererName.setObjectName(u"ordererName")
        self.ordererName.setMaxLength(2000)

        self.ordererGrid.addWidget(self.ordererName, 0, 1, 1, 1)

        self.ordererAddressLabel = QLabel(self.ordererPage)
        self.ordererAddressLabel.setObjectName(u"ordererAddressLabel")

        self.ordererGrid.addWidget(self.ordererAddressLabel, 1, 0, 1, 1)

        self.ordererAddress = QLineEdit(self.ordererPage)
        self.ordererAddress.setObjectName(u"ordererAddress")
        self.ordererAddress.setMaxLength(2000)

        self.ordererGrid.addWidget(self.ordererAddress, 1, 1, 1, 1)

        self.ordererContactLabel = QLabel(self.ordererPage)
        self.ordererContactLabel.setObjectName(u"ordererContactLabel")

        self.ordererGrid.addWidget(self.ordererContactLabel, 2, 0, 1, 1)

        self.ordererContact = QLineEdit(self.ordererPage)
        self.ordererContact.setObjectName(u"ordererContact")
        self.ordererContact.setMaxLength(2000)

        self.ordererGrid.addWidget(self.ordererContact, 2, 1, 1, 1)

        self.ordererPrefectureLabel = QLabel(self.ordererPage)
        self.ordererPrefectureLabel.setObjectName(u"ordererPrefectureLabel")

        self.ordererGrid.addWidget(self.ordererPrefectureLabel, 3, 0, 1, 1)

        self.ordererPrefecture = QComboBox(self.ordererPage)
        self.ordererPrefecture.setObjectName(u"ordererPrefecture")

        self.ordererGrid.addWidget(self.ordererPrefecture, 3, 1, 1, 1)

        self.profileShowsAddress = QCheckBox(self.ordererPage)
        self.profileShowsAddress.setObjectName(u"profileShowsAddress")

        self.ordererGrid.addWidget(self.profileShowsAddress, 4, 1, 1, 1)

        self.profileShowsContact = QCheckBox(self.ordererPage)
        self.profileShowsContact.setObjectName(u"profileShowsContact")

        self.ordererGrid.addWidget(self.profileShowsContact, 5, 1, 1, 1)

        self.isCorporation = QCheckBox(self.ordererPage)
        self.isCorporation.setObjectName(u"isCorporation")

        self.ordererGrid.addWidget(self.isCorporation, 6, 1, 1, 1)

        self.hasEmployees = QCheckBox(self.ordererPage)
        self.hasEmployees.setObjectName(u"hasEmployees")

        self.ordererGrid.addWidget(self.hasEmployees, 7, 1, 1, 1)

        self.officerCountLabel = QLabel(self.ordererPage)
        self.officerCountLabel.setObjectName(u"officerCountLabel")

        self.ordererGrid.addWidget(self.officerCountLabel, 8, 0, 1, 1)

        self.officerCount = QLineEdit(self.ordererPage)
        self.officerCount.setObjectName(u"officerCount")
        self.officerCount.setMaxLength(4)

        self.ordererGrid.addWidget(self.officerCount, 8, 1, 1, 1)

        self.capitalLabel = QLabel(self.ordererPage)
        self.capitalLabel.setObjectName(u"capitalLabel")

        self.ordererGrid.addWidget(self.capitalLabel, 9, 0, 1, 1)

        self.capital = QLineEdit(self.ordererPage)
        self.capital.setObjectName(u"capital")
        self.capital.setMaxLength(20)

        self.ordererGrid.addWidget(self.capital, 9, 1, 1, 1)

        self.employeeCountLabel = QLabel(self.ordererPage)
        self.employeeCountLabel.setObjectName(u"employeeCountLabel")

        self.ordererGrid.addWidget(self.employeeCountLabel, 10, 0, 1, 1)

        self.employeeCount = QLineEdit(self.ordererPage)
        self.employeeCount.setObjectName(u"employeeCount")
        self.employeeCount.setMaxLength(8)

        self.ordererGrid.addWidget(self.employeeCount, 10, 1, 1, 1)

        self.corporateNumberLabel = QLabel(self.ordererPage)
        self.corporateNumberLabel.setObjectName(u"corporateNumberLabel")

        self.ordererGrid.addWidget(self.corporateNumberLabel, 11, 0, 1, 1)

        self.corporateNumber = QLineEdit(self.ordererPage)
        self.corporateNumber.setObjectName(u"corporateNumber")
        self.corporateNumber.setMaxLength(30)

        self.ordererGrid.addWidget(self.corporateNumber, 11, 1, 1, 1)

        self.harassmentContactLabel = QLabel(self.ordererPage)
        self.harassmentContactLabel.setObjectName(u"harassmentContactLabel")

        self.ordererGrid.addWidget(self.harassmentContactLabel, 12, 0, 1, 1)

        self.harassmentContact = QLineEdit(self.ordererPage)
        self.harassmentContact.setObjectName(u"harassmentContact")
        self.harassmentContact.setMaxLength(2000)

        self.ordererGrid.addWidget(self.harassmentContact, 12, 1, 1, 1)

        self.ordererGridEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.ordererGrid.addItem(self.ordererGridEnd, 13, 0, 1, 2)

        self.ordererGrid.setColumnStretch(1, 1)
        self.ordererScroll.setWidget(self.ordererPage)
        self.tabs.addTab(self.ordererScroll, "")
        self.contractScroll = QScrollArea()
        self.contractScroll.setObjectName(u"contractScroll")
        self.contractScroll.setWidgetResizable(True)
        self.contractScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.contractPage = QWidget()
        self.contractPage.setObjectName(u"contractPage")
        self.contractGrid = QGridLayout(self.contractPage)
        self.contractGrid.setObjectName(u"contractGrid")
        self.workerNameLabel = QLabel(self.contractPage)
        self.workerNameLabel.setObjectName(u"workerNameLabel")

        self.contractGrid.addWidget(self.workerNameLabel, 0, 0, 1, 1)

        self.workerName = QLineEdit(self.contractPage)
        self.workerName.setObjectName(u"workerName")
        self.workerName.setMaxLength(2000)

        self.contractGrid.addWidget(self.workerName, 0, 1, 1, 1)

        self.workerKindLabel = QLabel(self.contractPage)
        self.workerKindLabel.setObjectName(u"workerKindLabel")

        self.contractGrid.addWidget(self.workerKindLabel, 1, 0, 1, 1)

        self.workerKind = QComboBox(self.contractPage)
        self.workerKind.setObjectName(u"workerKind")

        self.contractGrid.addWidget(self.workerKind, 1, 1, 1, 1)

        self.workerHasEmployees = QCheckBox(self.contractPage)
        self.workerHasEmployees.setObjectName(u"workerHasEmployees")

        self.contractGrid.addWidget(self.workerHasEmployees, 2, 1, 1, 1)

        self.workerPrefectureLabel = QLabel(self.contractPage)
        self.workerPrefectureLabel.setObjectName(u"workerPrefectureLabel")

        self.contractGrid.addWidget(self.workerPrefectureLabel, 3, 0, 1, 1)

        self.workerPrefecture = QComboBox(self.contractPage)
        self.workerPrefecture.setObjectName(u"workerPrefecture")

        self.contractGrid.addWidget(self.workerPrefecture, 3, 1, 1, 1)

        self.workerInvoiceLabel = QLabel(self.contractPage)
        self.workerInvoiceLabel.setObjectName(u"workerInvoiceLabel")

        self.contractGrid.addWidget(self.workerInvoiceLabel, 4, 0, 1, 1)

        self.workerInvoice = QLineEdit(self.contractPage)
        self.workerInvoice.setObjectName(u"workerInvoice")
        self.workerInvoice.setMaxLength(30)
        self.workerInvoice.setPlaceholderText(u"T1234567890123")

        self.contractGrid.addWidget(self.workerInvoice, 4, 1, 1, 1)

        self.contractedOnLabel = QLabel(self.contractPage)
        self.contractedOnLabel.setObjectName(u"contractedOnLabel")

        self.contractGrid.addWidget(self.contractedOnLabel, 5, 0, 1, 1)

        self.contractedOn = QLineEdit(self.contractPage)
        self.contractedOn.setObjectName(u"contractedOn")
        self.contractedOn.setMaxLength(20)
        self.contractedOn.setPlaceholderText(u"2026/12/01")

        self.contractGrid.addWidget(self.contractedOn, 5, 1, 1, 1)

        self.noticeSentOnLabel = QLabel(self.contractPage)
        self.noticeSentOnLabel.setObjectName(u"noticeSentOnLabel")

        self.contractGrid.addWidget(self.noticeSentOnLabel, 6, 0, 1, 1)

        self.noticeSentOn = QLineEdit(self.contractPage)
        self.noticeSentOn.setObjectName(u"noticeSentOn")
        self.noticeSentOn.setMaxLength(20)
        self.noticeSentOn.setPlaceholderText(u"2026/12/01")

        self.contractGrid.addWidget(self.noticeSentOn, 6, 1, 1, 1)

        self.contentLabel = QLabel(self.contractPage)
        self.contentLabel.setObjectName(u"contentLabel")

        self.contractGrid.addWidget(self.contentLabel, 7, 0, 1, 1)

        self.content = QPlainTextEdit(self.contractPage)
        self.content.setObjectName(u"content")
        self.content.setMinimumSize(QSize(0, 60))
        self.content.setTabChangesFocus(True)

        self.contractGrid.addWidget(self.content, 7, 1, 1, 1)

        self.amountLabel = QLabel(self.contractPage)
        self.amountLabel.setObjectName(u"amountLabel")

        self.contractGrid.addWidget(self.amountLabel, 8, 0, 1, 1)

        self.amount = QLineEdit(self.contractPage)
        self.amount.setObjectName(u"amount")
        self.amount.setMaxLength(20)

        self.contractGrid.addWidget(self.amount, 8, 1, 1, 1)

        self.deliveryDueLabel = QLabel(self.contractPage)
        self.deliveryDueLabel.setObjectName(u"deliveryDueLabel")

        self.contractGrid.addWidget(self.deliveryDueLabel, 9, 0, 1, 1)

        self.deliveryDue = QLineEdit(self.contractPage)
        self.deliveryDue.setObjectName(u"deliveryDue")
        self.deliveryDue.setMaxLength(20)

        self.contractGrid.addWidget(self.deliveryDue, 9, 1, 1, 1)

        self.deliveryPlaceLabel = QLabel(self.contractPage)
        self.deliveryPlaceLabel.setObjectName(u"deliveryPlaceLabel")

        self.contractGrid.addWidget(self.deliveryPlaceLabel, 10, 0, 1, 1)

        self.deliveryPlace = QLineEdit(self.contractPage)
        self.deliveryPlace.setObjectName(u"deliveryPlace")
        self.deliveryPlace.setMaxLength(2000)

        self.contractGrid.addWidget(self.deliveryPlace, 10, 1, 1, 1)

        self.inspection = QCheckBox(self.contractPage)
        self.inspection.setObjectName(u"inspection")

        self.contractGrid.addWidget(self.inspection, 11, 1, 1, 1)

        self.inspectionDueLabel = QLabel(self.contractPage)
        self.inspectionDueLabel.setObjectName(u"inspectionDueLabel")

        self.contractGrid.addWidget(self.inspectionDueLabel, 12, 0, 1, 1)

        self.inspectionDue = QLineEdit(self.contractPage)
        self.inspectionDue.setObjectName(u"inspectionDue")
        self.inspectionDue.setMaxLength(20)

        self.contractGrid.addWidget(self.inspectionDue, 12, 1, 1, 1)

        self.paymentDueLabel = QLabel(self.contractPage)
        self.paymentDueLabel.setObjectName(u"paymentDueLabel")

        self.contractGrid.addWidget(self.paymentDueLabel, 13, 0, 1, 1)

        self.paymentDue = QLineEdit(self.contractPage)
        self.paymentDue.setObjectName(u"paymentDue")
        self.paymentDue.setMaxLength(20)

        self.contractGrid.addWidget(self.paymentDue, 13, 1, 1, 1)

        self.paymentDueRuleLabel = QLabel(self.contractPage)
        self.paymentDueRuleLabel.setObjectName(u"paymentDueRuleLabel")

        self.contractGrid.addWidget(self.paymentDueRuleLabel, 14, 0, 1, 1)

        self.paymentDueRule = QLineEdit(self.contractPage)
        self.paymentDueRule.setObjectName(u"paymentDueRule")
        self.paymentDueRule.setMaxLength(2000)
        self.paymentDueRule.setPlaceholderText(u"\u6bce\u6708\u672b\u65e5\u7de0\u3081\u7fcc\u6708\u672b\u65e5\u6255\u3044")

        self.contractGrid.addWidget(self.paymentDueRule, 14, 1, 1, 1)

        self.contractPaymentMethodLabel = QLabel(self.contractPage)
        self.contractPaymentMethodLabel.setObjectName(u"contractPaymentMethodLabel")

        self.contractGrid.addWidget(self.contractPaymentMethodLabel, 15, 0, 1, 1)

        self.contractPaymentMethod = QLineEdit(self.contractPage)
        self.contractPaymentMethod.setObjectName(u"contractPaymentMethod")
        self.contractPaymentMethod.setMaxLength(2000)

        self.contractGrid.addWidget(self.contractPaymentMethod, 15, 1, 1, 1)

        self.changeHandlingLabel = QLabel(self.contractPage)
        self.changeHandlingLabel.setObjectName(u"changeHandlingLabel")

        self.contractGrid.addWidget(self.changeHandlingLabel, 16, 0, 1, 1)

        self.changeHandling = QPlainTextEdit(self.contractPage)
        self.changeHandling.setObjectName(u"changeHandling")
        self.changeHandling.setMinimumSize(QSize(0, 60))
        self.changeHandling.setTabChangesFocus(True)

        self.contractGrid.addWidget(self.changeHandling, 16, 1, 1, 1)

        self.defectHandlingLabel = QLabel(self.contractPage)
        self.defectHandlingLabel.setObjectName(u"defectHandlingLabel")

        self.contractGrid.addWidget(self.defectHandlingLabel, 17, 0, 1, 1)

        self.defectHandling = QPlainTextEdit(self.contractPage)
        self.defectHandling.setObjectName(u"defectHandling")
        self.defectHandling.setMinimumSize(QSize(0, 60))
        self.defectHandling.setTabChangesFocus(True)

        self.contractGrid.addWidget(self.defectHandling, 17, 1, 1, 1)

        self.contractIpLabel = QLabel(self.contractPage)
        self.contractIpLabel.setObjectName(u"contractIpLabel")

        self.contractGrid.addWidget(self.contractIpLabel, 18, 0, 1, 1)

        self.contractIp = QPlainTextEdit(self.contractPage)
        self.contractIp.setObjectName(u"contractIp")
        self.contractIp.setMinimumSize(QSize(0, 60))
        self.contractIp.setTabChangesFocus(True)

        self.contractGrid.addWidget(self.contractIp, 18, 1, 1, 1)

        self.handlesPersonalData = QCheckBox(self.contractPage)
        self.handlesPersonalData.setObjectName(u"handlesPersonalData")

        self.contractGrid.addWidget(self.handlesPersonalData, 19, 1, 1, 1)

        self.personalDataLabel = QLabel(self.contractPage)
        self.personalDataLabel.setObjectName(u"personalDataLabel")

        self.contractGrid.addWidget(self.personalDataLabel, 20, 0, 1, 1)

        self.personalData = QPlainTextEdit(self.contractPage)
        self.personalData.setObjectName(u"personalData")
        self.personalData.setMinimumSize(QSize(0, 60))
        self.personalData.setTabChangesFocus(True)

        self.contractGrid.addWidget(self.personalData, 20, 1, 1, 1)

        self.periodStartLabel = QLabel(self.contractPage)
        self.periodStartLabel.setObjectName(u"periodStartLabel")

        self.contractGrid.addWidget(self.periodStartLabel, 21, 0, 1, 1)

        self.periodStart = QLineEdit(self.contractPage)
        self.periodStart.setObjectName(u"periodStart")
        self.periodStart.setMaxLength(20)

        self.contractGrid.addWidget(self.periodStart, 21, 1, 1, 1)

        self.periodEndLabel = QLabel(self.contractPage)
        self.periodEndLabel.setObjectName(u"periodEndLabel")

        self.contractGrid.addWidget(self.periodEndLabel, 22, 0, 1, 1)

        self.periodEnd = QLineEdit(self.contractPage)
        self.periodEnd.setObjectName(u"periodEnd")
        self.periodEnd.setMaxLength(20)

        self.contractGrid.addWidget(self.periodEnd, 22, 1, 1, 1)

        self.contractGrid.setColumnStretch(1, 1)
        self.contractScroll.setWidget(self.contractPage)
        self.tabs.addTab(self.contractScroll, "")
        self.statusScroll = QScrollArea()
        self.statusScroll.setObjectName(u"statusScroll")
        self.statusScroll.setWidgetResizable(True)
        self.statusScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.statusPage = QWidget()
        self.statusPage.setObjectName(u"statusPage")
        self.statusGrid = QGridLayout(self.statusPage)
        self.statusGrid.setObjectName(u"statusGrid")
        self.postingStatusLabel = QLabel(self.statusPage)
        self.postingStatusLabel.setObjectName(u"postingStatusLabel")

        self.statusGrid.addWidget(self.postingStatusLabel, 0, 0, 1, 1)

        self.postingStatus = QComboBox(self.statusPage)
        self.postingStatus.setObjectName(u"postingStatus")

        self.statusGrid.addWidget(self.postingStatus, 0, 1, 1, 1)

        self.applicationDeadlineLabel = QLabel(self.statusPage)
        self.applicationDeadlineLabel.setObjectName(u"applicationDeadlineLabel")

        self.statusGrid.addWidget(self.applicationDeadlineLabel, 1, 0, 1, 1)

        self.applicationDeadline = QLineEdit(self.statusPage)
        self.applicationDeadline.setObjectName(u"applicationDeadline")
        self.applicationDeadline.setMaxLength(20)

        self.statusGrid.addWidget(self.applicationDeadline, 1, 1, 1, 1)

        self.firstApplicationOnLabel = QLabel(self.statusPage)
        self.firstApplicationOnLabel.setObjectName(u"firstApplicationOnLabel")

        self.statusGrid.addWidget(self.firstApplicationOnLabel, 2, 0, 1, 1)

        self.firstApplicationOn = QLineEdit(self.statusPage)
        self.firstApplicationOn.setObjectName(u"firstApplicationOn")
        self.firstApplicationOn.setMaxLength(20)

        self.statusGrid.addWidget(self.firstApplicationOn, 2, 1, 1, 1)

        self.applicantsNotified = QCheckBox(self.statusPage)
        self.applicantsNotified.setObjectName(u"applicantsNotified")

        self.statusGrid.addWidget(self.applicantsNotified, 3, 1, 1, 1)

        self.legalOrdererLabel = QLabel(self.statusPage)
        self.legalOrdererLabel.setObjectName(u"legalOrdererLabel")

        self.statusGrid.addWidget(self.legalOrdererLabel, 4, 0, 1, 1)

        self.legalOrderer = QComboBox(self.statusPage)
        self.legalOrderer.setObjectName(u"legalOrderer")

        self.statusGrid.addWidget(self.legalOrderer, 4, 1, 1, 1)

        self.platformPartyLabel = QLabel(self.statusPage)
        self.platformPartyLabel.setObjectName(u"platformPartyLabel")

        self.statusGrid.addWidget(self.platformPartyLabel, 5, 0, 1, 1)

        self.platformParty = QLineEdit(self.statusPage)
        self.platformParty.setObjectName(u"platformParty")
        self.platformParty.setMaxLength(2000)

        self.statusGrid.addWidget(self.platformParty, 5, 1, 1, 1)

        self.escrowedOnLabel = QLabel(self.statusPage)
        self.escrowedOnLabel.setObjectName(u"escrowedOnLabel")

        self.statusGrid.addWidget(self.escrowedOnLabel, 6, 0, 1, 1)

        self.escrowedOn = QLineEdit(self.statusPage)
        self.escrowedOn.setObjectName(u"escrowedOn")
        self.escrowedOn.setMaxLength(20)

        self.statusGrid.addWidget(self.escrowedOn, 6, 1, 1, 1)

        self.startedOnLabel = QLabel(self.statusPage)
        self.startedOnLabel.setObjectName(u"startedOnLabel")

        self.statusGrid.addWidget(self.startedOnLabel, 7, 0, 1, 1)

        self.startedOn = QLineEdit(self.statusPage)
        self.startedOn.setObjectName(u"startedOn")
        self.startedOn.setMaxLength(20)

        self.statusGrid.addWidget(self.startedOn, 7, 1, 1, 1)

        self.undeterminedLabel = QLabel(self.statusPage)
        self.undeterminedLabel.setObjectName(u"undeterminedLabel")
        self.undeterminedLabel.setWordWrap(True)

        self.statusGrid.addWidget(self.undeterminedLabel, 8, 0, 1, 2)

        self.undetermined = QTableView(self.statusPage)
        self.undetermined.setObjectName(u"undetermined")
        self.undetermined.setMinimumSize(QSize(0, 140))
        self.undetermined.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.undetermined.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.undetermined.horizontalHeader().setStretchLastSection(True)
        self.undetermined.verticalHeader().setVisible(False)

        self.statusGrid.addWidget(self.undetermined, 9, 0, 1, 2)

        self.undeterminedButtons = QHBoxLayout()
        self.undeterminedButtons.setObjectName(u"undeterminedButtons")
        self.addUndetermined = QPushButton(self.statusPage)
        self.addUndetermined.setObjectName(u"addUndetermined")

        self.undeterminedButtons.addWidget(self.addUndetermined)

        self.removeUndetermined = QPushButton(self.statusPage)
        self.removeUndetermined.setObjectName(u"removeUndetermined")

        self.undeterminedButtons.addWidget(self.removeUndetermined)

        self.undeterminedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.undeterminedButtons.addItem(self.undeterminedSpacer)


        self.statusGrid.addLayout(self.undeterminedButtons, 10, 0, 1, 2)

        self.statusGridEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.statusGrid.addItem(self.statusGridEnd, 11, 0, 1, 2)

        self.statusGrid.setColumnStretch(1, 1)
        self.statusScroll.setWidget(self.statusPage)
        self.tabs.addTab(self.statusScroll, "")

        self.leftLayout.addWidget(self.tabs)

        self.splitter.addWidget(self.leftPane)
        self.rightPane = QWidget(self.splitter)
        self.rightPane.setObjectName(u"rightPane")
        self.rightLayout = QVBoxLayout(self.rightPane)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self.rightPane)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.rightLayout.addWidget(self.summary)

        self.findings = QListView(self.rightPane)
        self.findings.setObjectName(u"findings")
        self.findings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings.setWordWrap(True)
        self.findings.setAlternatingRowColors(True)

        self.rightLayout.addWidget(self.findings)

        self.overrideRow = QHBoxLayout()
        self.overrideRow.setObjectName(u"overrideRow")
        self.overrideHint = QLabel(self.rightPane)
        self.overrideHint.setObjectName(u"overrideHint")
        self.overrideHint.setWordWrap(True)

        self.overrideRow.addWidget(self.overrideHint)

        self.overrideFinding = QPushButton(self.rightPane)
        self.overrideFinding.setObjectName(u"overrideFinding")

        self.overrideRow.addWidget(self.overrideFinding)


        self.rightLayout.addLayout(self.overrideRow)

        self.previewLabel = QLabel(self.rightPane)
        self.previewLabel.setObjectName(u"previewLabel")

        self.rightLayout.addWidget(self.previewLabel)

        self.preview = QPlainTextEdit(self.rightPane)
        self.preview.setObjectName(u"preview")
        self.preview.setReadOnly(True)

        self.rightLayout.addWidget(self.preview)

        self.postedRow = QHBoxLayout()
        self.postedRow.setObjectName(u"postedRow")
        self.postedUrl = QLineEdit(self.rightPane)
        self.postedUrl.setObjectName(u"postedUrl")
        self.postedUrl.setMaxLength(2000)

        self.postedRow.addWidget(self.postedUrl)

        self.postedOn = QDateEdit(self.rightPane)
        self.postedOn.setObjectName(u"postedOn")
        self.postedOn.setCalendarPopup(True)
        self.postedOn.setDisplayFormat(u"yyyy/MM/dd")

        self.postedRow.addWidget(self.postedOn)

        self.recordPosted = QPushButton(self.rightPane)
        self.recordPosted.setObjectName(u"recordPosted")

        self.postedRow.addWidget(self.recordPosted)


        self.rightLayout.addLayout(self.postedRow)

        self.versions = QLabel(self.rightPane)
        self.versions.setObjectName(u"versions")

        self.rightLayout.addWidget(self.versions)

        self.splitter.addWidget(self.rightPane)

        self.dialogLayout.addWidget(self.splitter)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.copyText = QPushButton(PostingDialog)
        self.copyText.setObjectName(u"copyText")

        self.buttonsRow.addWidget(self.copyText)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.saveStatus = QLabel(PostingDialog)
        self.saveStatus.setObjectName(u"saveStatus")

        self.buttonsRow.addWidget(self.saveStatus)

        self.issueNotice = QPushButton(PostingDialog)
        self.issueNotice.setObjectName(u"issueNotice")

        self.buttonsRow.addWidget(self.issueNotice)

        self.save = QPushButton(PostingDialog)
        self.save.setObjectName(u"save")

        self.buttonsRow.addWidget(self.save)

        self.close = QPushButton(PostingDialog)
        self.close.setObjectName(u"close")

        self.buttonsRow.addWidget(self.close)


        self.dialogLayout.addLayout(self.buttonsRow)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.orderTypeLabel.setBuddy(self.orderType)
        self.pricingLabel.setBuddy(self.pricing)
        self.categoryLabel.setBuddy(self.category)
        self.platformLabel.setBuddy(self.platform)
        self.descriptionLabel.setBuddy(self.description)
        self.deliverablesLabel.setBuddy(self.deliverables)
        self.skillsLabel.setBuddy(self.skills)
        self.estimatedHoursLabel.setBuddy(self.estimatedHours)
        self.minutesPerItemLabel.setBuddy(self.minutesPerItem)
        self.quantityLabel.setBuddy(self.quantity)
        self.dueLabel.setBuddy(self.due)
        self.timeframeLabel.setBuddy(self.timeframe)
        self.placeLabel.setBuddy(self.place)
        self.rewardAmountLabel.setBuddy(self.rewardAmount)
        self.rewardMinLabel.setBuddy(self.rewardMin)
        self.rewardMaxLabel.setBuddy(self.rewardMax)
        self.rewardTaxLabel.setBuddy(self.rewardTax)
        self.paymentRuleLabel.setBuddy(self.paymentRule)
        self.paymentDaysLabel.setBuddy(self.paymentDays)
        self.paymentMethodLabel.setBuddy(self.paymentMethod)
        self.feeBorneByLabel.setBuddy(self.feeBorneBy)
        self.expensesLabel.setBuddy(self.expenses)
        self.ipHandlingLabel.setBuddy(self.ipHandling)
        self.ipTransferLabel.setBuddy(self.ipTransfer)
        self.freeRoundsLabel.setBuddy(self.freeRounds)
        self.contactLabel.setBuddy(self.contact)
        self.ordererNameLabel.setBuddy(self.ordererName)
        self.ordererAddressLabel.setBuddy(self.ordererAddress)
        self.ordererContactLabel.setBuddy(self.ordererContact)
        self.ordererPrefectureLabel.setBuddy(self.ordererPrefecture)
        self.officerCountLabel.setBuddy(self.officerCount)
        self.capitalLabel.setBuddy(self.capital)
        self.employeeCountLabel.setBuddy(self.employeeCount)
        self.corporateNumberLabel.setBuddy(self.corporateNumber)
        self.harassmentContactLabel.setBuddy(self.harassmentContact)
        self.workerNameLabel.setBuddy(self.workerName)
        self.workerKindLabel.setBuddy(self.workerKind)
        self.workerPrefectureLabel.setBuddy(self.workerPrefecture)
        self.workerInvoiceLabel.setBuddy(self.workerInvoice)
        self.contractedOnLabel.setBuddy(self.contractedOn)
        self.noticeSentOnLabel.setBuddy(self.noticeSentOn)
        self.contentLabel.setBuddy(self.content)
        self.amountLabel.setBuddy(self.amount)
        self.deliveryDueLabel.setBuddy(self.deliveryDue)
        self.deliveryPlaceLabel.setBuddy(self.deliveryPlace)
        self.inspectionDueLabel.setBuddy(self.inspectionDue)
        self.paymentDueLabel.setBuddy(self.paymentDue)
        self.paymentDueRuleLabel.setBuddy(self.paymentDueRule)
        self.contractPaymentMethodLabel.setBuddy(self.contractPaymentMethod)
        self.changeHandlingLabel.setBuddy(self.changeHandling)
        self.defectHandlingLabel.setBuddy(self.defectHandling)
        self.contractIpLabel.setBuddy(self.contractIp)
        self.personalDataLabel.setBuddy(self.personalData)
        self.periodStartLabel.setBuddy(self.periodStart)
        self.periodEndLabel.setBuddy(self.periodEnd)
        self.postingStatusLabel.setBuddy(self.postingStatus)
        self.applicationDeadlineLabel.setBuddy(self.applicationDeadline)
        self.firstApplicationOnLabel.setBuddy(self.firstApplicationOn)
        self.legalOrdererLabel.setBuddy(self.legalOrderer)
        self.platformPartyLabel.setBuddy(self.platformParty)
        self.escrowedOnLabel.setBuddy(self.escrowedOn)
        self.startedOnLabel.setBuddy(self.startedOn)
        self.undeterminedLabel.setBuddy(self.undetermined)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PostingDialog)

        QMetaObject.connectSlotsByName(PostingDialog)
    # setupUi

    def retranslateUi(self, PostingDialog):
        PostingDialog.setWindowTitle(QCoreApplication.translate("PostingDialog", u"Posting", None))
        self.titleLabel.setText(QCoreApplication.translate("PostingDialog", u"Title *", None))
        self.orderTypeLabel.setText(QCoreApplication.translate("PostingDialog", u"Order type", None))
        self.pricingLabel.setText(QCoreApplication.translate("PostingDialog", u"Pricing", None))
        self.categoryLabel.setText(QCoreApplication.translate("PostingDialog", u"Work category", None))
        self.platformLabel.setText(QCoreApplication.translate("PostingDialog", u"Platform", None))
        self.descriptionLabel.setText(QCoreApplication.translate("PostingDialog", u"Work content *", None))
        self.deliverablesLabel.setText(QCoreApplication.translate("PostingDialog", u"Deliverables", None))
        self.skillsLabel.setText(QCoreApplication.translate("PostingDialog", u"Skills and experience", None))
        self.estimatedHoursLabel.setText(QCoreApplication.translate("PostingDialog", u"Estimated hours", None))
        self.minutesPerItemLabel.setText(QCoreApplication.translate("PostingDialog", u"Minutes per item", None))
        self.quantityLabel.setText(QCoreApplication.translate("PostingDialog", u"Quantity", None))
        self.dueLabel.setText(QCoreApplication.translate("PostingDialog", u"Due date", None))
        self.timeframeLabel.setText(QCoreApplication.translate("PostingDialog", u"Or a timeframe", None))
        self.placeLabel.setText(QCoreApplication.translate("PostingDialog", u"Where the work is done", None))
        self.tabs.setTabText(self.tabs.indexOf(self.workScroll), QCoreApplication.translate("PostingDialog", u"Work", None))
        self.rewardAmountLabel.setText(QCoreApplication.translate("PostingDialog", u"Reward (yen)", None))
        self.rewardMinLabel.setText(QCoreApplication.translate("PostingDialog", u"Or from (yen)", None))
        self.rewardMaxLabel.setText(QCoreApplication.translate("PostingDialog", u"to (yen)", None))
        self.byQuote.setText(QCoreApplication.translate("PostingDialog", u"Set by the worker's quote", None))
        self.rewardTaxLabel.setText(QCoreApplication.translate("PostingDialog", u"Consumption tax", None))
        self.paymentRuleLabel.setText(QCoreApplication.translate("PostingDialog", u"Payment date or rule", None))
        self.paymentDaysLabel.setText(QCoreApplication.translate("PostingDialog", u"Paid by day N after receipt", None))
        self.paymentMethodLabel.setText(QCoreApplication.translate("PostingDialog", u"Payment method", None))
        self.feeBorneByLabel.setText(QCoreApplication.translate("PostingDialog", u"Transfer fee borne by", None))
        self.expensesLabel.setText(QCoreApplication.translate("PostingDialog", u"Expenses", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rewardScroll), QCoreApplication.translate("PostingDialog", u"Reward and payment", None))
        self.ipHandlingLabel.setText(QCoreApplication.translate("PostingDialog", u"Intellectual property", None))
        self.ipTransferLabel.setText(QCoreApplication.translate("PostingDialog", u"Rights", None))
        self.art2728.setText(QCoreApplication.translate("PostingDialog", u"Assignment includes Copyright Act Arts 27 and 28", None))
        self.moralRights.setText(QCoreApplication.translate("PostingDialog", u"Moral rights are not exercised", None))
        self.unselectedNotUsed.setText(QCoreApplication.translate("PostingDialog", u"Entries not chosen stay unused (competitions)", None))
        self.freeRoundsLabel.setText(QCoreApplication.translate("PostingDialog", u"Free revision rounds", None))
        self.majorChanges.setText(QCoreApplication.translate("PostingDialog", u"Major changes are renegotiated with extra pay", None))
        self.contactLabel.setText(QCoreApplication.translate("PostingDialog", u"Contact for questions", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rightsScroll), QCoreApplication.translate("PostingDialog", u"Rights and revisions", None))
        self.ordererNameLabel.setText(QCoreApplication.translate("PostingDialog", u"Orderer *", None))
        self.ordererAddressLabel.setText(QCoreApplication.translate("PostingDialog", u"Address", None))
        self.ordererContactLabel.setText(QCoreApplication.translate("PostingDialog", u"Contact", None))
        self.ordererPrefectureLabel.setText(QCoreApplication.translate("PostingDialog", u"Prefecture", None))
        self.profileShowsAddress.setText(QCoreApplication.translate("PostingDialog", u"Address is shown on the platform profile", None))
        self.profileShowsContact.setText(QCoreApplication.translate("PostingDialog", u"Contact is shown on the platform profile", None))
        self.isCorporation.setText(QCoreApplication.translate("PostingDialog", u"A corporation", None))
        self.hasEmployees.setText(QCoreApplication.translate("PostingDialog", u"Has employees", None))
        self.officerCountLabel.setText(QCoreApplication.translate("PostingDialog", u"Officers", None))
        self.capitalLabel.setText(QCoreApplication.translate("PostingDialog", u"Capital (yen)", None))
        self.employeeCountLabel.setText(QCoreApplication.translate("PostingDialog", u"Employees", None))
        self.corporateNumberLabel.setText(QCoreApplication.translate("PostingDialog", u"Corporate number", None))
        self.harassmentContactLabel.setText(QCoreApplication.translate("PostingDialog", u"Harassment consultation desk", None))
        self.tabs.setTabText(self.tabs.indexOf(self.ordererScroll), QCoreApplication.translate("PostingDialog", u"Orderer", None))
        self.workerNameLabel.setText(QCoreApplication.translate("PostingDialog", u"Worker", None))
        self.workerKindLabel.setText(QCoreApplication.translate("PostingDialog", u"Individual or corporation", None))
        self.workerHasEmployees.setText(QCoreApplication.translate("PostingDialog", u"The worker has employees", None))
        self.workerPrefectureLabel.setText(QCoreApplication.translate("PostingDialog", u"Worker's prefecture", None))
        self.workerInvoiceLabel.setText(QCoreApplication.translate("PostingDialog", u"Invoice registration number", None))
        self.contractedOnLabel.setText(QCoreApplication.translate("PostingDialog", u"Date of commissioning", None))
        self.noticeSentOnLabel.setText(QCoreApplication.translate("PostingDialog", u"Notice sent on", None))
        self.contentLabel.setText(QCoreApplication.translate("PostingDialog", u"What is delivered", None))
        self.amountLabel.setText(QCoreApplication.translate("PostingDialog", u"Contract amount (yen)", None))
        self.deliveryDueLabel.setText(QCoreApplication.translate("PostingDialog", u"Delivery date", None))
        self.deliveryPlaceLabel.setText(QCoreApplication.translate("PostingDialog", u"Where and how it is delivered", None))
        self.inspection.setText(QCoreApplication.translate("PostingDialog", u"The deliverable is inspected", None))
        self.inspectionDueLabel.setText(QCoreApplication.translate("PostingDialog", u"Inspection completed by", None))
        self.paymentDueLabel.setText(QCoreApplication.translate("PostingDialog", u"Payment date", None))
        self.paymentDueRuleLabel.setText(QCoreApplication.translate("PostingDialog", u"Or a payment rule", None))
        self.contractPaymentMethodLabel.setText(QCoreApplication.translate("PostingDialog", u"Payment method (contract)", None))
        self.changeHandlingLabel.setText(QCoreApplication.translate("PostingDialog", u"How changes are handled", None))
        self.defectHandlingLabel.setText(QCoreApplication.translate("PostingDialog", u"Defects and late delivery", None))
        self.contractIpLabel.setText(QCoreApplication.translate("PostingDialog", u"Intellectual property (contract)", None))
        self.handlesPersonalData.setText(QCoreApplication.translate("PostingDialog", u"The work touches personal data", None))
        self.personalDataLabel.setText(QCoreApplication.translate("PostingDialog", u"Personal data handling", None))
        self.periodStartLabel.setText(QCoreApplication.translate("PostingDialog", u"Contract period from", None))
        self.periodEndLabel.setText(QCoreApplication.translate("PostingDialog", u"to", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contractScroll), QCoreApplication.translate("PostingDialog", u"Contract", None))
        self.postingStatusLabel.setText(QCoreApplication.translate("PostingDialog", u"Posting status", None))
        self.applicationDeadlineLabel.setText(QCoreApplication.translate("PostingDialog", u"Applications close on", None))
        self.firstApplicationOnLabel.setText(QCoreApplication.translate("PostingDialog", u"First application on", None))
        self.applicantsNotified.setText(QCoreApplication.translate("PostingDialog", u"Applicants were told of later changes", None))
        self.legalOrdererLabel.setText(QCoreApplication.translate("PostingDialog", u"Who legally orders", None))
        self.platformPartyLabel.setText(QCoreApplication.translate("PostingDialog", u"Orderer on the platform contract", None))
        self.escrowedOnLabel.setText(QCoreApplication.translate("PostingDialog", u"Payment put in escrow on", None))
        self.startedOnLabel.setText(QCoreApplication.translate("PostingDialog", u"Work started on", None))
        self.undeterminedLabel.setText(QCoreApplication.translate("PostingDialog", u"Terms not yet determined (reason, planned date, supplementary notice)", None))
        self.addUndetermined.setText(QCoreApplication.translate("PostingDialog", u"Add a term", None))
        self.removeUndetermined.setText(QCoreApplication.translate("PostingDialog", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.statusScroll), QCoreApplication.translate("PostingDialog", u"Status", None))
        self.summary.setText("")
        self.overrideHint.setText(QCoreApplication.translate("PostingDialog", u"Select a warning to record why it does not apply.", None))
        self.overrideFinding.setText(QCoreApplication.translate("PostingDialog", u"Record a reason\u2026", None))
        self.previewLabel.setText(QCoreApplication.translate("PostingDialog", u"Posting text", None))
        self.postedUrl.setPlaceholderText(QCoreApplication.translate("PostingDialog", u"Job URL on the platform", None))
        self.recordPosted.setText(QCoreApplication.translate("PostingDialog", u"Record as posted", None))
        self.versions.setText("")
        self.copyText.setText(QCoreApplication.translate("PostingDialog", u"Copy posting text", None))
        self.saveStatus.setText("")
        self.issueNotice.setText(QCoreApplication.translate("PostingDialog", u"Terms notice (Word)\u2026", None))
        self.save.setText(QCoreApplication.translate("PostingDialog", u"Save draft", None))
        self.close.setText(QCoreApplication.translate("PostingDialog", u"Close", None))
    # retranslateUi

