## Score card reports: the score card of a round, its exports, public pages, the federation
## view and the print layout (issue 4).

reports-scorecard-title = Score card
reports-scorecard-link = Score card
reports-period = Period: { $from } to { $to }
reports-k-note = A cell with fewer than { $k } raters is not shown, and neither is any cell from which it could be worked out.
reports-prepared = Prepared on { $date }
reports-suppressed = fewer than { $k } raters
reports-no-ratings = No ratings yet.
reports-nothing-recorded = Nothing recorded yet.
reports-none = —
reports-print-note = To print an A4 report, use your browser's Print.
reports-download-csv = Download the table (CSV)
reports-download-json = Download the table (JSON)
reports-download-note = The files hold only totals, never anyone's own rating.

reports-col-institution = Institution
reports-col-type = Type
reports-col-district = District
reports-col-state = State
reports-col-indicator = Question
reports-col-n = Raters
reports-col-mean = Average
reports-col-median = Middle value
reports-col-favourable = Favourable
reports-col-change = Change
reports-col-rank = Rank
reports-col-score = Score
reports-col-reasons = Reasons
reports-col-collective = Collective
reports-favourable-value = { $share } ({ $low }–{ $high })
reports-rank-value = { $rank } of { $of }

reports-by-institution = By institution
reports-by-type = By type of institution
reports-by-district = By district
reports-by-state = By state
reports-total = All institutions
reports-chart-title = { $indicator }: share favourable, with how sure it is
reports-trend-heading = Across rounds
reports-trend-title = Share favourable in each round, all institutions
reports-trend-none = This is the first round: there is nothing to compare with yet.

reports-focus-groups = Focus groups' agreed scores
reports-self-assessment = The providers' own assessment
reports-action-plan = Action plan
reports-previous-plan = Progress on the previous round's action plan
reports-col-action = Action
reports-col-responsible = Responsible
reports-col-due = Due
reports-col-status = Status
reports-col-note = Note
reports-action-status-planned = Planned
reports-action-status-in_progress = In progress
reports-action-status-done = Done
reports-action-status-dropped = Dropped

reports-public-list-title = Published score cards
reports-public-list-intro = Survivor-led collectives rated the institutions that owe them services. Only totals are published; small groups are hidden so nobody can be recognised.
reports-public-none = No score card has been published yet.
reports-public-shared = Published by the collectives that took part. You may share this page.

reports-federation-title = Score cards across the federation
reports-federation-intro = Every round published by the date below whose period ends in the chosen year, counted together.
reports-federation-year = Year
reports-federation-show = Show
reports-federation-rounds = Published rounds in { $year }: { $count }
reports-pending = The numbers appear when the round is closed: while members are still rating, a changing total could show one person's answer.

# Issue 9: stored snapshots
reports-as-of = Score card as of { $date }
reports-federation-none = No snapshot of this year's score cards has been made yet.
reports-federation-shown-only = Each number is the sum of what the rounds' own published cards showed: a group too small to be shown on a round's card adds nothing here, so this page cannot be compared with the round cards to find anyone's answers.
reports-federation-make = Make a new snapshot now
reports-federation-make-note = This page shows a stored snapshot. A new one counts every round published so far; snapshots are also made on a schedule.
reports-federation-counted = Rounds counted in this snapshot
