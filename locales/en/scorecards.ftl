## Score card rounds: the institutions registry, planning and running a round, rating (issue 4).

home-rate-round = Rate the services: { $title }
home-rounds-of = Score card rounds of { $collective }

institution-type-ahtu = Anti-human-trafficking unit
institution-type-police_station = Police station
institution-type-women_help_desk = Women help desk
institution-type-dlsa = District legal services authority
institution-type-slsa = State legal services authority
institution-type-cwc = Child welfare committee
institution-type-shelter_home = Shelter home
institution-type-hospital = Government hospital
institution-type-labour_department = Labour department
institution-type-livelihoods_mission = Rural livelihoods mission office
institution-type-bank_branch = Bank branch
institution-type-court = Court
institution-type-other = Other

institutions-title = Institutions
institutions-add = Add an institution
institutions-import = Import from a CSV file
institutions-any-type = Any type
institutions-filter = Show
institutions-none = No institutions match.
institutions-save = Save the institution
institution-type-label = Type
institution-name-label = Name
institution-district-label = District code
institution-district-hint = For example WB-kolkata: the state's letters, a dash, the district.
institution-error-kind = Please choose the type.
institution-error-name = Please write the name.
institution-error-district = This is not a district code. Write it like WB-kolkata.
institution-error-duplicate = This institution is already registered.

import-intro = The file needs a first line with the column names, then one institution per line:
import-file = CSV file
import-submit = Check and import
import-done = { $count ->
    [one] One institution was imported.
   *[other] { $count } institutions were imported.
}
import-rejected = Nothing was imported. Please correct these rows and upload the file again.
import-row = Row
import-column = Column
import-problem = Problem
import-problem-missing_column = This column is missing or empty.
import-problem-unknown_type = This is not a known type of institution.
import-problem-empty_name = The name is empty.
import-problem-unknown_district = No district has this code.
import-problem-duplicate_in_file = This institution appears twice in the file.
import-problem-already_registered = This institution is already registered.
import-problem-not_utf8 = The file is not saved as UTF-8 text.
import-problem-malformed = This line cannot be read as CSV.

rounds-title = Score card rounds
rounds-plan = Plan a round
rounds-none = No rounds yet.
round-title = Score card round
round-title-label = Title of the round
round-start-label = Period from
round-end-label = Period until
round-period = { $from } to { $to }
round-template-label = Questions to ask
round-collectives-label = Collectives taking part
round-institutions-label = Institutions to rate
round-no-institutions = No institutions are registered in this state yet.
round-previous-label = Previous round (its action plan is followed up)
round-previous-none = None
round-plan-submit = Plan the round
round-error-title = Please give the round a title.
round-error-dates = Please give both dates of the period.
round-error-institutions = Please choose at least one institution.
round-status-label = Status
round-period-label = Period
round-organiser-label = Organised by
round-status-planned = Planned
round-status-open = Open for rating
round-status-closed = Rating closed
round-status-published = Published
round-advance-open = Open the round for rating
round-advance-closed = Close the rating
round-advance-published = Publish the score card
round-progress-heading = How many have rated
round-progress-line = { $rated } of { $members } members have rated
round-rate = Rate the services
round-steps = Steps of the round
round-scorecard = Score card
round-previous-plan = Action plan of the previous round

rate-title = Rate the services
rate-next = Rate the next one
rate-saved = Your answers are saved.
rate-closed = This round is closed: ratings are no longer taken.
rate-changing = You rated this one before. Your answers are shown; change any you like.
rate-choose-one = Please choose one.
rate-submit = Save my answers
rate-private = Only you can see your own answers. Others see only how many have rated and, later, totals of many people.

form-error-required = Please answer this.
form-error-not-a-number = Please write a number.
form-error-out-of-range = This number is outside what is allowed.
form-error-not-a-date = Please give a date.
form-error-unknown-choice = Please choose one of the answers shown.
form-error-too-long = This is too long.
form-error-constraint-failed = This answer is not possible here.

focus-group-title = Focus group scores
self-assessment-title = Providers' self-assessment
scores-reasons = Reasons
scores-save = Save the scores

meeting-title = Interface meeting
meeting-held-on = Held on
meeting-attendance = How many attended
meeting-notes = Notes
meeting-save = Save the meeting
attendee-role-survivor = Survivors
attendee-role-leader = Collective leaders
attendee-role-official = Officials
attendee-role-facilitator = Facilitators
attendee-role-other = Others

actions-title = Action plan
actions-summary = { $done } of { $total } actions done
actions-add = Add an action
actions-action = Action
actions-institution = Institution
actions-no-institution = Not one institution
actions-responsible = Responsible person or office
actions-due = Due by
actions-save = Add the action
actions-status = Status
actions-note = Note
actions-update = Update
action-status-planned = Planned
action-status-in_progress = In progress
action-status-done = Done
action-status-dropped = Dropped

scorecard-refused-title = This could not be done
scorecard-error-unknown_district = No district has this code.
scorecard-error-unknown_template = This set of questions does not exist.
scorecard-error-no_institutions = A round needs at least one institution.
scorecard-error-organiser_not_taking_part = The organising collective must take part.
scorecard-error-period_reversed = The period must not end before it starts.
scorecard-error-unknown_previous_round = The previous round must be one this collective organised.
scorecard-error-stale_status = Someone else changed this round a moment ago. Please look at the round again.
scorecard-error-already_published = This round is published and cannot change any more.
scorecard-error-round_not_open = This round is not open: ratings are not taken now.
scorecard-error-step_not_now = This step can be recorded only while the round is open or closed.
scorecard-error-institution_not_in_round = This institution is not part of the round.
scorecard-error-collective_not_taking_part = This collective is not taking part in the round.
scorecard-error-not_taking_part = You are not a member of a collective taking part in this round.
scorecard-error-bad_answers = These answers do not fit the round's questions.
