# Links from every home, search and paging, printable case summary (issue 10).

## A printable one-page case summary
nav-summary-title = Case summary
nav-summary-link = Print a one-page summary
nav-summary-how-to-print = To print it or keep it as a PDF, choose "Print" in your browser's menu.
nav-summary-next = What is due next
nav-summary-nothing-due = Nothing is due on this case now.
nav-summary-dates = Key dates
nav-summary-opened = Case opened
nav-summary-moved-to = Moved to: { $state }
nav-summary-hearing = Hearing
nav-summary-next-hearing = Next hearing
nav-summary-references = Details and reference numbers
nav-summary-printed = Summary made on { $date }

## The privacy notice, read by a staff account
nav-privacy-staff-note = These rights are used by each member from her own account. Yours is a staff account: it keeps only your username, your roles and your language, and what you do is written in the audit log. The pages below are where your part is.
nav-privacy-staff-account = My account

## The district as a chooser
nav-district-choose = Choose the district
nav-district-any = Any district
nav-district-unknown = Choose one of the districts in the list.

## Links from every home
nav-scorecards = Score cards
nav-wide-heading = Score cards, figures and registers
nav-phone-changes = New phone numbers to confirm
nav-round-card = Score card: { $title }

## Search and paging on long lists
nav-search = Search
nav-search-code = Find a member by her code
nav-search-name-or-code = Find a member by name or code
nav-search-none = Nobody matches this search.
nav-list-showing = { $first }–{ $last } of { $total }
nav-page-previous = ← Previous page
nav-page-next = Next page →

## Who saw my data, grouped by who and what
nav-log-range = { $from } – { $to }
nav-log-total = { $count } times in all
nav-log-total-refused = stopped { $count } times in all
nav-log-days = Each day
# The heading of a table column of links, read by screen readers only.
nav-col-actions = What you can do
