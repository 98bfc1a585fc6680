# Offices and memberships (issue 11): dated office terms, handovers, a membership that ends,
# moves or begins again. Office titles are office-<code> (dhruva.ftl).

## Her "my data" page names these audit actions (read as rights-event-<code>)
rights-event-office_handed_over = an office of your collective was handed to you
rights-event-office_term_ended = your term in an office ended

## /collectives/{id}/offices
offices-title = Offices
offices-link = Offices
offices-intro = Who holds each office, and since when. A president, secretary or treasurer leads the collective in Dhruva while she holds the office.
offices-current = Who holds them now
offices-nobody = Nobody yet
offices-history = History
offices-history-none = No office has been recorded yet.
offices-term-open = since { $since }
offices-term-closed = { $since } to { $until }
offices-term-planned = from { $since }
offices-handover-link = Hand over an office
offices-end-term-until = First day without this office
offices-end-term-button = End this term
offices-former-title = Former members
offices-former-intro = They have left this collective. Open one to welcome her back.

## The handover form and its confirmation
offices-handover-title = Hand over an office
offices-handover-intro = The new holder takes the office on the date you choose. Whoever held it before stops on that day.
offices-field-office = Office
offices-field-member = Who takes it
offices-field-from = From which date
offices-choose-member = Choose a member
offices-next = Next: check
offices-confirm-title = Check the handover
offices-confirm-new = { $member } becomes { $office } from { $date }.
offices-confirm-former = { $member } holds it until then and stops on that day.
offices-confirm-nobody = Nobody holds this office now.
offices-confirm-core = The core team can have several members: nobody leaves it.
offices-confirm-access = From that day she leads the collective in Dhruva, and the former holder no longer does.
offices-confirm-button = Yes, hand it over
offices-change = Change something

## /members/{id}/membership
offices-membership-title = Membership
offices-membership-link = Membership: end, move, rejoin
offices-membership-history = Her memberships
offices-membership-offices = Her offices
offices-membership-none = No membership recorded.
offices-membership-since = member since { $date }
offices-membership-span = { $since } to { $until }
offices-reason-moved = moved to another collective
offices-reason-left = left the collective
offices-reason-passed_away = passed away
offices-reason-other = another reason
offices-moved-to = moved to { $collective }
offices-end-title = End her membership
offices-end-help = Her offices in this collective end on the same day.
offices-field-until = First day she is no longer a member
offices-field-reason = Why
offices-choose-reason = Choose a reason
offices-end-button = End her membership
offices-move-title = She moves to another collective
offices-move-help = Her membership here ends and the new one begins on the same day. The leaders of the other collective then see her in their list.
offices-field-to = To which collective
offices-choose-collective = Choose a collective
offices-field-on = From which date
offices-move-button = Move her
offices-rejoin-title = She comes back
offices-field-since = From which date
offices-rejoin-button = Welcome her back
offices-collective-label = Collective: { $collective }

## Mistakes beside the field
offices-error-not-member = She is not a member of this collective on that date. Choose one of its members.
offices-error-before-term = Choose a date after the day the current holder's term began.
offices-error-before-membership = Choose a date after the day her membership began (or, to come back, after it ended).
offices-error-already-holds = She already holds this office.
offices-error-office-held = This office already has a holder. It changes hands on the collective's offices page.
offices-error-already-member = She is already a member of that collective.
offices-error-too-far-ahead = This date is too far ahead: choose one within 92 days from today.
offices-error-collective = Choose a collective from the list.
offices-error-reason = Choose a reason from the list.
