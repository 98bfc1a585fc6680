## Her cases: entitlement applications, compensation claims, legal cases and document
## recovery — the list, opening one, moving it on, hearings, deadlines, letters (issue 5).

home-my-cases = My cases
member-cases-link = Cases

case-kind-entitlement = Entitlement application
case-kind-compensation = Compensation claim
case-kind-legal = Legal case
case-kind-document_recovery = Document recovery
case-kind-entitlement-about = A ration card, Aadhaar, a bank account, housing, a pension, e-Shram, self-help-group support, a shelter home, free legal aid …
case-kind-compensation-about = Victim compensation from the district or state legal services authority.
case-kind-legal-about = A complaint, an FIR and the trial against the traffickers.
case-kind-document_recovery-about = Getting back a certificate or an identity card lost in trafficking.

case-state-drafted = Being prepared
case-state-applied = Applied
case-state-under_verification = Under verification
case-state-approved = Approved
case-state-rejected = Rejected
case-state-received = Received
case-state-issued = Issued
case-state-filed = Filed
case-state-acknowledged = Acknowledged
case-state-enquiry = Enquiry
case-state-interim_relief_ordered = Interim relief ordered
case-state-granted = Granted
case-state-partly_granted = Partly granted
case-state-appealed = Appealed
case-state-paid = Paid
case-state-complaint_made = Complaint made
case-state-fir_refused = FIR refused
case-state-magistrate_complaint = Complaint to the magistrate
case-state-fir_registered = FIR registered
case-state-investigation = Investigation
case-state-closure_report = Closure report
case-state-charge_sheet_filed = Charge sheet filed
case-state-trial = Trial
case-state-convicted = Convicted
case-state-acquitted = Acquitted
case-state-withdrawn = Withdrawn
case-state-closed = Closed

case-entitlement-ration_card = Ration card
case-entitlement-aadhaar = Aadhaar
case-entitlement-bank_account = Bank account
case-entitlement-housing = Housing scheme
case-entitlement-widow_pension = Widow pension
case-entitlement-old_age_pension = Old-age pension
case-entitlement-e_shram = e-Shram registration
case-entitlement-shg_support = Self-help-group support (livelihoods mission)
case-entitlement-shelter_home = Admission to a shelter home
case-entitlement-free_legal_aid = Free legal aid
case-entitlement-other = Something else
case-document-birth_certificate = Birth certificate
case-document-school_certificate = School certificate
case-document-voter_id = Voter card
case-document-aadhaar = Aadhaar
case-document-ration_card = Ration card
case-document-caste_certificate = Caste certificate
case-document-bank_passbook = Bank passbook
case-document-other = Another document
case-forum-dlsa = District legal services authority
case-forum-slsa = State legal services authority
case-direction-sent = Sent to them
case-direction-received = Received from them
case-medium-letter = Letter
case-medium-application = Application
case-medium-email = Email
case-medium-visit = Visit
case-medium-phone_call = Phone call
case-medium-rti = Right-to-information request

deadline-lsa_decision = Decision of the legal services authority
deadline-compensation_payment = Payment of the award
deadline-compensation_payment_partly = Payment of the partial award
deadline-appeal_window = Last day to appeal
deadline-charge_sheet = Charge sheet by the police
deadline-fir_decision = Police decision on the complaint
deadline-legal_aid_decision = Decision on free legal aid
deadline-public_service = Decision on the application
deadline-document_issue = Issue of the document

cases-title = My cases
cases-member-title = Cases of { $code }
cases-none = No cases yet.
cases-new = Open a new case
cases-upcoming = Coming up
cases-upcoming-none = Nothing is due in the next 30 days.
cases-upcoming-hearing = Next hearing
cases-opened-on = Opened on { $date }
cases-next-due = Next date: { $date }
cases-overdue-count = { $count ->
    [one] One step is overdue
   *[other] { $count } steps are overdue
}
cases-open-link = Open

