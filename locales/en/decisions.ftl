# Confirmation pages for steps that cannot be taken back (closing and publishing a round, a case's final
# states) and the short undo of her own case move (issue 10).

## Closing a round's rating
decide-close-heading = Close the rating?
decide-close-stops = Once the rating is closed, nobody can rate in this round any more. This cannot be undone.
decide-close-card-now = The score card is made now, from the ratings given so far: { $rated } of { $members } members have rated.
decide-close-who = Until it is published, only the collectives in this round and their partners see the card.
decide-close-button = Yes, close the rating
## Publishing a round's score card
decide-publish-heading = Publish the score card?
decide-publish-public = Publishing makes the score card public: anyone with its link can read it without logging in — officials, journalists, anyone. It is also listed on the public score card page.
decide-publish-federation = It is also counted in the federation's yearly score card.
decide-publish-final = A published card cannot be taken back.
decide-publish-withheld = { $withheld } of { $total } parts of the card will stay hidden, because fewer than { $k } people rated them.
decide-publish-mostly-withheld = Most of this card will stay hidden: { $withheld } of { $total } parts, because fewer than { $k } people rated them. The public will see little. You may want to talk with the collective before publishing.
decide-publish-button = Yes, publish the score card
decide-not-now = No, go back to the round
decide-round-already = This step has already been taken (perhaps the button was tapped twice). The round is now: { $status }.

## Her "my data" page names the undo (an audit action, read as rights-event-<code>)
rights-event-case_move_undone = a move of a case of yours was taken back (undone)

## Her case page: where it is and what happens next
decide-case-now = Where it is now
decide-case-next-date = Next date: { $date } — { $what }
decide-case-no-date = No date is coming up.
decide-case-next-steps = What can happen next: { $steps }
decide-case-over = This case is finished: nothing more happens on it.
decide-case-update = Update this case
decide-case-about = About the case
decide-case-back = Back to the case
decide-case-asks-first = You will be asked to confirm this first.
## Confirming a move that ends the case or records a "no"
decide-case-confirm-heading = Move this case to "{ $state }"?
decide-case-confirm-final = After "{ $state }" the case is finished: no further step can be recorded on it.
decide-case-confirm-stops = These dates stop, and the case leaves the overdue list: { $dates }
decide-case-confirm-date = { $what } (due { $date })
decide-case-confirm-undo = If this is a mistake, you can undo it from the case page for { $minutes } minutes.
decide-case-confirm-button = Yes, move it to "{ $state }"
decide-case-confirm-cancel = No, go back
## Undoing her own move
decide-undo-line = You moved this case from "{ $from }" to "{ $to }". If it was a mistake, you can undo it.
decide-undo-left = { $minutes ->
    [one] About 1 minute left.
   *[other] About { $minutes } minutes left.
}
decide-undo-button = Undo this move
decide-undo-done = The move was undone: the case and its dates are back as they were.
decide-undo-expired = This move can no longer be undone: undoing is possible only for { $minutes } minutes. Please move the case on again the usual way.
decide-undo-not-yours = Only the person who made this move can undo it.
decide-undo-later = This move can no longer be undone: something else was recorded on the case after it.
decide-undo-nothing = There is no move to undo here.
decide-timeline-undo = Move undone: back from "{ $from }" to "{ $to }"
decide-timeline-undone = This move was undone.
