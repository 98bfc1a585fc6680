## Casework for leaders: the desk, discreet reminders, importing a case register, and the
## figures for advocacy (issue 5).

casework-desk-title = Casework
casework-desk-heading = Casework desk: { $collective }
casework-overdue = Overdue
casework-due-week = Due in the next seven days
casework-nothing-overdue = Nothing is overdue.
casework-nothing-due = Nothing is due this week.
casework-not-asked = { $count ->
    [0] Every member has asked for case support.
    [one] One member has not asked for case support; her cases are not shown.
   *[other] { $count } members have not asked for case support; their cases are not shown.
}
casework-col-member = Member
casework-col-case = Case
casework-col-what = What is due
casework-col-due = Due on
casework-col-late = Late by
casework-days-late = { $days ->
    [one] 1 day
   *[other] { $days } days
}
casework-open-case = Open
casework-record-letter = Record a letter
casework-due-hearing = Next hearing

casework-link-desk = Casework desk
casework-link-reminders = Reminder settings
casework-link-import = Import a case register
casework-link-figures = Compensation figures
casework-link-federation = Compensation figures of the federation

casework-reminder-default = You have a reminder in Dhruva
casework-reminders-title = Reminders
casework-reminders-none = You have no reminders.
casework-reminders-new = New
casework-reminders-see-cases = See my cases
casework-reminders-badge = { $count ->
    [0] Reminders
    [one] Reminders (1 new)
   *[other] Reminders ({ $count } new)
}

casework-settings-title = Reminder settings
casework-settings-intro = Members with a step due this week get one short message a day. It must say nothing about cases or courts: a phone is often shared.
casework-settings-message = Message text
casework-settings-message-hint = Leave it empty to send "{ $default }" in each member's language.
casework-settings-sms = Also send by SMS
casework-settings-email = Also send by email
casework-settings-save = Save
casework-settings-saved = Saved.
casework-settings-revealing = The message contains "{ $word }", which could tell someone about her case. Please choose words that say nothing about cases.
casework-settings-too-long = The message is too long: at most { $max } characters.
casework-settings-refused = The message could not be saved: it could tell someone about her case.

casework-import-title = Import a case register
casework-import-intro = Upload a CSV or Excel (XLSX) file: a first row with the column names, then one case per row. Nothing is saved until you confirm.
casework-import-columns = Columns
casework-import-dates = Dates are written 2026-03-31 or 31/03/2026 (or are date cells in Excel). Amounts are whole rupees.
casework-import-about-member_code = The member's code, such as M-7K3Q9H (required)
casework-import-about-kind = entitlement, compensation, legal or document_recovery (required)
casework-import-about-item = What is applied for, the document, or dlsa / slsa
casework-import-about-state = Where the case stands, such as filed (required)
casework-import-about-opened_on = When the case was opened (required)
casework-import-about-filed_on = When it was filed
casework-import-about-decided_on = When it was decided
casework-import-about-district_code = The district, such as WB-kolkata
casework-import-about-authority = The institution's number in the registry, or its name
casework-import-about-reference = Application, FIR or case number
casework-import-about-amount_claimed = Rupees claimed
casework-import-about-amount_awarded = Rupees awarded
casework-import-about-amount_received = Rupees received
casework-import-about-notes = Notes
casework-import-file = CSV or XLSX file
casework-import-check = Check the file
casework-import-preview = { $count ->
    [one] One case is ready. Check it, then confirm.
   *[other] { $count } cases are ready. Check them, then confirm.
}
casework-import-confirm = Import these cases
casework-import-again = Upload another file
casework-import-done = { $count ->
    [one] One case was imported.
   *[other] { $count } cases were imported.
}
casework-import-rejected = Nothing was imported. Please correct these rows and upload the file again.
casework-import-expired = The checked file is no longer held (it is kept for 15 minutes). Please upload it again.
casework-col-row = Row
casework-col-opened = Opened on
casework-col-state = Stage
casework-col-column = Column
casework-col-problem = Problem
case-import-empty = The file is empty, or has no rows under its header.
case-import-not-a-spreadsheet = The file is neither CSV nor Excel (XLSX).
case-import-not-utf8 = The text is not UTF-8: save the sheet as "CSV UTF-8".
case-import-too-many-rows = The file has more than 5,000 rows under its header: please split it.
case-import-missing-column = A required column is missing from the header.
case-import-unknown-column = The header names a column the import does not know.
case-import-duplicate-column = The header names this column twice.
case-import-unreadable = The cell holds an error or a value that cannot be read.
case-import-missing-value = A required value is missing.
case-import-unknown-kind = This is not a kind of case.
case-import-unknown-state = This is not a stage any case can be at.
case-import-state-not-in-workflow = This kind of case has no such stage.
case-import-unknown-entitlement = This is not in the entitlement catalogue.
case-import-unknown-document = This is not a kind of document.
case-import-unknown-forum = This is not a legal services authority (dlsa or slsa).
case-import-item-not-for-kind = This kind of case takes no item.
case-import-bad-date = This is not a date (2026-03-31 or 31/03/2026).
case-import-date-in-future = This date is in the future.
case-import-date-before-opened = This date is before the case was opened.
case-import-decided-before-filed = The case was decided before it was filed.
case-import-not-yet-filed = A filing date, but the stage says it was not filed.
case-import-not-decided = A decision date, but the stage says it was not decided.
case-import-unknown-district = No district has this code.
case-import-unknown-member = Not the code of a member whose cases you may record.
case-import-unknown-institution = No institution in the registry has this number.
case-import-bad-amount = This is not an amount in whole rupees.
case-import-amount-not-for-kind = Only a compensation claim has amounts.
case-import-too-long = The text is too long.
case-import-duplicate-in-file = The same member, kind, item and reference are on an earlier row.
case-import-already-recorded = This case (same member, kind, item and reference) is already recorded.
case-import-details = The details do not fit this kind of case.

casework-figures-title = Compensation figures
casework-figures-heading = Compensation figures: { $scope }
casework-figures-federation = all collectives
casework-figures-intro = Victim-compensation claims, counted together: how many, at which stage, how much was claimed, awarded and received, and how long decisions took.
casework-figures-k = A figure resting on fewer than { $k } claims is not shown, and neither is any figure from which it could be worked out.
casework-figures-none = No compensation claims are recorded yet.
casework-suppressed = fewer than { $k }
casework-figures-total = All claims
casework-figures-by-collective = By collective
casework-figures-by-district = By district
casework-figures-by-state = By state
casework-figures-by-authority = By authority
casework-col-where = Where
casework-col-claims = Claims
casework-col-stages = By stage
casework-col-claimed = Claimed
casework-col-awarded = Awarded
casework-col-received = Received
casework-col-median = Median days to a decision
casework-col-in-time = Decided within the legal time
casework-none = —
casework-scorecard-heading = Figures from casework
casework-scorecard-intro = Victim-compensation claims before these institutions, from the collectives' casework.
casework-figures-shared = Your collective’s own claims are in the first table. The tables by district, state and authority count the claims of every collective there, so that no page can be subtracted from another to find someone out.
casework-show-all = Show all { $count }

# issue 10 I
case-import-too-many-columns = The file has something beyond its first 50 columns (after column AX): delete what is there, or copy the register to a new sheet.
case-import-too-many-cells = The file has more than 150,000 filled cells: please split it.
case-import-too-big-unpacked = The workbook unpacks to more than 16 MB: save only the register, as CSV UTF-8 or a new .xlsx.
case-import-other-workbook = This is an older or other kind of workbook (.xls, .xlsb or .ods): save it as Excel (.xlsx) or CSV UTF-8 and upload that.