cases-new-title = New case
cases-new-choose = What is the case about?
cases-new-kind-heading = New case: { $kind }
cases-field-entitlement = What is applied for
cases-field-document = Which document
cases-field-forum = Before which authority
cases-field-opened-on = Opened on
cases-field-authority = Authority
cases-field-authority-hint = Choose it from the list, or choose "another" and write its name.
cases-field-authority-other = Another (write its name)
cases-field-authority-name = Name of the authority
cases-field-choose = Please choose
cases-save = Save
cases-open = Open the case
cases-fix = Please correct what is marked.
cases-error-item = Please choose one.
cases-error-date = Please give a date, not after today.

case-title = Case
case-summary = About the case
case-state-label = Stage
case-state-since = { $state }, since { $date }
case-authority = Authority
case-details = Details
case-edit = Change the details
case-due = What is due
case-due-none = Nothing is due.
case-due-on = Due on { $date }
case-due-days-left = { $days ->
    [0] due today
    [one] 1 day left
   *[other] { $days } days left
}
case-overdue-by = { $days ->
    [one] overdue by 1 day
   *[other] overdue by { $days } days
}
case-met-in-time = done in time, on { $date }
case-met-late = done { $days } days late, on { $date }
case-due-source = Rule: { $source }
case-due-moved = Date moved from { $date }. Reason: { $reason }
case-move-title = Move the case on
case-move-final = The case is finished: there is no further stage.
case-move-to = Move to: { $state }
case-move-on = On
case-note = Note (if you want)
case-saved = Saved.

case-hearings-title = Record a hearing
case-hearing-held-on = Date of the hearing
case-hearing-court = Court
case-hearing-next-on = Next date (if given)
case-hearing-save = Save the hearing

case-override-title = Move a due date
case-override-intro = If the authority gave more time in writing, or a court ordered it, give the new date and the reason. The legal time stays as it was.
case-override-rule = Which step
case-override-due = New date
case-override-reason = Reason
case-override-save = Move the date
case-override-reason-required = Please write the reason.

case-letters-link = Record a letter
letters-title = Record a letter
letters-on = Date
letters-direction = Sent or received
letters-medium = How
letters-institution = Authority
letters-institution-other = Another (write its name below)
letters-authority-name = Name of the authority, if not in the list
letters-summary = What it says
letters-summary-required = Please write what it says.
letters-attachment = Photo or scan (up to { $count } files of { $size } each)
letters-attachment-hint = A photo of the letter, or a PDF.
letters-save = Save the letter

case-timeline = What happened
case-timeline-none = Nothing recorded yet.
timeline-opened = Case opened
timeline-state = { $from } → { $to }
timeline-hearing = Hearing
timeline-hearing-next = Next date: { $date }
timeline-deadline = Due: { $what }
timeline-by = recorded by { $who }
timeline-by-you = recorded by you
timeline-by-import = from the register
timeline-attachment = File { $n }
timeline-attachment-size = { $kb } KB

case-error-transition-not-allowed = A case at "{ $from }" cannot go to "{ $to }". From "{ $from }" it can go to: { $allowed }.
case-error-transition-final = A case at "{ $from }" cannot go to "{ $to }": it is finished.
case-error-transition-unchanged = The case is already at "{ $from }".
case-error-transition-not-in-workflow = This kind of case has no such stage.
case-error-stale = The case has changed since this page was opened. Please look at it again.
case-error-date-in-future = The date cannot be after today.
case-error-date-before-last-change = The date cannot be before the last change of stage.
case-error-reason-required = Please write the reason.
case-error-unknown-rule = This case has no such due date.
case-error-wrong-kind = This cannot be recorded for this kind of case.
case-error-too-large = The file is too big: at most { $size } each.
case-error-type-not-allowed = Only photos (JPEG, PNG, WebP) and PDF files can be attached.
case-error-type-mismatch = The file is not what its name says. Only photos (JPEG, PNG, WebP) and PDF files can be attached.
case-error-too-many = At most { $count } files at a time.
case-error-details = Please correct the details.
case-error-other = This could not be saved. Please try again.
case-refused-title = Not saved
case-back = Back to the case
